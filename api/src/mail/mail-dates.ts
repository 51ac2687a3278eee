import type { Language } from '../users/user.entity.js';

/** A date as the recipient reads it in their language (UTC, where the API keeps time). */
export function mailDate(language: Language, value: Date | string, withTime = false): string {
  const date = typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value;
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'long',
    ...(withTime ? { timeStyle: 'short' } : {}),
    timeZone: 'UTC',
  }).format(date);
}
