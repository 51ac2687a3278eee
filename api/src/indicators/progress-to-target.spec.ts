import { describe, expect, it } from '@jest/globals';
import { compareDecimals, isDecimalString, normaliseDecimal } from './decimal.js';
import { comparePeriods, progressToTarget } from './progress-to-target.js';

describe(progressToTarget.name, () => {
  it('measures the way from baseline to target for an indicator that should increase', () => {
    expect(progressToTarget('20', '60', '40')).toBe(50);
    expect(progressToTarget('20', '60', '20')).toBe(0);
    expect(progressToTarget('20', '60', '60')).toBe(100);
  });

  it('counts a fall as progress for an indicator that should decrease', () => {
    expect(progressToTarget('30', '10', '25')).toBe(25);
    expect(progressToTarget('30', '10', '10')).toBe(100);
  });

  it('does not clamp: overshoot goes beyond 100, regression below 0', () => {
    expect(progressToTarget('20', '60', '70')).toBe(125);
    expect(progressToTarget('20', '60', '10')).toBe(-25);
    expect(progressToTarget('30', '10', '5')).toBe(125);
    expect(progressToTarget('30', '10', '36')).toBe(-30);
  });

  it('rounds to one decimal, halves away from zero, exactly on the decimals', () => {
    expect(progressToTarget('0', '3', '1')).toBe(33.3);
    expect(progressToTarget('0', '3', '2')).toBe(66.7);
    expect(progressToTarget('0', '2000', '1')).toBe(0.1); // 0.05 % rounds up
    expect(progressToTarget('0', '2000', '-1')).toBe(-0.1); // and down below zero
    expect(progressToTarget('0', '-2000', '-1')).toBe(0.1);
    expect(progressToTarget('0.1', '0.3', '0.2')).toBe(50); // 0.1 + 0.2 ≠ 0.3 in floating point, but here it is
    expect(progressToTarget('999999999999999.999998', '999999999999999.999999', '999999999999999.9999985')).toBe(50);
  });

  it('is null without a measurement', () => {
    expect(progressToTarget('20', '60', null)).toBeNull();
  });
});

describe('decimal strings', () => {
  it('accepts up to 15 digits before the point and 6 after, and nothing else', () => {
    for (const good of ['0', '12.5', '-3', '123456789012345.123456']) expect(isDecimalString(good)).toBe(true);
    for (const bad of [12.5, '', '1e3', '12,5', '.5', '5.', '+1', '1234567890123456', '0.1234567', ' 1', 'NaN']) {
      expect(isDecimalString(bad)).toBe(false);
    }
  });

  it('writes each number one way', () => {
    expect(normaliseDecimal('012.50')).toBe('12.5');
    expect(normaliseDecimal('-0.000')).toBe('0');
    expect(normaliseDecimal('-007.10')).toBe('-7.1');
    expect(normaliseDecimal('100')).toBe('100');
  });

  it('compares exactly, whatever the scales', () => {
    expect(compareDecimals('12.5', '12.50')).toBe(0);
    expect(compareDecimals('-1', '0.000001')).toBe(-1);
    expect(compareDecimals('9007199254740993', '9007199254740992')).toBe(1);
  });
});

describe(comparePeriods.name, () => {
  it('orders periods oldest first, across years and forms', () => {
    const periods = ['2028-Q1', '2027-Q4', '2027-Q2', '2027-10'];
    expect([...periods].sort(comparePeriods)).toEqual(['2027-Q2', '2027-10', '2027-Q4', '2028-Q1']);
    expect(['2027-12', '2027-02', '2027-H2', '2027-H1'].sort(comparePeriods)).toEqual(['2027-02', '2027-H1', '2027-12', '2027-H2']);
  });
});
