import { sql } from 'kysely';
import type { Migration } from 'kysely/migration';
import type { AnyDb } from './ddl.ts';

/**
 * Leases on pre-translations: the process running a job (`lease_owner`, a random id each process
 * takes) holds it until `lease_until` and renews it while it runs; another process — a second
 * server on the same PostgreSQL database, or this one restarted — takes a running job up only when
 * no lease holds it (none, or one that ended: its process stopped without a word). One job a
 * language runs at a time, whatever races to start one (a unique index on the running ones; of
 * jobs that ran side by side before it, the newest goes on and the others end as cancelled).
 */
export const jobLeases: Migration = {
  async up(db: AnyDb) {
    await db.schema.alterTable('mt_jobs').addColumn('lease_owner', 'text').execute();
    await db.schema.alterTable('mt_jobs').addColumn('lease_until', 'text').execute();
    const newest = db.selectFrom('mt_jobs').select((eb) => eb.fn.max('id').as('id')).where('status', '=', 'running').groupBy(['project_id', 'lang']);
    await db.updateTable('mt_jobs').set({ status: 'cancelled' }).where('status', '=', 'running').where('id', 'not in', newest).execute();
    await db.schema.createIndex('mt_jobs_one_running').on('mt_jobs').columns(['project_id', 'lang']).unique().where(sql.ref('status'), '=', 'running').execute();
  },
};
