import { can } from './permissions';

describe('can', () => {
  it('is true only for a permission the API listed', () => {
    const step = { myPermissions: ['plan.read', 'step.update'] as const };
    expect(can(step, 'step.update')).toBe(true);
    expect(can(step, 'step.delete')).toBe(false);
  });

  it('is false while nothing is loaded', () => {
    expect(can(undefined, 'plan.read')).toBe(false);
    expect(can(null, 'plan.read')).toBe(false);
  });
});
