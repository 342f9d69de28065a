import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import en from '../../../../locales/en/ui.json';
import ja from '../../../../locales/ja/ui.json';
import fr from '../../../../locales/fr/ui.json';
import es from '../../../../locales/es/ui.json';

type Catalogue = { [key: string]: string | Catalogue };

function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const messages = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') messages.set(path, value);
    else for (const [inner, message] of flatten(value, path)) messages.set(inner, message);
  }
  return messages;
}

/** The argument names a message uses (`{name}`, `{count, plural, …}`), sorted. */
function argumentsOf(message: string, locale: string): string[] {
  const names = new Set<string>();
  const visit = (elements: ReturnType<IntlMessageFormat['getAst']>) => {
    for (const element of elements) {
      // Type 0 is literal text and 8 a rich-text tag; the other elements with a value name an argument.
      if ('value' in element && typeof element.value === 'string' && element.type !== 0 && element.type !== 8) {
        names.add(element.value);
      }
      if ('options' in element) for (const option of Object.values(element.options)) visit(option.value);
    }
  };
  visit(new IntlMessageFormat(message, locale).getAst());
  return [...names].sort();
}

const english = flatten(en);
const catalogues = { ja, fr, es } as const;

describe('UI catalogues', () => {
  it.each(Object.entries({ en, ...catalogues }))('%s: every message is valid ICU', (locale, catalogue) => {
    for (const [key, message] of flatten(catalogue)) {
      expect(() => argumentsOf(message, locale), `${locale} ${key}`).not.toThrow();
    }
  });

  it.each(Object.entries(catalogues))('%s: has every English message, with the same arguments', (locale, catalogue) => {
    const messages = flatten(catalogue);
    expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, message] of english) {
      expect(argumentsOf(messages.get(key) ?? '', locale), `${locale} ${key}`).toEqual(argumentsOf(message, 'en'));
    }
  });
});
