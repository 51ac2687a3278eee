/** A small seeded PRNG (mulberry32) so that a fuzz run is reproducible from its seed. */
export class Random {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks by weight: [[weight, value], …]. */
  weighted<T>(choices: readonly (readonly [number, T])[]): T {
    const total = choices.reduce((sum, [weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [weight, value] of choices) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return choices[choices.length - 1][1];
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }

  hex(length: number): string {
    let text = '';
    for (let i = 0; i < length; i++) text += '0123456789abcdef'[this.int(0, 15)];
    return text;
  }

  uuid(): string {
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.pick(['8', '9', 'a', 'b'])}${this.hex(3)}-${this.hex(12)}`;
  }

  bytes(length: number): Buffer {
    const buffer = Buffer.alloc(length);
    for (let i = 0; i < length; i++) buffer[i] = this.int(0, 255);
    return buffer;
  }
}

/** Generates strings matching the small regular-expression subset the contract's patterns use. */
export function stringMatching(pattern: string, random: Random): string {
  const source = pattern.replace(/^\^/, '').replace(/\$$/, '');
  let position = 0;

  type Node = { kind: 'alt'; options: Node[][] } | { kind: 'set'; chars: string } | { kind: 'repeat'; node: Node; min: number; max: number };

  const DIGITS = '0123456789';
  const WORD = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_';

  function parseAlternatives(): Node {
    const options: Node[][] = [[]];
    while (position < source.length && source[position] !== ')') {
      if (source[position] === '|') {
        position++;
        options.push([]);
        continue;
      }
      options[options.length - 1].push(parseQuantified());
    }
    return { kind: 'alt', options };
  }

  function parseQuantified(): Node {
    let node = parseAtom();
    const char = source[position];
    if (char === '?') return (position++, { kind: 'repeat', node, min: 0, max: 1 });
    if (char === '*') return (position++, { kind: 'repeat', node, min: 0, max: 3 });
    if (char === '+') return (position++, { kind: 'repeat', node, min: 1, max: 3 });
    if (char === '{') {
      const end = source.indexOf('}', position);
      const [min, max] = source.slice(position + 1, end).split(',');
      position = end + 1;
      node = { kind: 'repeat', node, min: Number(min), max: max === undefined ? Number(min) : max === '' ? Number(min) + 3 : Number(max) };
    }
    return node;
  }

  function parseAtom(): Node {
    const char = source[position++];
    if (char === '(') {
      if (source.startsWith('?:', position)) position += 2;
      const node = parseAlternatives();
      position++; // ')'
      return node;
    }
    if (char === '[') {
      let chars = '';
      const negate = source[position] === '^';
      if (negate) throw new Error(`negated class in ${pattern}`);
      while (source[position] !== ']') {
        let from = source[position++];
        if (from === '\\') from = escape(source[position++]);
        if (source[position] === '-' && source[position + 1] !== ']') {
          position++;
          const to = source[position++];
          for (let code = from.charCodeAt(0); code <= to.charCodeAt(0); code++) chars += String.fromCharCode(code);
        } else chars += from;
      }
      position++;
      return { kind: 'set', chars };
    }
    if (char === '\\') return { kind: 'set', chars: escape(source[position++]) };
    if (char === '.') return { kind: 'set', chars: WORD };
    return { kind: 'set', chars: char };
  }

  function escape(char: string): string {
    if (char === 'd') return DIGITS;
    if (char === 'w') return WORD;
    if (char === 's') return ' ';
    return char;
  }

  function emit(node: Node): string {
    switch (node.kind) {
      case 'set':
        return node.chars[random.int(0, node.chars.length - 1)];
      case 'alt':
        return random.pick(node.options).map(emit).join('');
      case 'repeat': {
        let text = '';
        for (let i = random.int(node.min, node.max); i > 0; i--) text += emit(node.node);
        return text;
      }
    }
  }

  const tree = parseAlternatives();
  return emit(tree);
}
