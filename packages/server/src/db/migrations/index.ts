import type { Migration } from 'kysely/migration';
import { initial } from './001_initial.ts';
import { sourceRevisions } from './002_source_revisions.ts';
import { collaboration } from './003_collaboration.ts';
import { translationMemory } from './004_translation_memory.ts';
import { historyTrigger } from './005_history_trigger.ts';
import { signInFailures } from './006_sign_in_failures.ts';
import { memoryWords } from './007_memory_words.ts';
import { eventsAppendOnly } from './008_events_append_only.ts';
import { storableText } from './009_storable_text.ts';
import { signInAttempts } from './010_sign_in_attempts.ts';
import { projectChanges } from './011_project_changes.ts';
import { publications } from './012_publications.ts';
import { accountLinks } from './013_account_links.ts';
import { accountErasure } from './014_account_erasure.ts';
import { mail } from './015_mail.ts';
import { joinRequests } from './016_join_requests.ts';
import { languageNews } from './017_language_news.ts';
import { signatoryOrder } from './018_signatory_order.ts';
import { glossary } from './019_glossary.ts';
import { overriddenChecks } from './020_overridden_checks.ts';
import { memoryChanges } from './021_memory_changes.ts';
import { machineTranslation } from './022_machine_translation.ts';
import { machineDrafts } from './023_machine_drafts.ts';
import { jobLeases } from './024_job_leases.ts';

/** Every migration, in order. One set serves SQLite and PostgreSQL. */
export const migrations: Record<string, Migration> = {
  '001_initial': initial,
  '002_source_revisions': sourceRevisions,
  '003_collaboration': collaboration,
  '004_translation_memory': translationMemory,
  '005_history_trigger': historyTrigger,
  '006_sign_in_failures': signInFailures,
  '007_memory_words': memoryWords,
  '008_events_append_only': eventsAppendOnly,
  '009_storable_text': storableText,
  '010_sign_in_attempts': signInAttempts,
  '011_project_changes': projectChanges,
  '012_publications': publications,
  '013_account_links': accountLinks,
  '014_account_erasure': accountErasure,
  '015_mail': mail,
  '016_join_requests': joinRequests,
  '017_language_news': languageNews,
  '018_signatory_order': signatoryOrder,
  '019_glossary': glossary,
  '020_overridden_checks': overriddenChecks,
  '021_memory_changes': memoryChanges,
  '022_machine_translation': machineTranslation,
  '023_machine_drafts': machineDrafts,
  '024_job_leases': jobLeases,
};
