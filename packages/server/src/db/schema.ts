import type { Generated, Kysely, Selectable } from 'kysely';
import type { NotificationKind } from '@tessera/core/contract';

/** The database, typed by its tables. */
export type Db = Kysely<Database>;

/** Table shapes as the database stores them (JSON columns hold serialized Content). */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  projects: ProjectsTable;
  project_languages: ProjectLanguagesTable;
  memberships: MembershipsTable;
  blocks: BlocksTable;
  units: UnitsTable;
  translations: TranslationsTable;
  events: EventsTable;
  source_revisions: SourceRevisionsTable;
  invites: InvitesTable;
  join_requests: JoinRequestsTable;
  suggestions: SuggestionsTable;
  comments: CommentsTable;
  notifications: NotificationsTable;
  tm_entries: TmEntriesTable;
  memory_changes: MemoryChangesTable;
  memory_snapshots: MemorySnapshotsTable;
  project_changes: ProjectChangesTable;
  sign_in_attempts: SignInAttemptsTable;
  repairs: RepairsTable;
  publications: PublicationsTable;
  publication_credits: PublicationCreditsTable;
  account_links: AccountLinksTable;
  account_erasures: AccountErasuresTable;
  mail_preferences: MailPreferencesTable;
  mail_outbox: MailOutboxTable;
  mail_digest_items: MailDigestItemsTable;
  mail_state: MailStateTable;
  deadline_reminders: DeadlineRemindersTable;
  publication_notices: PublicationNoticesTable;
  glossary_terms: GlossaryTermsTable;
  mt_consents: MtConsentsTable;
  mt_cache: MtCacheTable;
  mt_jobs: MtJobsTable;
}

/** What a migration that repairs stored data changed (one row per column it changed). */
export interface RepairsTable {
  id: Generated<number>;
  migration: string;
  table_name: string;
  column_name: string;
  rows_changed: number;
  characters_removed: number;
  repaired_at: string;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  name: string;
  password_hash: string;
  can_create_projects: number;
  created_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie token: a stolen database does not hand out sessions. */
  token_hash: string;
  user_id: number;
  created_at: string;
  expires_at: string;
  /** When a request last came with it (written at most once a minute). */
  last_seen_at: string | null;
  /** The User-Agent header it was last used with (shortened). */
  user_agent: string | null;
}

export interface ProjectsTable {
  id: Generated<number>;
  name: string;
  source_lang: string;
  created_by: number | null;
  created_at: string;
  source_revision: Generated<number>;
  /** 1: its approved translations are offered by the memory; 0: taken out of it. */
  in_memory: Generated<number>;
}

export interface ProjectLanguagesTable {
  project_id: number;
  lang: string;
  allow_fallback: number;
  deadline: string | null;
  self_review: Generated<number>;
  /** `source` or `collation`: how its pages list signatories. */
  signatory_order: Generated<string>;
}

export interface MembershipsTable {
  project_id: number;
  user_id: number;
  role: 'coordinator' | 'translator' | 'reviewer';
  /** Empty string: every language of the project. */
  lang: string;
}

export interface BlocksTable {
  id: Generated<number>;
  project_id: number;
  position: number;
  kind: string;
  level: number | null;
  list: number | null;
  date: string | null;
  retired_at: string | null;
}

export interface UnitsTable {
  id: Generated<number>;
  project_id: number;
  block_id: number;
  position: number;
  source: string;
  space_after: string;
  translate: number;
  retired_at: string | null;
  /** The source before its last change of meaning (JSON Content), shown as a diff to reviewers. */
  previous_source: string | null;
}

export interface TranslationsTable {
  unit_id: number;
  lang: string;
  target: string;
  state: string;
  revision: number;
  updated_by: string | null;
  updated_at: string | null;
  /** The user who wrote the current text. */
  author_id: number | null;
  self_approved: Generated<number>;
  /** Kind and reason of the last change; the history trigger copies them into its event. */
  last_kind: Generated<string>;
  last_comment: Generated<string>;
  /** The quality warnings accepted by the last approval (JSON array of check ids), copied into its event. */
  last_overridden: Generated<string>;
  /** The engine whose output the text is, saved unchanged; null once a person writes it. */
  machine_engine: string | null;
}

