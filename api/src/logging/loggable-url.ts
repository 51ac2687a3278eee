/** Path segments that are bearer secrets: share-link and invitation tokens. */
const TOKEN_SEGMENT = /\/(share|invitations)\/[^/?#]+/g;
/** Query parameters whose values grant access (the event stream's ticket and the like). */
const SECRET_PARAM = /^(ticket|token|access_token|refresh_token|password|secret|signature|code|key)$/i;
const MAX_LENGTH = 2000;

/**
 * The URL as a log line may show it: a log is read by more people than may open a plan, so a token
 * in it would be a key handed to each of them.
 */
export function loggableUrl(originalUrl: string): string {
  const queryAt = originalUrl.indexOf('?');
  const path = (queryAt === -1 ? originalUrl : originalUrl.slice(0, queryAt)).replace(TOKEN_SEGMENT, '/$1/[token]');
  const query = queryAt === -1 ? '' : originalUrl.slice(queryAt + 1);
  const pairs = query
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const [name] = pair.split('=', 1);
      return SECRET_PARAM.test(safeDecode(name)) ? `${name}=[redacted]` : pair;
    });
  const url = pairs.length > 0 ? `${path}?${pairs.join('&')}` : path;
  return url.length > MAX_LENGTH ? `${url.slice(0, MAX_LENGTH)}…` : url;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
