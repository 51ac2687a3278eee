import { MessageRef } from '../../i18n/model/message-ref';
import { ProgressGeometry } from './progress-geometry';

/** The server's percentage (one decimal, may be below 0 or above 100) in the language: "62.5%", "-20%", "130%". */
export function formatProgress(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return new Intl.NumberFormat(language, { style: 'unit', unit: 'percent', maximumFractionDigits: 1 }).format(value);
}

/**
 * What the bar shows, said in words: the text beside the bar, so that neither colour nor length carries the
 * meaning alone; and when the bar is cut at the end of its scale, that it is.
 */
export function progressSentence(geometry: ProgressGeometry, formatted: string, formattedLimit: string): MessageRef[] {
  const lines: MessageRef[] = [{ key: `indicators.progress.${geometry.kind}`, params: { value: formatted } }];
  if (geometry.beyondScale) lines.push({ key: 'indicators.progress.beyondScale', params: { limit: formattedLimit } });
  return lines;
}
