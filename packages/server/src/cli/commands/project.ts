import { projectOrThrow } from '../../services/projects.ts';
import type { Db } from '../../db/connection.ts';

/** `--project` takes a project's name, or its id. */
export async function projectByNameOrId(db: Db, value: string) {
  try {
    return await projectOrThrow(db, value);
  } catch (error) {
    if (/^\d+$/.test(value)) return projectOrThrow(db, Number(value));
    throw error;
  }
}
