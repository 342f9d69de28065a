import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type GlossaryEntryView, type GlossaryImportSummary, type GlossaryView } from '@tessera/core/contract';
import { insertUser } from '../src/repositories/users.ts';
import { hashPassword } from '../src/services/passwords.ts';
import { Client, problemOf, startDemoServer, type TestServer } from './harness.ts';

let server: TestServer;
let coordinator: Client;
let translator: Client;
let reviewer: Client;
let outsider: Client;
let projectId: number;

const TBX = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>From a terminology tool</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c1">
      <descrip type="definition">Crimes that can only be committed using a computer.</descrip>
      <langSec xml:lang="en"><termSec><term>cyber-dependent crime</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
      <langSec xml:lang="fr">
        <termSec><term>infraction cyberdépendante</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
        <termSec><term>cybercrime pur</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
      </langSec>
    </conceptEntry>
    <conceptEntry id="c2">
      <langSec xml:lang="en"><termSec><term>Signal</term></termSec></langSec>
      <langSec xml:lang="fr"><termSec><term>Signal</term></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>`;

const glossary = (client: Client, lang = 'fr') => client.json<GlossaryView>('GET', api.glossary(projectId, lang));
const upload = (client: Client, text: string, lang = 'fr') => client.send('POST', api.glossaryImport(projectId, lang), new TextEncoder().encode(text), { raw: true });
/** The stored terms without their ids and dates: what an import or export must keep. */
const termsOf = (view: GlossaryView) => view.terms.map(({ source, target, doNotTranslate, forbidden, note }) => ({ source, target, doNotTranslate, forbidden, note }));
const everything = async () => JSON.stringify(await server.db.selectFrom('glossary_terms').selectAll().orderBy('id').execute());

beforeAll(async () => {
  ({ server, coordinator, translator, reviewer, demoProjectId: projectId } = await startDemoServer());
  await insertUser(server.db, { email: 'outsider@example.org', name: 'Outsider', passwordHash: await hashPassword('password-1234'), canCreateProjects: false });
  outsider = await Client.signedIn(server, { email: 'outsider@example.org', password: 'password-1234' });
});
afterAll(() => server?.close());

describe('the glossary of a language', () => {
  it('a coordinator imports a TBX file; every member reads its terms, with forbidden variants, notes and do-not-translate', async () => {
    const res = await upload(coordinator, TBX);
    expect(res.status).toBe(200);
    expect((await res.json()) as GlossaryImportSummary).toEqual({ format: 'tbx', added: 2, updated: 0, unchanged: 0 });
    const view = await glossary(translator);
    expect(view).toMatchObject({ sourceLang: 'en', targetLang: 'fr', canEdit: false });
    expect(termsOf(view)).toEqual([
      { source: 'cyber-dependent crime', target: 'infraction cyberdépendante', doNotTranslate: false, forbidden: ['cybercrime pur'], note: 'Crimes that can only be committed using a computer.' },
      { source: 'Signal', target: null, doNotTranslate: true, forbidden: [], note: '' },
    ]);
    expect(view.terms[0]!.updatedBy).toBe('Demo Coordinator');
    expect((await glossary(reviewer)).canEdit).toBe(true);
    // Another language's glossary is its own.
    expect((await glossary(coordinator, 'ja')).terms).toEqual([]);
  });

  it('a reviewer adds, changes and deletes a term; whoever changed it last is named', async () => {
    const added = await reviewer.send('POST', api.glossary(projectId, 'fr'), { source: '  prior judicial   authorization ', target: 'autorisation judiciaire préalable', forbidden: ['permission du juge', ''], note: 'Singular.' });
    expect(added.status).toBe(201);
    const term = (await added.json()) as GlossaryEntryView;
    expect(term).toMatchObject({ source: 'prior judicial authorization', forbidden: ['permission du juge'], updatedBy: 'Demo Reviewer' });

    const duplicate = await coordinator.send('POST', api.glossary(projectId, 'fr'), { source: 'Prior Judicial Authorization', target: 'x' });
    expect(duplicate.status).toBe(409);
    expect((await problemOf(duplicate)).code).toBe('glossary.duplicate');

    const changed = await reviewer.json<GlossaryEntryView>('PUT', api.glossaryTerm(projectId, 'fr', term.id), { source: 'prior judicial authorization', target: null, doNotTranslate: true });
    expect(changed).toMatchObject({ target: null, doNotTranslate: true, forbidden: [], note: '' });

    expect((await reviewer.send('DELETE', api.glossaryTerm(projectId, 'fr', term.id))).status).toBe(204);
    expect((await glossary(translator)).terms.map((t) => t.source)).not.toContain('prior judicial authorization');
    expect((await reviewer.send('DELETE', api.glossaryTerm(projectId, 'fr', term.id))).status).toBe(404);
  });

  it('refuses a term without a translation, or with a character that cannot be stored, changing nothing', async () => {
    const before = await everything();
    const empty = await reviewer.send('POST', api.glossary(projectId, 'fr'), { source: 'policy', target: ' ' });
    expect(empty.status).toBe(422);
    expect((await problemOf(empty)).code).toBe('glossary.invalid');
    const control = await reviewer.send('POST', api.glossary(projectId, 'fr'), { source: 'pol\u0001icy', target: 'politique' });
    expect(control.status).toBe(422);
    expect((await problemOf(control)).code).toBe('text.unstorable');
    const lone = await reviewer.send('POST', api.glossary(projectId, 'fr'), { source: 'policy', target: 'politique', note: 'a\uD800b' });
    expect(lone.status).toBe(422);
    expect(await everything()).toBe(before);
  });

  it('lets translators and outsiders change nothing', async () => {
    const before = await everything();
    const [id] = (await glossary(coordinator)).terms.map((t) => t.id);
    const byTranslator = [
      await translator.send('POST', api.glossary(projectId, 'fr'), { source: 'policy', target: 'politique' }),
      await translator.send('PUT', api.glossaryTerm(projectId, 'fr', id!), { source: 'policy', target: 'politique' }),
      await translator.send('DELETE', api.glossaryTerm(projectId, 'fr', id!)),
      await upload(translator, TBX.replace('infraction cyberdépendante', 'autre chose')),
    ];
    expect(byTranslator.map((r) => r.status)).toEqual([403, 403, 403, 403]);
    expect((await outsider.send('GET', api.glossary(projectId, 'fr'))).status).toBe(404);
    expect((await outsider.send('GET', api.glossaryExport(projectId, 'fr'))).status).toBe(404);
    expect((await upload(outsider, TBX)).status).toBe(404);
    expect(await everything()).toBe(before);
  });

  it.each([
    ['malformed XML', '<tbx><text><body><conceptEntry></body></text></tbx>', 400, 'xml.malformed'],
    ['an entity declaration', '<!DOCTYPE tbx [<!ENTITY lol "lol">]><tbx><text/></tbx>', 400, 'xml.dtd-forbidden'],
    ['another root element', '<tmx version="1.4"><body/></tmx>', 400, 'glossary.invalid'],
    ['a language section without a language', TBX.replace('<langSec xml:lang="fr">', '<langSec>'), 400, 'glossary.invalid'],
    ['no term in the language', TBX.replace(/xml:lang="fr"/g, 'xml:lang="de"'), 400, 'glossary.wrong-language'],
    ['a control character XML allows but Tessera does not store (U+0085)', TBX.replace('cybercrime pur', 'cyber\u0085crime pur'), 400, 'glossary.invalid'],
    ['a CSV row without a translation', 'source,target\ncyber-dependent crime,autre\npolicy,\n', 400, 'glossary.invalid'],
    ['a CSV control character', 'source,target\npolicy,poli\u0007tique\n', 400, 'glossary.invalid'],
  ])('refuses a file with %s, and changes nothing', async (_name, text, status, code) => {
    const before = await everything();
    const res = await upload(coordinator, text);
    expect(res.status).toBe(status);
    expect((await problemOf(res)).code).toBe(code);
    expect(await everything()).toBe(before);
  });

  it('refuses a file larger than a glossary may be', async () => {
    const before = await everything();
    const res = await upload(coordinator, 'source,target\n' + 'term,terme\n'.repeat(1_000_000));
    expect(res.status).toBe(413);
    expect(await everything()).toBe(before);
  });

  it('exports TBX and CSV that import back unchanged, into another language too', async () => {
    await coordinator.json('POST', api.glossary(projectId, 'fr'), { source: '=cmd|calc', target: '@SUM(1)', forbidden: ['-x'], note: 'Line one\nline "two", with a comma' });
    const stored = termsOf(await glossary(coordinator));
    for (const format of ['tbx', 'csv'] as const) {
      const res = await translator.send('GET', api.glossaryExport(projectId, 'fr', format));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toContain(`.en-fr.${format}`);
      const file = await res.text();
      if (format === 'csv') expect(file).toContain(`'=cmd|calc,'@SUM(1)`);
      else expect(file).toContain('<tbx type="TBX-Basic" style="dca"');
      const again = (await (await upload(coordinator, file)).json()) as GlossaryImportSummary;
      expect(again).toEqual({ format, added: 0, updated: 0, unchanged: stored.length });
      expect(termsOf(await glossary(coordinator))).toEqual(stored);
    }
    const csv = await (await coordinator.send('GET', api.glossaryExport(projectId, 'fr', 'csv'))).text();
    expect(((await (await upload(coordinator, csv, 'es')).json()) as GlossaryImportSummary).added).toBe(stored.length);
    expect(termsOf(await glossary(coordinator, 'es'))).toEqual(stored);
  });

  it('an import replaces the entry of a term it holds, whatever its case', async () => {
    const summary = (await (await upload(reviewer, 'source,target,forbidden\nCYBER-DEPENDENT CRIME,cyberinfraction,\n')).json()) as GlossaryImportSummary;
    expect(summary).toEqual({ format: 'csv', added: 0, updated: 1, unchanged: 0 });
    const terms = termsOf(await glossary(translator)).filter((t) => t.source.toLowerCase() === 'cyber-dependent crime');
    expect(terms).toEqual([{ source: 'CYBER-DEPENDENT CRIME', target: 'cyberinfraction', doNotTranslate: false, forbidden: [], note: '' }]);
  });
});
