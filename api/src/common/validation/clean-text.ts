import { ApiException } from '../errors/api-exception.js';
import { HttpStatus } from '@nestjs/common';

const NUL = /\u0000/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * PostgreSQL text can hold neither U+0000 nor a lone UTF-16 surrogate (which is not valid
 * Unicode, so has no UTF-8 form). Finds the first string in a request value — at any depth,
 * iteratively — that holds either, and refuses it with a 400 naming its field.
 */
export function assertCleanText(value: unknown, field: string | undefined): void {
  const stack: [unknown, string][] = [[value, field ?? '']];
  while (stack.length > 0) {
    const [current, path] = stack.pop()!;
    if (typeof current === 'string') {
      const problem = NUL.test(current)
        ? 'must not contain the character U+0000'
        : LONE_SURROGATE.test(current)
          ? 'must be valid Unicode text (it holds a lone UTF-16 surrogate)'
          : null;
      if (problem) {
        const name = path || 'body';
        const message = `${name} ${problem}`;
        throw new ApiException(HttpStatus.BAD_REQUEST, message, [{ field: name, message }]);
      }
    } else if (current !== null && typeof current === 'object') {
      const entries = Object.entries(current as Record<string, unknown>);
      // Pushed in reverse so the first field is looked at first.
      for (let index = entries.length - 1; index >= 0; index -= 1) {
        const [key, child] = entries[index];
        stack.push([child, path ? `${path}.${key}` : key]);
      }
    }
  }
}
