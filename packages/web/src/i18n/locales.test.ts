import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { directionOf, UI_LANGUAGES, UI_LOCALES } from '@tessera/core';

type Catalogue = { [key: string]: string | Catalogue };

const localesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../locales');
const read = (lang: string, file: 'ui.json' | 'mail.json' | 'publication.json') => JSON.parse(fs.readFileSync(path.join(localesDir, lang, file), 'utf8')) as Catalogue;

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

describe('the registry of interface languages (UI_LOCALES of core)', () => {
  it('has one entry per folder of locales/, and a folder per entry', () => {
    const folders = fs.readdirSync(localesDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect([...folders].sort()).toEqual([...UI_LANGUAGES].sort());
  });

  it.each(UI_LANGUAGES)('%s: its folder has the interface, e-mail and publication catalogues', (lang) => {
    for (const file of ['ui.json', 'mail.json', 'publication.json'] as const) expect(fs.existsSync(path.join(localesDir, lang, file)), `${lang}/${file}`).toBe(true);
  });

  it('names each language in itself, with its direction, as the browser does', () => {
    for (const { id, name, direction } of UI_LOCALES) {
      const own = new Intl.DisplayNames([id], { type: 'language' }).of(id) ?? '';
      expect(name.toLocaleLowerCase(id)).toBe(own.toLocaleLowerCase(id));
      expect(direction).toBe(directionOf(id));
    }
  });
});

const en = read('en', 'ui.json');
const english = flatten(en);
const catalogues = Object.fromEntries(UI_LANGUAGES.filter((lang) => lang !== 'en').map((lang) => [lang, read(lang, 'ui.json')]));

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

/**
 * Keys the web app builds at run time from a value it receives, so no literal names them. Every
 * key under one of these prefixes counts as used; each prefix says where it is built and why.
 */
const DYNAMIC_PREFIXES: Record<string, string> = {
  'errors.': 'i18n/errorMessage.ts: errors.<code> for the server\'s problem codes, errors.status.<status>, errors.client.<code>',
  'states.': 'StateBadge, HistoryPanel, ActivityPage, PublicationGate: states.<translation state>',
  'editor.filters.': 'EditorPage: one filter button per translation state',
  'editor.formatting.kinds.': 'FormattingMenu: the kind of an inline code of the source',
  'editor.shortcuts.commands.': 'ShortcutSheet: one line per command of the SHORTCUTS table',
  'sourceTools.done.': 'SourceTools: what the source change just did',
  'sourceTools.problems.': 'SourceTools: why the source change is refused before sending it',
  'sourceTools.changes.': 'SourceTools: typo fix or change of meaning',
  'history.kinds.': 'HistoryPanel, ActivityPage: the kind of a history event',
  'memoryMatches.kinds.': 'MemoryMatches: the kind of a match (context, exact, fuzzy)',
  'leverage.bands.': 'LeveragePanel: one line per band of the leverage report',
  'machine.panel.status.': 'MachinePanel: where the pre-translation of the language is',
  'review.block.skipped.': 'BlockApprove: why a unit of the paragraph was not approved',
  'publication.change.': 'VersionList: added, changed or removed since the previous version',
  'publication.signatoryOrders.': 'SignatoryOrderField: one option per order of the signatories',
  'qa.checks.': 'useQaText (QA panel, review, history, PublicationGate): qa.checks.<check>.name and the message key each finding of core carries',
  'sourceFormat.formats.': 'SourceFormatSelect: one option per import format',
  'sourceFormat.hints.': 'SourceFormatSelect: the hint of the chosen import format',
  'roles.': 'MembersPage, InvitePage, JoinRequests: the role of a membership or invitation',
  'invites.roleHints.': 'MembersPage, InvitePage: what the role lets one do',
  'invitation.asked.': 'InvitePage: who confirms a request to join (mail or coordinator)',
  'revisions.summary.counts.': 'RevisionSummary: sentences kept, retouched, edited, added, retired',
  'revisions.summary.explain.': 'RevisionSummary: what happens to the translations of each kind',
  'revisions.summary.groups.': 'RevisionSummary: the changes grouped by kind',
  'live.status.': 'LiveIndicator: connecting, live or offline, and its hint',
  'preferences.frequency.': 'MailPreferencesPage: one choice per mail frequency',
};

const webSource = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The text of the web app's code (tests left out: a key only a test names is not used). */
function sourceText(dir: string): string {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .map((entry) => {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) return sourceText(file);
      return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? fs.readFileSync(file, 'utf8') : '';
    })
    .join('\n');
}

const readMail = (lang: string) => read(lang, 'mail.json');
const englishMail = flatten(readMail('en'));

describe('mail catalogues (the server falls back to English for a missing one)', () => {
  it.each(Object.keys(catalogues))('%s: has every English mail message, with the same arguments', (locale) => {
    const messages = flatten(readMail(locale));
    expect([...messages.keys()].sort()).toEqual([...englishMail.keys()].sort());
    for (const [key, message] of englishMail) {
      expect(argumentsOf(messages.get(key) ?? '', locale), `${locale} ${key}`).toEqual(argumentsOf(message, 'en'));
    }
  });
});

describe('UI keys in use', () => {
  const code = sourceText(webSource);
  const literal = (key: string) => [`'${key}'`, `"${key}"`, `\`${key}\``].some((quoted) => code.includes(quoted));

  it('every English key is named in the web app, or built from a listed dynamic prefix', () => {
    const unused = [...english.keys()].filter(
      (key) => !literal(key) && !Object.keys(DYNAMIC_PREFIXES).some((prefix) => key.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
  });

  it('every dynamic prefix is built somewhere in the web app', () => {
    for (const prefix of Object.keys(DYNAMIC_PREFIXES)) expect(code, prefix).toContain(`\`${prefix}\${`);
  });
});
