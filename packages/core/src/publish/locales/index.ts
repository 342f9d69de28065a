import { directionOf, primaryLanguage } from '../../language/index.ts';
import { ar } from './ar.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ja } from './ja.ts';
import type { PublicationLocale } from './types.ts';

export type { PublicationLocale, TypographyRule } from './types.ts';

const TABLES: readonly PublicationLocale[] = [en, fr, es, ja, ar];
/** Scripts written without spaces between sentences, for languages without a table of their own. */
const NO_SPACE_LANGS = new Set(['ja', 'zh', 'th', 'lo', 'km', 'my']);


const byTag = new Map<string, PublicationLocale>();

/** The table of `lang` (by its primary subtag); a language without one gets its direction and spacing and no typography. */
export function publicationLocale(lang: string): PublicationLocale {
  let locale = byTag.get(lang);
  if (!locale) {
    locale = localeOf(lang);
    byTag.set(lang, locale);
  }
  return locale;
}

function localeOf(lang: string): PublicationLocale {
  const primary = primaryLanguage(lang);
  return (
    TABLES.find((table) => table.lang === primary) ?? {
      lang: primary,
      dir: directionOf(lang),
      spaceBetweenSentences: !NO_SPACE_LANGS.has(primary),
      typography: [],
      dateOptions: { dateStyle: 'long' },
    }
  );
}

/** Text translated into `lang` with the language's typography applied. */
export function applyTypography(text: string, lang: string): string {
  return typographyOf(lang)(text);
}

const typographies = new Map<string, (text: string) => string>();

/** The typography of `lang` as one function, made once per language. */
export function typographyOf(lang: string): (text: string) => string {
  let typography = typographies.get(lang);
  if (!typography) {
    const { typography: rules, typographyTouches: touches } = publicationLocale(lang);
    typography =
      rules.length === 0
        ? (text) => text
        : (text) => {
            if (touches && !touches.test(text)) return text;
            let out = text;
            for (const [pattern, replacement, holds] of rules) {
              if (holds !== undefined && !out.includes(holds)) continue;
              out = typeof replacement === 'string' ? out.replace(pattern, replacement) : out.replace(pattern, replacement);
            }
            return out;
          };
    typographies.set(lang, typography);
  }
  return typography;
}
