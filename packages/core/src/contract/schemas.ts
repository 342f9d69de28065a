/**
 * The shapes of the HTTP contract between server and web app: request bodies are validated with
 * these schemas on the server, and the web client is typed from them.
 */
import { z } from 'zod';
import { MAX_MEMORY_ORIGIN_CHARS } from '../limits.ts';
import { TRANSLATION_STATES } from '../model/states.ts';
import { LEVERAGE_BANDS } from '../memory/leverage.ts';
import { MATCH_KINDS } from '../memory/matchKind.ts';
import { SIGNATORY_ORDERS } from '../publish/signatoryOrder.ts';
import { isCalendarDate } from '../model/calendarDate.ts';
import { IMPORT_FORMAT_IDS, IMPORT_FORMATS } from '../import/formats.ts';
import { firstUnstorable, firstUnstorableInContent, type UnstorableCharacter } from '../text/storableText.ts';

export const MAX_SOURCE_CHARS = 2_000_000;

const inlineCode = z.object({
  kind: z.enum(['open', 'close', 'standalone']),
  id: z.string(),
  name: z.string(),
  attrs: z.record(z.string(), z.string()).optional(),
});
export const contentSchema = z.array(z.union([z.string(), inlineCode]));

const UNSTORABLE_PROBLEM = 'text.unstorable';

function unstorableIssue(found: UnstorableCharacter, where: string) {
  return {
    code: 'custom' as const,
    message: `${where} holds a character that cannot be stored (${found.character}, character ${found.index + 1}). Remove it and send it again.`,
    params: { ...problemParams(UNSTORABLE_PROBLEM).params, position: found.index, character: found.character },
  };
}

/**
 * Text that is stored: a character XML cannot carry (see text/storableText.ts) is refused with
 * 422 `text.unstorable`, naming the field, the position and the character.
 */
export const storableString = z.string().superRefine((value, ctx) => {
  const found = firstUnstorable(value);
  if (found) ctx.addIssue(unstorableIssue(found, 'The text'));
});

/** Content that is stored: the same rule for its text (position counted over the unit's text) and its inline codes. */
export const storableContent = contentSchema.superRefine((content, ctx) => {
  const found = firstUnstorableInContent(content);
  if (!found) return;
  // Text: the position counts over the unit's whole text; a code: the field of the code, e.g. `target.1.attrs.href`.
  if (found.field === 'text') ctx.addIssue(unstorableIssue(found, 'The text'));
  else ctx.addIssue({ ...unstorableIssue(found, `An inline code's ${found.field}`), path: [found.part, ...found.field.split('.')] });
});

export const translationState = z.enum(TRANSLATION_STATES);
export const role = z.enum(['coordinator', 'translator', 'reviewer']);
export type Role = z.infer<typeof role>;

// ── auth ──────────────────────────────────────────────────────────────
export const loginRequest = z.object({ email: z.string().trim().min(1), password: z.string().min(1) });
export type LoginRequest = z.infer<typeof loginRequest>;

export const userView = z.object({
  id: z.number(),
  email: z.string(),
  name: z.string(),
  canCreateProjects: z.boolean(),
});
export type UserView = z.infer<typeof userView>;

export const sessionView = z.object({ user: userView.nullable(), csrfToken: z.string() });
export type SessionView = z.infer<typeof sessionView>;

// ── projects ──────────────────────────────────────────────────────────
/** A statement as sent: text formats as text; DOCX (binary) as base64. */
const sourceFields = {
  format: z.enum(IMPORT_FORMAT_IDS).default('text'),
  /** The statement as text (pasted, or read from an uploaded text, Markdown or HTML file). */
  text: z.string().max(MAX_SOURCE_CHARS).optional(),
  /** A DOCX file, base64-encoded. */
  fileBase64: z.string().max(Math.ceil((MAX_SOURCE_CHARS * 4) / 3) + 4).optional(),
};
const isBinary = (format: string) => IMPORT_FORMATS.some((f) => f.id === format && f.binary);
const oneSource = (r: { format: string; text?: string; fileBase64?: string }) => (isBinary(r.format) ? r.fileBase64 !== undefined : r.text !== undefined);
const oneSourceMessage = { message: 'Send the statement as `text`, or a DOCX file as `fileBase64`.', path: ['text'] };

export const createProjectRequest = z
  .object({
    name: storableString.trim().min(1).max(200),
    sourceLang: z.string().trim().min(2).max(35),
    targetLangs: z.array(z.string().trim().min(2).max(35)).min(1).max(100),
    ...sourceFields,
  })
  .refine(oneSource, oneSourceMessage);
