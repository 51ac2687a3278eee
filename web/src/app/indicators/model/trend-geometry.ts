import { TrendPoint } from '../../api/models';

export interface TrendChartPoint {
  x: number;
  y: number;
  period: string;
  value: string;
}

export interface TrendGeometry {
  width: number;
  height: number;
  points: TrendChartPoint[];
  /** The SVG polyline's points ("x,y x,y …"); empty for fewer than two points. */
  line: string;
  baselineY: number;
  targetY: number;
}

export interface TrendSize {
  width: number;
  height: number;
  padding: number;
}

export const TREND_SIZE: TrendSize = { width: 240, height: 80, padding: 8 };

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Where the trend's points, the baseline and the target go in a small chart. The values are decimal strings read as
 * numbers only to place them on the drawing: nothing shown as a figure is computed here.
 */
export function trendGeometry(trend: readonly TrendPoint[], baseline: string, target: string, size: TrendSize = TREND_SIZE): TrendGeometry {
  const { width, height, padding } = size;
  const values = trend.map((point) => Number(point.value));
  const all = [...values, Number(baseline), Number(target)].filter((value) => Number.isFinite(value));
  let low = Math.min(...all);
  let high = Math.max(...all);
  if (low === high) {
    low -= 1;
    high += 1;
  }
  const y = (value: number) => round(padding + ((high - value) / (high - low)) * (height - 2 * padding));
  const step = trend.length > 1 ? (width - 2 * padding) / (trend.length - 1) : 0;
  const points = trend.map((point, index) => ({
    x: round(trend.length > 1 ? padding + index * step : width / 2),
    y: y(Number(point.value)),
    period: point.period,
    value: point.value,
  }));
  return {
    width,
    height,
    points,
    line: points.length > 1 ? points.map((point) => `${point.x},${point.y}`).join(' ') : '',
    baselineY: y(Number(baseline)),
    targetY: y(Number(target)),
  };
}
