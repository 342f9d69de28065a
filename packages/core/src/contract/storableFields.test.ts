import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  joinRequest,
  commentRequest,
  createProjectRequest,
  creditRequest,
  deleteAccountRequest,
  editSourceRequest,
  reviewRequest,
  saveTranslationRequest,
  setupRequest,
  splitUnitRequest,
  suggestRequest,
  glossaryTermRequest,
} from './index.ts';

const BAD = 'x\u0001';
const link = { kind: 'open', id: '1', name: 'a', attrs: { href: BAD } };

/** Every text field of a request that is stored: a valid request, and the field to spoil. */
const FIELDS: [string, z.ZodType, Record<string, unknown>, string, unknown][] = [
  ['project name', createProjectRequest, { name: 'P', sourceLang: 'en', targetLangs: ['fr'], text: 'T' }, 'name', BAD],
  ['translation', saveTranslationRequest, { target: ['T'], baseRevision: 0 }, 'target', [BAD]],
  ['translation’s inline code', saveTranslationRequest, { target: ['T'], baseRevision: 0 }, 'target', ['T', link]],
  ['rejection reason', reviewRequest, { decision: 'reject', comment: 'C', baseRevision: 0 }, 'comment', BAD],
  ['source edit', editSourceRequest, { source: ['S'], baseSource: ['S'], change: 'typo' }, 'source', [BAD]],
  ['split’s base source', splitUnitRequest, { offset: 1, baseSource: ['S'] }, 'baseSource', [BAD]],
  ['suggestion', suggestRequest, { target: ['T'] }, 'target', [BAD]],
  ['comment', commentRequest, { body: 'B' }, 'body', BAD],
  ['newcomer’s name', joinRequest, { name: 'N', email: 'n@example.org', password: 'long enough password' }, 'name', BAD],
  ['first coordinator’s name', setupRequest, { name: 'N', email: 'n@example.org', password: 'long enough password' }, 'name', BAD],
  ['credit name', creditRequest, { name: 'N' }, 'name', BAD],
  ['glossary term', glossaryTermRequest, { source: 'S', target: 'T' }, 'source', BAD],
  ['glossary translation', glossaryTermRequest, { source: 'S', target: 'T' }, 'target', BAD],
  ['glossary forbidden variant', glossaryTermRequest, { source: 'S', target: 'T' }, 'forbidden', [BAD]],
  ['glossary note', glossaryTermRequest, { source: 'S', target: 'T' }, 'note', BAD],
  ['pseudonym of an erased account', deleteAccountRequest, { currentPassword: 'p', pseudonym: 'P' }, 'pseudonym', BAD],
];

describe('every stored text field of the contract refuses what XML cannot carry', () => {
  it.each(FIELDS)('%s', (_name, schema, valid, field, bad) => {
    expect(schema.safeParse(valid).success).toBe(true);
    const result = schema.safeParse({ ...valid, [field]: bad });
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.code === 'custom' && (i as { params?: { problemCode?: string } }).params?.problemCode === 'text.unstorable');
    expect(issue, JSON.stringify(result.error!.issues)).toBeDefined();
    expect(issue!.path[0]).toBe(field);
  });
});
