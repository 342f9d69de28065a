import crypto from 'node:crypto';
import type { Db } from '../db/connection.ts';
import { mailState } from '../repositories/mail.ts';

/** The key that signs unsubscribe links, made once per database (so that every server checks the same links). */
function unsubscribeKey(db: Db): Promise<string> {
  return mailState(db, 'unsubscribe-key', crypto.randomBytes(32).toString('base64url'));
}

const signature = (key: string, userId: number) => crypto.createHmac('sha256', key).update(`unsubscribe:${userId}`).digest('base64url');

/** A token that lets whoever holds it stop a person's e-mail, without signing in. */
export async function unsubscribeToken(db: Db, userId: number): Promise<string> {
  return `${userId}.${signature(await unsubscribeKey(db), userId)}`;
}

/** The person a token stops e-mail for; undefined when it is not one the database signed. */
export async function unsubscribeUser(db: Db, token: string): Promise<number | undefined> {
  const match = /^([1-9]\d{0,15})\.([\w-]{43})$/.exec(token);
  if (!match) return undefined;
  const userId = Number(match[1]);
  const expected = Buffer.from(signature(await unsubscribeKey(db), userId));
  const given = Buffer.from(match[2]!);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? userId : undefined;
}

export function unsubscribeUrl(publicUrl: URL, token: string): string {
  return new URL(`mail/unsubscribe/${token}`, publicUrl).href;
}
