import { describe, expect, it } from '@jest/globals';
import { mentionedIn } from './mentions.js';

const members = [
  { id: 'a', name: 'Ana Maria' },
  { id: 'b', name: 'Ana Maria Lopez' },
  { id: 'c', name: 'Jonas Weber' },
];

describe(mentionedIn.name, () => {
  it('finds members named after @, whatever the case, longest name first', () => {
    expect(mentionedIn('Thanks @jonas weber and @Ana Maria Lopez!', members).sort()).toEqual(['b', 'c']);
  });

  it('needs the whole name and ignores e-mail addresses of non-members', () => {
    expect(mentionedIn('@Jonas W., write to jonas@example.org', members)).toEqual([]);
    expect(mentionedIn('@Ana Mariana', members)).toEqual([]);
  });

  it('works in any script', () => {
    expect(mentionedIn('شكرا @سارة أحمد', [{ id: 's', name: 'سارة أحمد' }])).toEqual(['s']);
  });
});
