import { describe, expect, it } from '@jest/globals';
import { loggableUrl } from './loggable-url.js';
import { requestIdFrom } from './request-id.js';

describe(loggableUrl.name, () => {
  it.each([
    ['/api/v1/share/AbC-_123?stepPage=2', '/api/v1/share/[token]?stepPage=2'],
    ['/share/AbC-_123', '/share/[token]'],
    ['/api/v1/invitations/tok3n/accept', '/api/v1/invitations/[token]/accept'],
    ['/invitations/tok3n', '/invitations/[token]'],
    ['/api/v1/plans/p1/events?ticket=s3cret&lastEventId=9', '/api/v1/plans/p1/events?ticket=[redacted]&lastEventId=9'],
    ['/api/v1/x?TOKEN=a&access_token=b&%74icket=c&page=1', '/api/v1/x?TOKEN=[redacted]&access_token=[redacted]&%74icket=[redacted]&page=1'],
    ['/api/v1/plans?search=a%20b', '/api/v1/plans?search=a%20b'],
  ])('logs %s as %s', (url, logged) => {
    expect(loggableUrl(url)).toBe(logged);
  });

  it('cuts a very long URL short', () => {
    expect(loggableUrl(`/api/v1/plans?q=${'a'.repeat(5000)}`).length).toBeLessThanOrEqual(2001);
  });
});

describe(requestIdFrom.name, () => {
  it('keeps a sane incoming id and replaces anything else with a uuid', () => {
    expect(requestIdFrom('abc-123_X.y')).toBe('abc-123_X.y');
    expect(requestIdFrom(['first', 'second'])).toBe('first');
    for (const bad of [undefined, '', 'a b', 'x'.repeat(65), 'id\nforged line', '"quoted"']) {
      expect(requestIdFrom(bad)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
  });
});
