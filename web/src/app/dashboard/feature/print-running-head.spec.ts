import { cssString, runningHeadRule } from './print-running-head';

describe('the printed running head', () => {
  it('writes user text as a safe CSS string (quotes, backslashes and line breaks cannot end the rule)', () => {
    expect(cssString('Plan "A" \\ B\nC')).toBe('"Plan \\"A\\" \\\\ B C"');
  });

  it('puts the plan’s name at the reading start and the date at the other end, mirrored in Arabic', () => {
    const ltr = runningHeadRule({ title: 'Veloria', date: 'Figures as of 1 Dec 2026', direction: 'ltr' });
    expect(ltr).toMatch(/^@page \{ @top-left \{ content: "Veloria";.*@top-right \{ content: "Figures as of 1 Dec 2026";/);
    const rtl = runningHeadRule({ title: 'فيلوريا', date: 'الأرقام', direction: 'rtl' });
    expect(rtl).toMatch(/@top-right \{ content: "فيلوريا";.*@top-left \{ content: "الأرقام";/);
  });
});
