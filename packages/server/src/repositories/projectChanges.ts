import type { Db } from '../db/connection.ts';
import { prepared } from '../db/prepared.ts';

const changeCount = prepared((db: Db, p: { projectId: number }) =>
  db
    .selectFrom('project_changes')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('counter'), eb.lit(0)).as('changes'))
    .where('project_id', '=', p.projectId),
);

/**
 * How many changes the rows of a project have seen (kept by the database's triggers, migration
 * 011). It grows with every committed change, so a count read before some data stands for that
 * data: when it has not grown, nothing the data came from has changed.
 */
export async function projectChangeCount(db: Db, projectId: number): Promise<number> {
  const { rows } = await changeCount(db, { projectId });
  return Number(rows[0]?.changes ?? 0);
}
