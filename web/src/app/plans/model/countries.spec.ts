import { ALPHA3_TO_ALPHA2, countryName, countryOptions } from './countries';

describe('countries', () => {
  it('lists the 193 UN member states with distinct two-letter codes', () => {
    const alpha2 = Object.values(ALPHA3_TO_ALPHA2);
    expect(Object.keys(ALPHA3_TO_ALPHA2)).toHaveLength(193);
    expect(new Set(alpha2).size).toBe(193);
    for (const [alpha3, code] of Object.entries(ALPHA3_TO_ALPHA2)) {
      expect(alpha3).toMatch(/^[A-Z]{3}$/);
      expect(code).toMatch(/^[A-Z]{2}$/);
    }
  });

  it('names a country in the reader’s language', () => {
    expect(countryName('KEN', 'en')).toBe('Kenya');
    expect(countryName('DEU', 'fr')).toBe('Allemagne');
    expect(countryName('XXX', 'en')).toBe('XXX');
  });

  it('sorts options by name for the language', () => {
    const names = countryOptions('en').map((option) => option.name);
    expect(names[0]).toBe('Afghanistan');
    expect(names.indexOf('Kenya')).toBeLessThan(names.indexOf('Zimbabwe'));
  });
});
