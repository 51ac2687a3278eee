import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Secrets carried in public links (invitations, share links): 32 random bytes (256 bits), written
 * base64url. Only their SHA-256 is stored, so a copy of the database opens no link.
 */
export const newSecretToken = (): string => randomBytes(32).toString('base64url');

export const hashSecretToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export const SECRET_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Compares two hex hashes in constant time, so response timing tells nothing about a near miss. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
