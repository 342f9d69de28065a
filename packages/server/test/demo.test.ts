import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, pages, type HistoryEvent, type LanguageView } from '@tessera/core/contract';
import { contentText } from '@tessera/core';
import { Client, type TestServer, startDemoServer } from './harness.ts';

let server: TestServer;
let coordinator: Client;
let projectId: number;

beforeAll(async () => {
  ({ server, coordinator, demoProjectId: projectId } = await startDemoServer());
});
afterAll(() => server?.close());

const view = (lang: string) => coordinator.json<LanguageView>('GET', api.language(projectId, lang));

describe('the demo project a newcomer finds', () => {
  it.each([
    ['ja', true],
    ['fr', true],
    ['es', true],
    // Arabic, right to left: translated throughout, two drafts waiting, so that it can be published once reviewed.
    ['ar', false],
  ])('is translated into %s: approved sentences, drafts waiting for review, and (%s) sentences to translate', async (lang, leftToTranslate) => {
    const { units, progress } = await view(lang);
    const translatable = units.filter((u) => u.translate);
    const approved = translatable.filter((u) => u.state === 'approved');
    const drafts = translatable.filter((u) => u.state === 'translated');
    const untranslated = translatable.filter((u) => u.state === 'untranslated');
    expect(approved.length).toBeGreaterThan(0);
    expect(drafts.length).toBeGreaterThan(0);
    expect(untranslated.length > 0).toBe(leftToTranslate);
    expect(approved.length + drafts.length + untranslated.length).toBe(translatable.length);
    expect(progress).toMatchObject({ approved: approved.length, translated: drafts.length, needsReview: 0, rejected: 0 });
    for (const unit of [...approved, ...drafts]) {
      expect(contentText(unit.target)).not.toBe('');
      expect(contentText(unit.target)).not.toBe(contentText(unit.source));
      expect(unit.qa).toEqual([]);
      expect(unit).toMatchObject({ updatedBy: approved.includes(unit) ? 'Demo Reviewer' : 'Demo Translator', selfApproved: false });
    }
    for (const unit of untranslated) expect(unit.target).toEqual([]);
    // The translation is in the language: Japanese and Arabic in their scripts, French and Spanish with their own words.
    const title = translatable.find((u) => u.blockKind === 'title')!;
    expect(title.state).toBe('approved');
    expect(contentText(title.target)).toMatch({ ja: /デジタル安全法案に関する共同声明/, fr: /^Déclaration commune/, es: /^Declaración conjunta/, ar: /^بيان مشترك/ }[lang]!);
  });

  it('went through the same steps as a user: saved by the demo translator, approved by the demo reviewer', async () => {
    const { units } = await view('fr');
    const approved = units.find((u) => u.state === 'approved')!;
    const draft = units.find((u) => u.state === 'translated')!;
    const history = (unitId: number) => coordinator.json<HistoryEvent[]>('GET', api.history(projectId, 'fr', unitId));
    expect((await history(approved.id)).map((e) => [e.kind, e.user, e.stateBefore, e.stateAfter])).toEqual([
      ['approve', 'Demo Reviewer', 'translated', 'approved'],
      ['save', 'Demo Translator', 'untranslated', 'translated'],
    ]);
    expect((await history(draft.id)).map((e) => [e.kind, e.user])).toEqual([['save', 'Demo Translator']]);
  });

  it('has its French version published: the approved French sentences, the English source standing in for the others, no draft', async () => {
    const { units } = await view('fr');
    const res = await fetch(server.url + pages.publication(projectId, 'fr'));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<html lang="fr"/);
    // Compared as a reader sees them: the page's French typography chooses the no-break spaces.
    const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
    const text = plain(html.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
    const translatable = units.filter((u) => u.translate);
    expect(translatable.filter((u) => u.state === 'approved').length).toBeGreaterThan(5);
    for (const unit of translatable) {
      if (unit.state === 'approved') {
        expect(text).toContain(plain(contentText(unit.target)));
        continue;
      }
      if (unit.target.length > 0) expect(text).not.toContain(plain(contentText(unit.target)));
      expect(text).toContain(contentText(unit.source));
    }
    expect(html).toContain('<h1>Déclaration commune sur le projet de loi sur la sécurité numérique');
    expect(html).toContain('<span class="fallback" lang="en">We remain ready to work with the committee');
  });
});
