import fs from 'node:fs';
import type { Db } from '../db/connection.ts';
import { addMembership } from '../repositories/projects.ts';
import { countUsers, insertUser } from '../repositories/users.ts';
import { createProject } from '../services/projects.ts';
import { generatePassword, hashPassword } from '../services/passwords.ts';

export const DEMO_PROJECT = 'Demo: Digital Safety Act statement';
const DEMO_TARGETS = ['ja', 'fr', 'es', 'ar'];

export interface DemoAccount {
  role: 'coordinator' | 'translator' | 'reviewer';
  email: string;
  password: string;
}

/**
 * On an empty database: three accounts (coordinator, translator, reviewer) with fresh passwords and
 * a demo project. Returns the accounts so that their passwords can be shown once; null when the
 * database already has users (nothing is changed then).
 */
export async function seedDemo(db: Db): Promise<DemoAccount[] | null> {
  if ((await countUsers(db)) > 0) return null;
  const accounts: DemoAccount[] = (['coordinator', 'translator', 'reviewer'] as const).map((role) => ({
    role,
    email: `${role}@demo.tessera`,
    password: generatePassword(),
  }));
  const ids: number[] = [];
  for (const account of accounts) {
    ids.push(
      await insertUser(db, {
        email: account.email,
        name: `Demo ${account.role[0]!.toUpperCase()}${account.role.slice(1)}`,
        passwordHash: await hashPassword(account.password),
        canCreateProjects: account.role === 'coordinator',
      }),
    );
  }
  const coordinator = await db.selectFrom('users').selectAll().where('id', '=', ids[0]!).executeTakeFirstOrThrow();
  const text = fs.readFileSync(new URL('./statement.txt', import.meta.url), 'utf8');
  const { id: projectId } = await createProject(db, { kind: 'user', user: coordinator }, { name: DEMO_PROJECT, sourceLang: 'en', targetLangs: DEMO_TARGETS, text });
  await addMembership(db, projectId, ids[1]!, { role: 'translator', lang: null });
  await addMembership(db, projectId, ids[2]!, { role: 'reviewer', lang: null });
  return accounts;
}