export type CreateProjectRequest = z.input<typeof createProjectRequest>;

/** Counts of translatable units by state (each unit counts once, in its current state). */
export const languageProgress = z.object({
  lang: z.string(),
  total: z.number(),
  translated: z.number(),
  needsReview: z.number(),
  approved: z.number(),
  rejected: z.number(),
  /** The day this language should be ready (YYYY-MM-DD), if the coordinator set one. */
  deadline: z.string().nullable(),
});
export type LanguageProgress = z.infer<typeof languageProgress>;

export const membershipView = z.object({ role, lang: z.string().nullable() });
export type MembershipView = z.infer<typeof membershipView>;

/** What importing a statement had to clean: characters that cannot be stored, dropped; form feeds (PDF page breaks), made paragraph breaks. */
export const sourceNormalization = z.object({ removed: z.number().int().min(0), formFeeds: z.number().int().min(0) });
export type SourceNormalizationView = z.infer<typeof sourceNormalization>;

export const projectSummary = z.object({
  id: z.number(),
  name: z.string(),
  sourceLang: z.string(),
  createdAt: z.string(),
  /** Number of the source revision in force; a new revision names it to avoid crossing another. */
  sourceRevision: z.number(),
  /** Whether its approved translations are offered in the translation memory (a coordinator may take them out). */
  inMemory: z.boolean(),
  languages: z.array(languageProgress),
  /** What the signed-in user may do in this project. */
  memberships: z.array(membershipView),
  /** In the answer to creating the project: what importing the statement cleaned. */
  normalized: sourceNormalization.optional(),
});
export type ProjectSummary = z.infer<typeof projectSummary>;

// ── the editor ────────────────────────────────────────────────────────
/** A value of a message of the UI catalogue: a number (for plurals), a word, or a list the reader's language joins. */
export const messageValue = z.union([z.string(), z.number(), z.array(z.string())]);
/** A quality check's finding: its message is a key of the UI catalogue (`qa.checks.<check>.<…>`) and its values, never a sentence. */
export const qaIssue = z.object({
  check: z.string(),
  /** `error`: approval and publication are refused; `warning`: a reviewer may approve with a reason. */
  severity: z.enum(['error', 'warning']),
  message: z.object({ key: z.string(), values: z.record(z.string(), messageValue) }),
});
export type QaIssue = z.infer<typeof qaIssue>;

export const suggestionView = z.object({
  id: z.number(),
  authorId: z.number().nullable(),
  author: z.string(),
  target: contentSchema,
  createdAt: z.string(),
});
export type SuggestionView = z.infer<typeof suggestionView>;

/** The newest open comment on a unit, as its row shows it. */
export const latestComment = z.object({ author: z.string(), body: z.string(), createdAt: z.string() });
export type LatestComment = z.infer<typeof latestComment>;

