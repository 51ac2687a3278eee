/**
 * The bar of an indicator's progress to target. The server's percentage is not clamped (above 100: beyond the
 * target; below 0: moving away from it), and neither is the bar: its scale reaches from the baseline (0 %) to the
 * target (100 %) and stretches to show an overshoot or a regression, up to SCALE_MIN–SCALE_MAX. Only past those is
 * the bar cut at its end — and then `beyondScale` is true, so that the text says so.
 */
export const SCALE_MIN = -100;
export const SCALE_MAX = 200;

export type ProgressKind = 'none' | 'regression' | 'partial' | 'reached' | 'overshoot';

export interface BarSegment {
  /** From the track's inline start (left in English, right in Arabic), in % of its width. */
  start: number;
  size: number;
  kind: 'progress' | 'overshoot' | 'regression';
}

export interface ProgressGeometry {
  kind: ProgressKind;
  /** Where the baseline (0 %) and the target (100 %) marks sit, in % of the track's width. */
  baselineAt: number;
  targetAt: number;
  segments: BarSegment[];
  /** The value lies beyond the end of the scale: the bar stops at `scaleLimit`. */
  beyondScale: boolean;
  scaleLimit: number | null;
}

const round = (value: number) => Math.round(value * 100) / 100;

export function progressKind(progress: number | null | undefined): ProgressKind {
  if (progress === null || progress === undefined || !Number.isFinite(progress)) return 'none';
  if (progress < 0) return 'regression';
  if (progress < 100) return 'partial';
  return progress === 100 ? 'reached' : 'overshoot';
}

export function progressGeometry(progress: number | null | undefined): ProgressGeometry {
  const kind = progressKind(progress);
  if (kind === 'none' || progress === null || progress === undefined) {
    return { kind, baselineAt: 0, targetAt: 100, segments: [], beyondScale: false, scaleLimit: null };
  }
  const shown = Math.min(Math.max(progress, SCALE_MIN), SCALE_MAX);
  const beyondScale = shown !== progress;
  const low = Math.min(0, shown);
  const high = Math.max(100, shown);
  const at = (value: number) => round(((value - low) / (high - low)) * 100);
  const baselineAt = at(0);
  const targetAt = at(100);
  let segments: BarSegment[];
  if (shown < 0) {
    segments = [{ start: at(shown), size: round(baselineAt - at(shown)), kind: 'regression' }];
  } else if (shown <= 100) {
    segments = [{ start: baselineAt, size: round(at(shown) - baselineAt), kind: 'progress' }];
  } else {
    segments = [
      { start: baselineAt, size: round(targetAt - baselineAt), kind: 'progress' },
      { start: targetAt, size: round(at(shown) - targetAt), kind: 'overshoot' },
    ];
  }
  return { kind, baselineAt, targetAt, segments, beyondScale, scaleLimit: beyondScale ? shown : null };
}