export interface EventsTable {
  id: Generated<number>;
  project_id: number;
  unit_id: number;
  lang: string;
  actor: string | null;
  kind: string;
  state_before: string;
  state_after: string;
  target_before: string;
  target_after: string;
  comment: string;
  /** The quality warnings the reviewer accepted (JSON array of check ids); the comment says why. */
  overridden: Generated<string>;
  created_at: string;
}

export interface SourceRevisionsTable {
  id: Generated<number>;
  project_id: number;
  number: number;
  actor: string | null;
  summary: string;
  created_at: string;
}

export interface InvitesTable {
  id: Generated<number>;
  token_hash: string;
  project_id: number;
  role: 'coordinator' | 'translator' | 'reviewer';
  /** JSON array of languages; null: every language. */
  langs: string | null;
  created_by: number | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  used_by: number | null;
  /** The address the invitation was sent to, if the coordinator gave one. */
  email: string | null;
}

export interface JoinRequestsTable {
  id: Generated<number>;
  invite_id: number;
  token_hash: string;
  email: string;
  name: string;
  password_hash: string;
  ui_lang: string | null;
  created_at: string;
  expires_at: string;
}

export interface SuggestionsTable {
  id: Generated<number>;
  unit_id: number;
  lang: string;
  author_id: number | null;
  author: string;
  target: string;
  status: 'open' | 'accepted' | 'dismissed';
  created_at: string;
}

export interface CommentsTable {
  id: Generated<number>;
  project_id: number;
  unit_id: number;
  lang: string;
  author_id: number | null;
  author: string;
  body: string;
  /** JSON array of the names mentioned. */
  mentions: string;
  created_at: string;
  resolved_at: string | null;
}

export interface NotificationsTable {
  id: Generated<number>;
  user_id: number;
  project_id: number;
  /** The unit it is about; 0 for news of a whole language (see migration 017). */
  unit_id: number;
  lang: string;
  kind: NotificationKind;
  actor: string;
  body: string;
  created_at: string;
  read_at: string | null;
}

export interface TmEntriesTable {
  id: Generated<number>;
  source_lang: string;
  target_lang: string;
  /** The source's plain text, for lookups. */
  source_text: string;
  source: string;
  target: string;
  /** Where the entry came from, e.g. the TMX file's name. */
  origin: string;
  created_by: string | null;
  created_at: string;
}

/** The memory's change log (kept by triggers): an entry or an approved translation that changed. */
export interface MemoryChangesTable {
  seq: Generated<number>;
  /** `entry` (ref: tm_entries.id) or `translation` (ref: the unit, lang: the language). */
  kind: string;
  ref: number;
  lang: string;
}

/** The index files servers wrote: each with the last change it holds. */
export interface MemorySnapshotsTable {
  token: string;
  last_seq: number;
  created_at: string;
}

/** Sign-in attempts of one key in its current window (a row per key). */
export interface SignInAttemptsTable {
  /** Who tries: `ip:<address>` or `email:<address>`. */
  key: string;
  /** When the window of this count began (ISO time). */
  window_start: string;
  /** Attempts in the window: failures, and checks still under way. */
  attempts: number;
}

/** A published version of one language: an immutable, numbered snapshot (only `embargo_until` may change). */
export interface PublicationsTable {
  id: Generated<number>;
  project_id: number;
  lang: string;
  /** 1, 2, 3… per project and language. */
  version: number;
  /** The source revision in force when it was published. */
  source_revision: number;
  published_at: string;
  published_by: number | null;
  published_by_name: string;
  /** Hidden (404 everywhere) until this time (ISO 8601); null: public at once. */
  embargo_until: string | null;
  /** Published with source text standing in for missing approvals. */
  with_fallback: number;
  /** JSON: what every format needs to write this version again, identically (assembled text, credits, strings). */
  document: string;
  /** JSON PublishedUnits: each unit's published text, for the next version's diff. */
  units: string;
  /** JSON UnitChange[]: the units changed since the previous version. */
  changes: string;
}

