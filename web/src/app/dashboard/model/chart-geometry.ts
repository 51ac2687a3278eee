/**
 * Where the dashboard's bars start and end. The figures themselves are the server's and are shown as it sends them;
 * these functions only place them on a drawing, so nothing a reader sees as a number is computed here.
 */

/** A 0–100 value as a bar's length in % of its track: clamped, a missing value draws nothing. */
export function barLength(percent: number | null | undefined): number {
  if (percent === null || percent === undefined || !Number.isFinite(percent)) return 0;
  return Math.min(100, Math.max(0, percent));
}

/** One part of a stacked bar: from the track's inline start (left in English, right in Arabic), in % of its width. */
export interface StackedSegment<K extends string = string> {
  key: K;
  count: number;
  start: number;
  size: number;
}

/**
 * Counts side by side on one bar, each as its share of their sum. Shares are rounded to a tenth with the largest
 * remainders rounded up, so that the segments always fill the track exactly (no gap, no overflow from rounding).
 * Zero counts keep their place in the list with size 0 (the legend still lists them) but draw nothing.
 */
export function stackedSegments<K extends string>(parts: readonly { key: K; count: number }[]): StackedSegment<K>[] {
  const total = parts.reduce((sum, part) => sum + Math.max(0, part.count), 0);
  if (total === 0) return parts.map((part) => ({ key: part.key, count: part.count, start: 0, size: 0 }));
  const tenths = parts.map((part) => (Math.max(0, part.count) / total) * 1000);
  const floors = tenths.map(Math.floor);
  let left = 1000 - floors.reduce((sum, value) => sum + value, 0);
  const byRemainder = tenths.map((value, index) => ({ index, remainder: value - floors[index] })).sort((a, b) => b.remainder - a.remainder);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    floors[index] += 1;
    left -= 1;
  }
  let start = 0;
  return parts.map((part, index) => {
    const size = floors[index] / 10;
    const segment = { key: part.key, count: part.count, start: Math.round(start * 10) / 10, size };
    start += size;
    return segment;
  });
}

/**
 * An amount as a share of another (committed of planned), both decimal strings from the API, for a bar only:
 * null when the whole is zero or not a number. Not clamped: above 100 means over-committed, which the text says.
 */
export function amountShare(part: string, whole: string): number | null {
  const partValue = Number(part);
  const wholeValue = Number(whole);
  if (!Number.isFinite(partValue) || !Number.isFinite(wholeValue) || wholeValue <= 0) return null;
  return Math.round((partValue / wholeValue) * 1000) / 10;
}