export const editorUnit = z.object({
  id: z.number(),
  blockId: z.number(),
  blockKind: z.string(),
  source: contentSchema,
  /** The source before its last change of meaning, while the translation is `needs-review`. */
  previousSource: contentSchema.nullable(),
  translate: z.boolean(),
  target: contentSchema,
  state: translationState,
  /** Increases with every change to this unit's translation; a save names the revision it was based on. */
  revision: z.number(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
  /** The user who wrote the current text (four-eyes review: they may not approve it themselves). */
  authorId: z.number().nullable(),
  /** Approved by its own author, where the coordinator allowed self-review. */
  selfApproved: z.boolean(),
  /** Open alternatives offered by translators; a reviewer picks one. */
  suggestions: z.array(suggestionView),
  /** Comments not yet resolved. */
  openComments: z.number(),
  /** The newest of them, or null. */
  latestComment: latestComment.nullable(),
  /** Why the reviewer rejected the translation, while it is rejected (null when they gave no reason). */
  rejectionReason: z.string().nullable(),
  /** Quality checks the translation fails (empty when it passes or is empty). */
  qa: z.array(qaIssue),
  /** Other approved translations of the identical source in this language: the editor checks a draft against them as it is typed. */
  sameSource: z.array(z.string()),
  /** The engine whose output the translation is, saved unchanged (null once a person wrote it). */
  machine: z.string().nullable(),
});
export type EditorUnit = z.infer<typeof editorUnit>;

export const languageView = z.object({
  project: projectSummary,
  lang: z.string(),
  dir: z.enum(['ltr', 'rtl']),
  progress: languageProgress,
  /** Whether the publication may show source text where a unit is not approved yet. */
  allowFallback: z.boolean(),
  /** The day this language should be ready (YYYY-MM-DD), if the coordinator set one. */
  deadline: z.string().nullable(),
  /** Whether a reviewer may approve their own translations (one-person teams). */
  selfReview: z.boolean(),
  /** The first page of units, in reading order. */
  units: z.array(editorUnit),
  /** Where the next page starts (its `after`); null when this page ends the language. */
  next: z.number().nullable(),
});
export type LanguageView = z.infer<typeof languageView>;

/** The most units one page carries. */
export const MAX_UNIT_PAGE = 1000;
const pageLimit = z.coerce.number().int().min(1).max(MAX_UNIT_PAGE).default(500);

/** The language view's query: how many units its first page carries. */
export const languageViewQuery = z.object({ limit: pageLimit });
export type LanguageViewQuery = Partial<z.infer<typeof languageViewQuery>>;

/** A page of units in reading order: it starts after the cursor `after` (the `next` of the page before). */
export const unitPageQuery = z.object({ after: z.coerce.number().int().min(0).optional(), limit: pageLimit });
export type UnitPageQuery = Partial<z.infer<typeof unitPageQuery>>;

export const unitPage = z.object({
  units: z.array(editorUnit),
  /** Where the next page starts; null when this page ends the language. */
  next: z.number().nullable(),
});
export type UnitPage = z.infer<typeof unitPage>;

export const saveTranslationRequest = z.object({
  target: storableContent,
  /** The revision the translator loaded; a save on an older revision is refused with 409. */
  baseRevision: z.number().int().min(0),
  /** The text is the machine suggestion as it came: the server checks it against the suggestion it keeps, and marks the translation so. */
  fromMachine: z.boolean().optional(),
});
export type SaveTranslationRequest = z.infer<typeof saveTranslationRequest>;

export const reviewRequest = z
  .object({
    decision: z.enum(['approve', 'reject']),
    comment: storableString.trim().max(5000).default(''),
    baseRevision: z.number().int().min(0),
    /**
     * Why the reviewer approves a translation the quality checks warn about: required then (422
     * `review.reason-required` otherwise), and kept in the history with the warnings it accepts.
     */
    overrideReason: storableString.trim().max(5000).optional(),
  })
  .refine((r) => r.decision === 'approve' || r.comment.length > 0, {
    message: 'A rejection needs a comment that tells the translator what to change.',
    path: ['comment'],
  });
export type ReviewRequest = z.input<typeof reviewRequest>;

/** Body of a 409: the translation as it is now, so the editor can show it. */
export const staleRevisionProblem = z.object({
  code: z.literal('translation.stale'),
  current: editorUnit,
});

export const historyEvent = z.object({
  id: z.number(),
  at: z.string(),
  user: z.string().nullable(),
  /** `memory`: filled from the translation memory (a context or 100% match, or a repetition of the project), to review; `machine`: an engine's output saved unchanged. */
  kind: z.enum(['save', 'approve', 'reject', 'import', 'source-change', 'machine', 'memory']),
  stateBefore: translationState,
  stateAfter: translationState,
  targetBefore: contentSchema,
  targetAfter: contentSchema,
  comment: z.string(),
  /** The quality warnings an approval accepted (check ids); the comment says why. */
  overridden: z.array(z.string()),
});
export type HistoryEvent = z.infer<typeof historyEvent>;

export const importSummary = z.object({
  lang: z.string(),
  updated: z.number(),
  unchanged: z.number(),
  /** Unit ids in the file that this project does not have (reported, not applied). */
  unknown: z.array(z.string()),
  /** Units whose imported translation reorders or drops inline codes (kept, and flagged by the checks). */
  codeWarnings: z.array(z.number()),
  /**
   * Units whose file gave inline codes something the source's codes do not have — another link
   * address or attribute, another name, a code the source lacks: imported with the source's codes.
   */
  codesReplaced: z.array(z.number()),
});
export type ImportSummary = z.infer<typeof importSummary>;

export const memoryImportSummary = z.object({
  entries: z.number(),
  /** Entries per language pair, e.g. `en→ja`. */
  pairs: z.record(z.string(), z.number()),
});
export type MemoryImportSummary = z.infer<typeof memoryImportSummary>;

/** A translation the memory offers for a unit: the source it was made for, how close that is, and where it came from. */
export const memoryMatch = z.object({
  source: contentSchema,
  /** The stored translation with its inline codes mapped onto this unit's (those without a counterpart dropped): ready to use. */
  target: contentSchema,
  /** 100: the same source; 99: only typography differs; below: a fuzzy match (75 at least). */
  score: z.number().int().min(0).max(100),
  /** `context`: the same source with the same sentences before and after it; `exact`: the same source; `fuzzy`: a close one. */
  kind: z.enum(MATCH_KINDS),
  /** `file`: an imported TMX file (its name); `project`: an approved translation of a project (its name). */
  origin: z.object({ kind: z.enum(['file', 'project']), name: z.string() }),
  createdAt: z.string(),
});
export type MemoryMatch = z.infer<typeof memoryMatch>;

/**
 * How much of a language's units the memory already translates, per band: a context match, a
 * 100% match, a repetition of an earlier unit of the project, a best match of 95% or more, 85%,
 * 75%, none. Words are counted as the memory counts them when it scores matches.
 */
export const leverageReport = z.object({
  project: z.string(),
  lang: z.string(),
  lines: z.array(z.object({ band: z.enum(LEVERAGE_BANDS), units: z.number().int(), words: z.number().int() })),
  total: z.object({ units: z.number().int(), words: z.number().int() }),
});
export type LeverageReport = z.infer<typeof leverageReport>;

/** `application/problem+json` body of every error response. */
export const problem = z.object({
  type: z.string().optional(),
  title: z.string(),
  status: z.number(),
  code: z.string(),
  detail: z.string().optional(),
});
export type Problem = z.infer<typeof problem>;

// ── coordinator's control of the source ───────────────────────────────
export const editSourceRequest = z.object({
  source: storableContent,
  /** The source as the coordinator saw it; refused with 409 `source.stale` if it changed since. */
  baseSource: storableContent,
  /** A typo fix keeps every approval; a change of meaning sends the translations to review. */
  change: z.enum(['typo', 'meaning']),
});
export type EditSourceRequest = z.infer<typeof editSourceRequest>;

export const splitUnitRequest = z.object({
  /** Where to split, as a character offset into the unit's text. */
  offset: z.number().int().min(0),
  baseSource: storableContent,
});
export type SplitUnitRequest = z.infer<typeof splitUnitRequest>;

export const translateFlagRequest = z.object({ translate: z.boolean() });

// ── source revisions ──────────────────────────────────────────────────
export const reviseSourceRequest = z
  .object({
    ...sourceFields,
    /** The source revision the coordinator looked at; a revision based on an older one is refused with 409. */
    baseRevision: z.number().int().min(1),
    /** Only work out the summary; change nothing. */
    dryRun: z.boolean().default(false),
  })
  .refine(oneSource, oneSourceMessage);
export type ReviseSourceRequest = z.input<typeof reviseSourceRequest>;

const perLanguage = z.record(z.string(), z.number());
export const revisionSummary = z.object({
  /** The revision this summary leads to (not yet in force after a dry run). */
  revision: z.number(),
  kept: z.number(),
  retouched: z.number(),
  edited: z.number(),
  added: z.number(),
  retired: z.number(),
  translationsKept: perLanguage,
  translationsToReview: perLanguage,
  translationsRetired: perLanguage,
  changes: z.array(z.object({ kind: z.enum(['retouched', 'edited', 'added', 'retired']), before: z.string().optional(), after: z.string().optional() })),
  applied: z.boolean(),
  /** What importing the new version cleaned. */
  normalized: sourceNormalization,
});
export type RevisionSummaryView = z.infer<typeof revisionSummary>;

// ── live updates (server-sent events) ─────────────────────────────────
export const presenceRequest = z.object({
  /** The unit the user is editing now, or null when they stopped. */
  unitId: z.number().int().positive().nullable(),
});

export const liveEvent = z.discriminatedUnion('type', [
  /** A unit's translation changed (saved, reviewed): the editor updates that row. */
  z.object({ type: z.literal('unit'), lang: z.string(), unit: editorUnit }),
  /** Many units changed at once (import, new revision, source edit): the editor reloads. */
  z.object({ type: z.literal('reload'), lang: z.string().nullable() }),
  /** Someone started (unitId) or stopped (null) editing a unit. */
  z.object({ type: z.literal('presence'), lang: z.string(), userId: z.number(), user: z.string(), unitId: z.number().nullable() }),
]);
export type LiveEvent = z.infer<typeof liveEvent>;

// ── people and roles ──────────────────────────────────────────────────
/**
 * A refinement whose failure is a known problem: the server answers 422 with `code` (see the
 * server's problem handler) instead of a generic 400.
 */
export function problemParams(code: string): { params: { problemCode: string } } {
  return { params: { problemCode: code } };
}

/** A day that exists, as YYYY-MM-DD: `2024-13-45` or 30 February is refused (422 `date.impossible`). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'A date as YYYY-MM-DD')
  .refine(isCalendarDate, { message: 'There is no such day in the calendar.', ...problemParams('date.impossible') });

export const languageSettingsRequest = z.object({
  allowFallback: z.boolean().optional(),
  deadline: isoDate.nullable().optional(),
  selfReview: z.boolean().optional(),
});
export type LanguageSettingsRequest = z.infer<typeof languageSettingsRequest>;


export const memberView = z.object({ userId: z.number(), name: z.string(), email: z.string(), role, lang: z.string().nullable() });
export type MemberView = z.infer<typeof memberView>;

// ── review workflow ───────────────────────────────────────────────────
export const suggestRequest = z.object({ target: storableContent });
export type SuggestRequest = z.infer<typeof suggestRequest>;

export const batchApproveResult = z.object({
  approved: z.array(z.number()),
  skipped: z.array(z.object({ unitId: z.number(), reason: z.enum(['qa', 'own-translation', 'nothing-to-review']) })),
});
export type BatchApproveResult = z.infer<typeof batchApproveResult>;

// ── comments, notifications, activity ─────────────────────────────────
export const commentView = z.object({
  id: z.number(),
  unitId: z.number(),
  lang: z.string(),
  authorId: z.number().nullable(),
  author: z.string(),
  body: z.string(),
  createdAt: z.string(),
  resolved: z.boolean(),
  /** Names of the members the comment mentions with @. */
  mentions: z.array(z.string()),
});
export type CommentView = z.infer<typeof commentView>;

