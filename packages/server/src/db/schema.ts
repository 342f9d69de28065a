import type { Generated, Selectable } from 'kysely';

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
}

export interface ProjectsTable {
  id: Generated<number>;
  name: string;
  source_lang: string;
  created_by: number | null;
  created_at: string;
  source_revision: Generated<number>;
}

export interface ProjectLanguagesTable {
  project_id: number;
  lang: string;
  allow_fallback: number;
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

export type UserRow = Selectable<UsersTable>;
export type TranslationRow = Selectable<TranslationsTable>;
