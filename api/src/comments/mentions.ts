export interface Mentionable {
  id: string;
  name: string;
}

/**
 * Members named in the text as "@Full Name" (case-insensitive, followed by a non-letter or the end).
 * Longer names are tried first so "@Ana Maria Lopez" does not stop at a member called "Ana Maria".
 */
export function mentionedIn(body: string, members: Mentionable[]): string[] {
  const text = body.toLowerCase();
  const found = new Set<string>();
  const byLength = [...members].sort((a, b) => b.name.length - a.name.length);
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const member = byLength.find((candidate) => {
      const name = candidate.name.toLowerCase();
      const next = text.charAt(at + 1 + name.length);
      return text.startsWith(name, at + 1) && !/\p{L}/u.test(next);
    });
    if (member) found.add(member.id);
  }
  return [...found];
}
