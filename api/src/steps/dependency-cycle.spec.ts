import { describe, expect, it } from '@jest/globals';
import { findCycle } from './dependency-cycle.js';

const graph = (entries: [string, string[]][]) => new Map(entries);

describe(findCycle.name, () => {
  it('accepts a dependency on an unrelated step', () => {
    expect(findCycle('a', ['b'], graph([['b', ['c']]]))).toBeNull();
  });

  it('refuses a step depending on itself', () => {
    expect(findCycle('a', ['a'], graph([]))).toBe('a');
  });

  it('refuses a dependency that leads back through other steps', () => {
    expect(findCycle('a', ['x', 'b'], graph([['b', ['c']], ['c', ['a']]]))).toBe('b');
  });

  it('terminates on cycles that do not involve the step', () => {
    expect(findCycle('a', ['b'], graph([['b', ['c']], ['c', ['b']]]))).toBeNull();
  });
});