export const commentRequest = z.object({ body: storableString.trim().min(1).max(5000) });

/** A member who may be mentioned in a comment on a language (one who may read it): a name, never an address. */
export const mentionableView = z.object({ id: z.number(), name: z.string() });
export type MentionableView = z.infer<typeof mentionableView>;
export const resolveCommentRequest = z.object({ resolved: z.boolean() });

/**
 * What a notification tells: a translation sent back, a mention, a language's deadline two days
 * away (`body`: the day), a published version of a language one worked on (`body`: its number).
 */
export const notificationKind = z.enum(['rejected', 'mention', 'deadline', 'published']);
export type NotificationKind = z.infer<typeof notificationKind>;

export const notificationView = z.object({
  id: z.number(),
  kind: notificationKind,
  projectId: z.number(),
  projectName: z.string(),
  lang: z.string(),
  /** The unit it is about; null for news of a whole language (deadline, publication). */
  unitId: z.number().nullable(),
  actor: z.string(),
  body: z.string(),
  createdAt: z.string(),
  read: z.boolean(),
});
export type NotificationView = z.infer<typeof notificationView>;

export const markReadRequest = z.object({ ids: z.array(z.number().int()).max(1000) });

export const activityEntry = historyEvent.extend({ unitId: z.number(), source: z.string() });
/** The activity's query: `before` (an entry's id) pages back to older entries. */
export const activityQuery = z.object({ before: z.coerce.number().int().min(0).optional() });

