import { amountShare, barLength, stackedSegments } from './chart-geometry';

describe('chart geometry', () => {
  describe(barLength.name, () => {
    it('draws a 0–100 value as it is, clamps beyond, and draws nothing without a value', () => {
      expect(barLength(42)).toBe(42);
      expect(barLength(130)).toBe(100);
      expect(barLength(-5)).toBe(0);
      expect(barLength(null)).toBe(0);
      expect(barLength(Number.NaN)).toBe(0);
    });
  });

  describe(stackedSegments.name, () => {
    it('gives each count its share, one after the other from the start', () => {
      const segments = stackedSegments([{ key: 'a', count: 1 }, { key: 'b', count: 3 }]);
      expect(segments).toEqual([
        { key: 'a', count: 1, start: 0, size: 25 },
        { key: 'b', count: 3, start: 25, size: 75 },
      ]);
    });

    it('fills the track exactly even when the shares do not round evenly (largest remainders first)', () => {
      const segments = stackedSegments([{ key: 'a', count: 1 }, { key: 'b', count: 1 }, { key: 'c', count: 1 }]);
      expect(segments.map((segment) => segment.size)).toEqual([33.4, 33.3, 33.3]);
      expect(segments.reduce((sum, segment) => sum + segment.size, 0)).toBeCloseTo(100, 10);
      // The demo plan: 50, 5, 1, 1, 0 of 57.
      const demo = stackedSegments([50, 5, 1, 1, 0].map((count, index) => ({ key: String(index), count })));
      expect(demo.map((segment) => segment.size)).toEqual([87.7, 8.8, 1.8, 1.7, 0]);
      expect(demo[4].start).toBe(100);
    });

    it('keeps zero counts in their place with nothing drawn, and draws nothing at all for no counts', () => {
      expect(stackedSegments([{ key: 'a', count: 0 }, { key: 'b', count: 2 }]).map((segment) => segment.size)).toEqual([0, 100]);
      expect(stackedSegments([{ key: 'a', count: 0 }]).map((segment) => segment.size)).toEqual([0]);
    });
  });

  describe(amountShare.name, () => {
    it('is a part of the planned amount in %, one decimal, from decimal strings', () => {
      expect(amountShare('1285000.00', '1770000.00')).toBe(72.6);
      expect(amountShare('390000.00', '1770000.00')).toBe(22);
    });

    it('is not clamped (over-committed shows above 100) and is null when nothing is planned', () => {
      expect(amountShare('135000.00', '120000.00')).toBe(112.5);
      expect(amountShare('10.00', '0.00')).toBeNull();
      expect(amountShare('x', '10')).toBeNull();
    });
  });
});
