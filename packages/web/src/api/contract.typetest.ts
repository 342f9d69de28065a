/**
 * Checked by the web app's typecheck, never run: the client is typed from the operations table of
 * core, so a field renamed or retyped in a request schema there fails the web app's typecheck at
 * every call that still uses the old one. Each `@ts-expect-error` below fails the typecheck the day
 * the client stops being typed from the table (the call would then be accepted).
 */
import type { EditorUnit, UnitPage } from '@tessera/core/contract';
import { client, hrefOf } from './client.ts';
import { operations } from '@tessera/core/contract';

export async function typedFromTheTable(): Promise<void> {
  const params = { projectId: 1, lang: 'fr', unitId: 2 };

  // The request: what `saveTranslationRequest` accepts, and nothing else.
  const unit: EditorUnit = await client.saveTranslation({ params, body: { target: ['Bonjour.'], baseRevision: 3 } });
  // @ts-expect-error — `target` under an old name is not a field of the request.
  await client.saveTranslation({ params, body: { text: ['Bonjour.'], baseRevision: 3 } });
  // @ts-expect-error — `baseRevision` is a number.
  await client.saveTranslation({ params, body: { target: ['Bonjour.'], baseRevision: '3' } });
  // @ts-expect-error — a decision is `approve` or `reject`.
  await client.review({ params, body: { decision: 'approved', baseRevision: 3 } });

  // The path's parameters: every one the operation's path names.
  // @ts-expect-error — the unit is missing.
  await client.saveTranslation({ params: { projectId: 1, lang: 'fr' }, body: { target: ['Bonjour.'], baseRevision: 3 } });
  // @ts-expect-error — an operation without a body takes none.
  await client.history({ params, body: { target: [] } });

  // The query: what the operation's query schema accepts.
  const page: UnitPage = await client.languageUnits({ params, query: { after: 10, limit: 50 } });
  hrefOf(operations.exportXliff, { params, query: { format: 'xliff20' } });
  // @ts-expect-error — there is no XLIFF 3.
  hrefOf(operations.exportXliff, { params, query: { format: 'xliff30' } });

  // The answer: the output of the response schema.
  // @ts-expect-error — an editor unit has no `translation` field (it is `target`).
  void unit.translation;
  // @ts-expect-error — a page's `next` may be null.
  const next: number = page.next;
  void next;
  // An operation answered with a file is a link, not a call.
  // @ts-expect-error — no client function for a download.
  void client.exportXliff;
}
