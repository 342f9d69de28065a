/** Something shaped like an e-mail address: a credit must never show one. */
const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+/u;

export function containsEmailAddress(text: string): boolean {
  return EMAIL.test(text);
}

export interface CreditChoice {
  name: string;
  roles: ('translator' | 'reviewer')[];
}

/**
 * The credits of a language: one line per role of each volunteer who opted in, translators first,
 * each under the name they chose, in the order of the language's collation. A name that holds an e-mail address is left out (it is refused
 * when set, so this only guards data from elsewhere).
 */
export function creditLines(choices: readonly CreditChoice[], lang: string): { role: 'translator' | 'reviewer'; name: string }[] {
  const collator = new Intl.Collator(lang);
  const lines: { role: 'translator' | 'reviewer'; name: string }[] = [];
  for (const role of ['translator', 'reviewer'] as const) {
    const names = choices.filter((c) => c.roles.includes(role) && !containsEmailAddress(c.name)).map((c) => c.name.trim());
    for (const name of [...new Set(names)].filter(Boolean).sort(collator.compare)) lines.push({ role, name });
  }
  return lines;
}