/** The XLIFF download's query: which version of XLIFF (1.2 unless asked). */
export const xliffExportQuery = z.object({ format: z.enum(['xliff12', 'xliff20']).default('xliff12') });

/** The memory import's query: the file's name, which its matches show as their origin (cut by characters, so never in half an emoji). */
/** The name an imported file's entries are known by: trimmed, at most so many characters. */
const memoryOrigin = z.string().transform((name) => Array.from(name.trim()).slice(0, MAX_MEMORY_ORIGIN_CHARS).join(''));

export const memoryImportQuery = z.object({ name: memoryOrigin.optional() });

/** `?name=` of an imported file whose entries are to be removed (required). */
export const memoryFileQuery = z.object({ name: memoryOrigin.pipe(z.string().min(1)) });

/** How many entries a removal took out of the memory. */
export const memoryRemovalSummary = z.object({ entries: z.number().int().min(0) });
export type MemoryRemovalSummary = z.infer<typeof memoryRemovalSummary>;

/** Whether a project's approved translations are offered by the translation memory. */
export const projectInMemoryRequest = z.object({ inMemory: z.boolean() });
export type ProjectInMemoryRequest = z.infer<typeof projectInMemoryRequest>;
export type ActivityEntry = z.infer<typeof activityEntry>;

export const publicationSettingsRequest = z.object({
  /** Whether the publication may show source text where a unit is not approved yet. */
  allowFallback: z.boolean().optional(),
  /** How the language's pages list signatories: as the source does, or in the language's alphabetical order. */
  signatoryOrder: z.enum(SIGNATORY_ORDERS).optional(),
});
export type PublicationSettingsRequest = z.infer<typeof publicationSettingsRequest>;