/** A volunteer's choice to be credited in one language of a project, under a name of their choice. */
export interface PublicationCreditsTable {
  project_id: number;
  user_id: number;
  lang: string;
  name: string;
  updated_at: string;
}

/** How many times a project's rows changed (see migration 011): the sum of its rows is the language view's version. */
export interface ProjectChangesTable {
  project_id: number;
  shard: number;
  counter: number;
}

/** A single-use, expiring link about an account (see migration 013): only the token's SHA-256 is kept. */
export interface AccountLinksTable {
  id: Generated<number>;
  token_hash: string;
  purpose: 'setup' | 'set-password' | 'reset';
  /** Null for `setup`: the account does not exist yet. */
  user_id: number | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** An erased account (see migration 014): the name its work is shown under since. */
export interface AccountErasuresTable {
  user_id: number;
  shown_as: string;
  erased_at: string;
}

/** How often a person gets e-mail (see migration 015), and the language of their interface. */
export interface MailPreferencesTable {
  user_id: number;
  frequency: Generated<'now' | 'daily' | 'never'>;
  ui_lang: string | null;
}

/** A rendered message waiting for the SMTP server; `key` names what it is about, once. */
export interface MailOutboxTable {
  id: Generated<number>;
  key: string;
  user_id: number | null;
  to_address: string;
  subject: string;
  text: string;
  html: string;
  unsubscribe_url: string | null;
  created_at: string;
  attempts: Generated<number>;
  next_attempt_at: string;
  claimed_until: string | null;
  sent_at: string | null;
  last_error: string | null;
}

/** A notification waiting for its person's daily digest. */
export interface MailDigestItemsTable {
  notification_id: number;
  user_id: number;
  created_at: string;
}

/** The mail planner's state: how far it read the notifications, the key that signs unsubscribe links. */
export interface MailStateTable {
  name: string;
  value: string;
}

/** A language's members were told its deadline is near (see migration 017): once per deadline. */
export interface DeadlineRemindersTable {
  project_id: number;
  lang: string;
  deadline: string;
  created_at: string;
}

/** Those who worked on a language were told of this published version, once it was public. */
export interface PublicationNoticesTable {
  publication_id: number;
  created_at: string;
}

export type UserRow = Selectable<UsersTable>;
export type TranslationRow = Selectable<TranslationsTable>;

/** A term of a project's glossary for one language pair (migration 019). */
export interface GlossaryTermsTable {
  id: Generated<number>;
  project_id: number;
  source_lang: string;
  target_lang: string;
  source: string;
  /** The source term in lower case: one entry per term and pair. */
  source_key: string;
  /** null for a do-not-translate term. */
  target: string | null;
  do_not_translate: number;
  /** JSON array of the variants not to use. */
  forbidden: string;
  note: string;
  created_at: string;
  updated_by: number | null;
  updated_at: string;
}

/** A coordinator allowed an engine to translate a project's text. */
export interface MtConsentsTable {
  project_id: number;
  engine_id: string;
  granted_by: number | null;
  granted_at: string;
}

/** An engine's answer, asked once per engine, pair and text (with its placeholders). */
export interface MtCacheTable {
  engine_id: string;
  source_code: string;
  target_code: string;
  source_hash: string;
  source_text: string;
  output_text: string;
  created_at: string;
}

/** The pre-translation of a language: its progress, resumed after a restart while `running`. */
export interface MtJobsTable {
  id: Generated<number>;
  project_id: number;
  lang: string;
  status: 'running' | 'done' | 'cancelled' | 'failed';
  total: number;
  /** The position of the last unit handled (-1: none yet). */
  after: number;
  done: number;
  from_memory: number;
  from_machine: number;
  left_empty: number;
  problem: string | null;
  created_by: number | null;
  /** The name its drafts carry in the history. */
  actor: string;
  created_at: string;
  updated_at: string;
  /** The process running it, and until when (null: none; it is taken up by the next process that looks). */
  lease_owner: string | null;
  lease_until: string | null;
}
