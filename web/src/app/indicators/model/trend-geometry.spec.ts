import { trendGeometry } from './trend-geometry';

const size = { width: 100, height: 50, padding: 5 };

describe('trendGeometry', () => {
  it('spreads the periods over the width, oldest first, and places values, baseline and target on one scale', () => {
    const geometry = trendGeometry(
      [{ period: '2027-Q1', value: '14' }, { period: '2027-Q2', value: '20' }, { period: '2027-Q3', value: '17' }],
      '12', '30', size,
    );
    expect(geometry.points.map((point) => point.x)).toEqual([5, 50, 95]);
    // 12 … 30 over 40 units of height (from 45 down to 5).
    expect(geometry.targetY).toBe(5);
    expect(geometry.baselineY).toBe(45);
    expect(geometry.points.map((point) => point.y)).toEqual([40.6, 27.2, 33.9]);
    expect(geometry.line).toBe('5,40.6 50,27.2 95,33.9');
  });

  it('one measurement is a point in the middle, without a line', () => {
    const geometry = trendGeometry([{ period: '2027-Q1', value: '18' }], '12', '30', size);
    // 18 between 12 and 30: two thirds of the way up.
    expect(geometry.points).toEqual([{ x: 50, y: 31.7, period: '2027-Q1', value: '18' }]);
    expect(geometry.line).toBe('');
  });

  it('values beyond the target or below the baseline stay inside the drawing', () => {
    const geometry = trendGeometry([{ period: '2027-Q1', value: '47' }], '40', '20', size);
    expect(geometry.points[0].y).toBe(5);
    expect(geometry.targetY).toBe(45);
  });
});
