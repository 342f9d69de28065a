import type { MemberView, Role } from '@tessera/core/contract';

export const ROLES: readonly Role[] = ['translator', 'reviewer', 'coordinator'];

export interface MemberSummary {
  userId: number;
  name: string;
  email: string;
  /** Each role once, with its languages (null: every language), roles in the order of `ROLES`. */
  roles: { role: Role; langs: string[] | null }[];
}

/** Members as people: one entry per user with their roles and languages, sorted by name. */
export function summarizeMembers(members: readonly MemberView[]): MemberSummary[] {
  const people = new Map<number, MemberSummary>();
  for (const member of members) {
    const person = people.get(member.userId) ?? { userId: member.userId, name: member.name, email: member.email, roles: [] };
    people.set(member.userId, person);
    let entry = person.roles.find((r) => r.role === member.role);
    if (!entry) {
      entry = { role: member.role, langs: [] };
      person.roles.push(entry);
    }
    if (member.lang === null) entry.langs = null;
    else if (entry.langs && !entry.langs.includes(member.lang)) entry.langs.push(member.lang);
  }
  for (const person of people.values()) {
    person.roles.sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
    for (const entry of person.roles) entry.langs?.sort();
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The languages an invitation names: null for every language (always so for coordinators). */
export function inviteLanguages(role: Role, all: boolean, chosen: readonly string[]): string[] | null {
  if (role === 'coordinator' || all) return null;
  return [...chosen];
}
