/** The HTTP contract of publication: the gate, published versions, embargo, credits. */
import { z } from 'zod';
import { isCalendarDate } from '../model/calendarDate.ts';
import { SIGNATORY_ORDERS } from '../publish/signatoryOrder.ts';
import { containsEmailAddress } from '../release/credits.ts';
import { problemParams, qaIssue, role, storableString, translationState } from './schemas.ts';

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

/** Whether an ISO 8601 date-time with its offset names a moment that exists (no 30 February, no 25:00). */
function isPossibleTime(text: string): boolean {
  const m = DATE_TIME.exec(text);
  if (!m || !isCalendarDate(m[1]!)) return false;
  const [hour, minute, second, offsetHour, offsetMinute] = [m[2], m[3], m[4], m[6], m[7]].map((v) => Number(v ?? 0)) as [number, number, number, number, number];
  return hour < 24 && minute < 60 && second < 60 && offsetHour <= 14 && offsetMinute < 60;
}

/** A moment as ISO 8601 with its offset, e.g. `2026-05-01T09:00:00+02:00`; an impossible one is refused (422 `date.impossible`). */
export const isoDateTime = z
  .string()
  .regex(DATE_TIME, 'A date and time as YYYY-MM-DDTHH:MM with its offset (Z or ±HH:MM)')
  .refine(isPossibleTime, { message: 'There is no such day or time in the calendar.', ...problemParams('date.impossible') });

export const publicationBlocker = z.object({
  unitId: z.number(),
  state: translationState,
  /** `not-approved`: no approved translation yet; `qa`: approved, but a quality check fails with an error. */
  reason: z.enum(['not-approved', 'qa']),
  /** Ids of the quality checks failing with an error. */
  checks: z.array(z.string()),
  /** Those errors, each with its message. */
  findings: z.array(qaIssue),
  /** The unit's source text. */
  source: z.string(),
});
export type PublicationBlockerView = z.infer<typeof publicationBlocker>;

export const publicationGateView = z.object({
  publishable: z.boolean(),
  translatable: z.number(),
  approved: z.number(),
  /** How many units stand in the way, every one counted. */
  blocked: z.number(),
  /** The first of them in reading order (a bounded number); `blocked` minus their number are only counted. */
  blockers: z.array(publicationBlocker),
});
export type PublicationGateView = z.infer<typeof publicationGateView>;

const publishedUnit = z.object({ text: z.string(), fallback: z.boolean() });
export const unitChange = z.object({
  unitId: z.number(),
  kind: z.enum(['added', 'changed', 'removed']),
  before: publishedUnit.nullable(),
  after: publishedUnit.nullable(),
});
export type UnitChangeView = z.infer<typeof unitChange>;

/** A way of writing a language version (from the publication-format registry). */
export const publicationFormatView = z.object({ id: z.string(), label: z.string(), extension: z.string() });
export type PublicationFormatView = z.infer<typeof publicationFormatView>;

export const publicationVersionView = z.object({
  version: z.number(),
  lang: z.string(),
  sourceRevision: z.number(),
  publishedAt: z.string(),
  /** The name of who published it. */
  publishedBy: z.string(),
  /** Hidden until then (every public route answers 404); null: public at once. */
  embargoUntil: z.string().nullable(),
  /** Whether the public sees it now (its embargo, if any, is over). */
  released: z.boolean(),
  /** Published with source text standing in for missing approvals (the page says so). */
  withFallback: z.boolean(),
  /** Units changed since the previous version (every unit for the first). */
  changes: z.array(unitChange),
  /** Its page, at a stable address; `files` by format id. */
  url: z.string(),
  files: z.record(z.string(), z.string()),
});
export type PublicationVersionView = z.infer<typeof publicationVersionView>;

export const publicationOverview = z.object({
  lang: z.string(),
  gate: publicationGateView,
  /** Newest first. */
  versions: z.array(publicationVersionView),
  formats: z.array(publicationFormatView),
  /** How the language's pages list signatories (the coordinator's choice). */
  signatoryOrder: z.enum(SIGNATORY_ORDERS),
  /** The members' preview (drafts included, marked). */
  previewUrl: z.string(),
  /** Every released language in every format, as one zip. */
  bundleUrl: z.string(),
});
export type PublicationOverview = z.infer<typeof publicationOverview>;

export const publishRequest = z.object({
  /** Publish although units are not approved, with the source text standing in (marked). */
  allowFallback: z.boolean().default(false),
  /** Keep it hidden until then. */
  embargoUntil: isoDateTime.nullable().default(null),
});
export type PublishRequest = z.input<typeof publishRequest>;

export const embargoRequest = z.object({ embargoUntil: isoDateTime.nullable() });
export type EmbargoRequest = z.infer<typeof embargoRequest>;

/** Body of a 409 `publication.blocked`: what keeps the language from being published. */
export const publicationBlockedProblem = z.object({ code: z.literal('publication.blocked'), gate: publicationGateView });

export const creditView = z.object({
  lang: z.string(),
  /** The name the user is credited under in this language; null: not credited. */
  name: z.string().nullable(),
  /** The roles the credit names (translator, reviewer) — empty when the user holds neither here. */
  roles: z.array(role),
  /** A name to offer when the user has not chosen one. */
  suggestedName: z.string(),
});
export type CreditView = z.infer<typeof creditView>;

/** A name shown in credits: a pseudonym is fine, an e-mail address is refused (422 `credit.email`). */
export const creditName = storableString
  .trim()
  .min(1)
  .max(100)
  .refine((name) => !containsEmailAddress(name), { message: 'A credit shows a name, never an e-mail address.', ...problemParams('credit.email') });

export const creditRequest = z.object({
  /** The name to be credited under; null: no credit. */
  name: creditName.nullable(),
});
export type CreditRequest = z.infer<typeof creditRequest>;

/** A published version's query: `format`, the id of another publication format (an unknown one is a missing page). */
export const publicationVersionQuery = z.object({ format: z.string().optional() });
/** The latest publication's query: `format` as for a version, and `preview=1` for the members' preview with drafts marked. */
export const publicationQuery = publicationVersionQuery.extend({ preview: z.literal('1').optional() });
