import { ConfigError } from './config-error.js';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * PUBLIC_URL is the start of every invitation and share link, which carry their token in the path:
 * over plain http anyone on the way could read and use it, so https is required except on this machine.
 */
export function parsePublicUrl(raw: string | undefined): string | null {
  if (raw === undefined || raw.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw invalid(raw, 'it is not an absolute address');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw invalid(raw, 'it must start with https://');
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname) && !url.hostname.endsWith('.localhost')) {
    throw invalid(raw, 'links carry their tokens, so it must use https:// (plain http is only accepted for localhost)');
  }
  if (url.username || url.password) throw invalid(raw, 'it must not contain a user name or password');
  if (url.search || url.hash) throw invalid(raw, 'it must not contain a query (?…) or fragment (#…)');
  return url.toString().replace(/\/+$/, '');
}

function invalid(raw: string, why: string): ConfigError {
  return new ConfigError(`PUBLIC_URL must be the address people open the app at, such as https://roadmap.health.gov.example, got "${raw}": ${why}.`);
}
