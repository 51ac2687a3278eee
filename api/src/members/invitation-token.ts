import { hashSecretToken, newSecretToken, SECRET_TOKEN_PATTERN } from '../access/secret-token.js';

/** An invitation link's secret. Only its hash is stored, so a database leak reveals no usable link. */
export const newInvitationToken = newSecretToken;

export const hashInvitationToken = hashSecretToken;

export const INVITATION_TOKEN_PATTERN = SECRET_TOKEN_PATTERN;
