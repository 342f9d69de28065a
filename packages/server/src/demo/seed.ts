import fs from 'node:fs';
import type { Db } from '../db/connection.ts';
import { addMembership, unitsWithTranslations } from '../repositories/projects.ts';
import { countUsers, insertUser } from '../repositories/users.ts';
import type { Actor } from '../services/actor.ts';
import { createProject } from '../services/newProject.ts';
import { projectOrThrow } from '../services/projects.ts';
import { generatePassword, hashPassword } from '../services/passwords.ts';
import { publicationsToldAlready } from '../services/languageNews.ts';
import { publishLanguage } from '../services/publications.ts';
import { reviewTranslation, saveTranslation } from '../services/translations.ts';
import { DEMO_TRANSLATIONS } from './translations.ts';

export const DEMO_PROJECT = 'Demo: Digital Safety Act statement';
const DEMO_TARGETS = ['ja', 'fr', 'es', 'ar'];

export interface DemoAccount {
  role: 'coordinator' | 'translator' | 'reviewer';
  email: string;
  password: string;
}

/**
 * On an empty database: three accounts (coordinator, translator, reviewer) with fresh passwords and
 * a demo project, partly translated into Japanese, French and Spanish (some sentences approved, some
 * waiting for review, some not started), its French version published. Returns the accounts so that
 * their passwords can be shown once; null when the database already has users (nothing is changed).
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
  const [coordinator, translator, reviewer] = await Promise.all(ids.map((id) => userActor(db, id)));
  const text = fs.readFileSync(new URL('./statement.txt', import.meta.url), 'utf8');
  await createProject(db, coordinator!, { name: DEMO_PROJECT, sourceLang: 'en', targetLangs: DEMO_TARGETS, text });
  const { id: projectId } = await projectOrThrow(db, DEMO_PROJECT);
  await addMembership(db, projectId, ids[1]!, { role: 'translator', lang: null });
  await addMembership(db, projectId, ids[2]!, { role: 'reviewer', lang: null });
  await translateDemo(db, projectId, translator!, reviewer!);
  // The French version is out: its approved sentences, the English source standing in for the rest.
  await publishLanguage(db, coordinator!, projectId, 'fr', { allowFallback: true, embargoUntil: null });
  await publicationsToldAlready(db, projectId);
  return accounts;
}

async function userActor(db: Db, id: number): Promise<Actor> {
  return { kind: 'user', user: await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow() };
}

/** The translator saves the demo translations and the reviewer approves some, as they would in the editor. */
async function translateDemo(db: Db, projectId: number, translator: Actor, reviewer: Actor): Promise<void> {
  for (const [lang, translations] of Object.entries(DEMO_TRANSLATIONS)) {
    const units = await unitsWithTranslations(db, projectId, lang);
    for (const { source, target, approved } of translations) {
      const unit = units.find((u) => u.source.length === 1 && u.source[0] === source);
      if (!unit) throw new Error(`The demo statement has no sentence “${source}”.`);
      const at = { projectId, lang, unitId: unit.id };
      const saved = await saveTranslation(db, translator, at, { target: [target], baseRevision: unit.revision });
      if (approved) await reviewTranslation(db, reviewer, at, { decision: 'approve', comment: '', baseRevision: saved.unit.revision });
    }
  }
}
