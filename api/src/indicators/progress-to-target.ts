import { toCommonScale } from './decimal.js';

/**
 * How far the latest value has come from the baseline towards the target, in percent, rounded to
 * one decimal (halves away from zero), computed exactly on the decimals:
 *
 *   (latest − baseline) / (target − baseline) × 100
 *
 * The sign of (target − baseline) carries the direction: for an indicator that should decrease the
 * target lies below the baseline, so a fall counts as progress. Not clamped: beyond the target gives
 * more than 100, a move away from the target less than 0. Null without a measurement.
 */
export function progressToTarget(baseline: string, target: string, latest: string | null): number | null {
  if (latest === null) return null;
  const [base, goal, value] = toCommonScale(baseline, target, latest);
  const span = goal - base;
  if (span === 0n) return null;
  const numerator = (value - base) * 1000n; // tenths of a percent
  const negative = numerator < 0n !== span < 0n && numerator !== 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = span < 0n ? -span : span;
  const tenths = (2n * n + d) / (2n * d);
  return Number(negative ? -tenths : tenths) / 10;
}

/** Where a period ends, in months since year 0: `2027-03` and `2027-Q1` both end in March 2027. */
function periodEnd(period: string): number {
  const year = Number(period.slice(0, 4));
  const rest = period.slice(5);
  const month = rest.startsWith('Q') ? Number(rest.slice(1)) * 3 : rest.startsWith('H') ? Number(rest.slice(1)) * 6 : Number(rest);
  return year * 12 + month;
}

/**
 * Oldest period first. Within one cadence this is the written order; should a plan change its
 * cadence, periods of different forms are ordered by the month they end in.
 */
export function comparePeriods(a: string, b: string): number {
  return periodEnd(a) - periodEnd(b) || (a < b ? -1 : a > b ? 1 : 0);
}
