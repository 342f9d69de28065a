import { z } from 'zod';
import { GLOSSARY_FORMATS } from '../glossary/formats.ts';
import { MAX_FORBIDDEN_VARIANTS, MAX_TERM_CHARS, MAX_TERM_NOTE_CHARS } from '../limits.ts';
import { storableString } from './schemas.ts';

/** A term as a form sends it (added or changed): the server tidies it (see core's glossaryTerm) and checks it. */
export const glossaryTermRequest = z.object({
  source: storableString.max(MAX_TERM_CHARS),
  /** Ignored (and stored as none) for a do-not-translate term. */
  target: storableString.max(MAX_TERM_CHARS).nullable().default(null),
  doNotTranslate: z.boolean().default(false),
  forbidden: z.array(storableString.max(MAX_TERM_CHARS)).max(MAX_FORBIDDEN_VARIANTS).default([]),
  note: storableString.max(MAX_TERM_NOTE_CHARS).default(''),
});
export type GlossaryTermRequest = z.input<typeof glossaryTermRequest>;

/** A stored term (a core GlossaryTerm), with its id and who changed it last, when. */
export const glossaryEntryView = z.object({
  id: z.number(),
  source: z.string(),
  target: z.string().nullable(),
  doNotTranslate: z.boolean(),
  forbidden: z.array(z.string()),
  note: z.string(),
  /** The name of whoever changed it last (null: the command line, or a removed account). */
  updatedBy: z.string().nullable(),
  updatedAt: z.string(),
});
export type GlossaryEntryView = z.infer<typeof glossaryEntryView>;

/** The glossary of a language pair of a project. */
export const glossaryView = z.object({
  sourceLang: z.string(),
  targetLang: z.string(),
  /** Whether the caller may add, change, delete and import terms (coordinators and reviewers of the language). */
  canEdit: z.boolean(),
  terms: z.array(glossaryEntryView),
});
export type GlossaryView = z.infer<typeof glossaryView>;

const formatIds = GLOSSARY_FORMATS.map((f) => f.id) as [string, ...string[]];

/** `?format=`: one of the glossary formats (TBX when none is given). */
export const glossaryExportQuery = z.object({ format: z.enum(formatIds).default('tbx') });

/** What an import did: terms new to the glossary, terms it changed, terms it already had as the file has them. */
export const glossaryImportSummary = z.object({
  format: z.string(),
  added: z.number(),
  updated: z.number(),
  unchanged: z.number(),
});
export type GlossaryImportSummary = z.infer<typeof glossaryImportSummary>;
