import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes: the link's secret. Only its hash is stored, so a database leak reveals no usable link. */
export const newInvitationToken = (): string => randomBytes(32).toString('base64url');

export const hashInvitationToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export const INVITATION_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
