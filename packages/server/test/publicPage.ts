import { expect } from 'vitest';
import { operations, pages, pathOf, type Operation } from '@tessera/core/contract';
import type { Client, TestServer } from './harness.ts';

/**
 * The public page of a language as a visitor reads it. Where publishing is a step of its own (the
 * contract has a `publish` operation), the coordinator publishes first, the source standing in
 * for units not approved yet.
 */
export async function publicPage(server: Pick<TestServer, 'url'>, coordinator: Client, projectId: number, lang: string): Promise<string> {
  const publish = (operations as Record<string, Operation | undefined>).publish;
  if (publish) expect((await coordinator.send(publish.method.toUpperCase(), pathOf(publish.path, { projectId, lang }), { allowFallback: true })).status).toBe(201);
  const res = await fetch(server.url + pages.publication(projectId, lang));
  expect(res.status).toBe(200);
  return res.text();
}
