import { progressGeometry, SCALE_MAX, SCALE_MIN } from './progress-geometry';
import { formatProgress, progressSentence } from './progress-text';

describe('progressGeometry', () => {
  it('draws nothing without a measurement', () => {
    expect(progressGeometry(null)).toEqual({
      kind: 'none', baselineAt: 0, targetAt: 100, segments: [], beyondScale: false, scaleLimit: null,
    });
  });

  it('on the way: the scale runs from the baseline (0 %) to the target (100 %)', () => {
    expect(progressGeometry(62.5)).toEqual({
      kind: 'partial', baselineAt: 0, targetAt: 100, segments: [{ start: 0, size: 62.5, kind: 'progress' }],
      beyondScale: false, scaleLimit: null,
    });
    expect(progressGeometry(100).kind).toBe('reached');
    expect(progressGeometry(0).segments).toEqual([{ start: 0, size: 0, kind: 'progress' }]);
  });

  it('an overshoot stretches the scale past the target mark: the part beyond it is its own segment', () => {
    const geometry = progressGeometry(130);
    expect(geometry.kind).toBe('overshoot');
    // 0 … 130 over the whole track: the target sits at 100 / 130.
    expect(geometry.baselineAt).toBe(0);
    expect(geometry.targetAt).toBe(76.92);
    expect(geometry.segments).toEqual([
      { start: 0, size: 76.92, kind: 'progress' },
      { start: 76.92, size: 23.08, kind: 'overshoot' },
    ]);
    expect(geometry.beyondScale).toBe(false);
  });

  it('a regression stretches the scale before the baseline mark, and is drawn there, not clamped to 0', () => {
    const geometry = progressGeometry(-35);
    expect(geometry.kind).toBe('regression');
    // −35 … 100: the baseline sits at 35 / 135 of the track.
    expect(geometry.baselineAt).toBe(25.93);
    expect(geometry.targetAt).toBe(100);
    expect(geometry.segments).toEqual([{ start: 0, size: 25.93, kind: 'regression' }]);
  });

  it('beyond the end of the scale, the bar stops there and says so', () => {
    const far = progressGeometry(450);
    expect(far.beyondScale).toBe(true);
    expect(far.scaleLimit).toBe(SCALE_MAX);
    expect(far.targetAt).toBe(50);
    expect(far.segments.at(-1)).toEqual({ start: 50, size: 50, kind: 'overshoot' });
    const back = progressGeometry(-300);
    expect(back.beyondScale).toBe(true);
    expect(back.scaleLimit).toBe(SCALE_MIN);
    expect(back.segments).toEqual([{ start: 0, size: 50, kind: 'regression' }]);

    const lines = progressSentence(far, formatProgress(450, 'en'), formatProgress(far.scaleLimit, 'en'));
    expect(lines).toEqual([
      { key: 'indicators.progress.overshoot', params: { value: '450%' } },
      { key: 'indicators.progress.beyondScale', params: { limit: '200%' } },
    ]);
  });

  it('formats the server’s percentage in the language, one decimal at most, sign kept', () => {
    expect(formatProgress(33.3, 'en')).toBe('33.3%');
    expect(formatProgress(-20, 'en')).toBe('-20%');
    expect(formatProgress(62.5, 'fr')).toBe('62,5\u00a0%');
    expect(formatProgress(null, 'en')).toBe('');
  });
});
