import { isIP } from 'node:net';
import { ConfigError } from './config-error.js';

/** What Express's `trust proxy` receives: nothing trusted, a hop count, or addresses and named ranges. */
export type TrustProxy = false | number | string[];

const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * TRUST_PROXY says whose X-Forwarded-For / -Proto / -Host to believe. The client address it yields
 * is what the sign-in throttle and the public rate limits count, so believing every sender (`true`)
 * would let any client pick a fresh address per request: refused, name the proxy instead.
 * Default `loopback`: a reverse proxy on the same host, and nobody else.
 */
export function parseTrustProxy(raw: string | undefined): TrustProxy {
  const value = raw?.trim().toLowerCase() ?? '';
  if (value === '') return ['loopback'];
  if (['false', 'off', 'no', 'none', '0'].includes(value)) return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 10) throw invalid(raw!, 'a hop count is at most 10');
    return hops;
  }
  if (['true', 'on', 'yes', 'all', '*'].includes(value)) {
    throw invalid(raw!, 'trusting every sender lets any client choose the address it is counted under; name the proxy (its address, a range such as uniquelocal, or a hop count)');
  }
  const entries = value.split(',').map((entry) => entry.trim()).filter(Boolean);
  for (const entry of entries) {
    if (!NAMED_RANGES.has(entry) && !isAddressOrRange(entry)) throw invalid(raw!, `"${entry}" is neither an IP address, a CIDR range nor loopback, linklocal or uniquelocal`);
  }
  return entries;
}

function isAddressOrRange(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d+$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

function invalid(raw: string, why: string): ConfigError {
  return new ConfigError(`TRUST_PROXY must be false, a hop count, or comma-separated proxy addresses/CIDR ranges (loopback, linklocal, uniquelocal allowed), got "${raw}": ${why}.`);
}
