import { api, type EditorUnit, type HistoryEvent, type LanguageView, type ProjectSummary } from '@tessera/core/contract';
import { Client } from './harness.ts';

/** Saves running in parallel against a server, and what the server acknowledged (2xx) of them, in order. */
export interface SaveLoad {
  projectId: number;
  acknowledged: EditorUnit[];
  /** Waits until `count` saves have been acknowledged. */
  reach(count: number): Promise<void>;
  /** Ends the load (each client finishes its save in flight) and resolves when every client has stopped. */
  stop(): Promise<void>;
}

/**
 * `clients` translators of the demo project (signed in as `account`) save, each in a loop on its
 * own unit of `lang`, until stopped or until the server is gone (a refused connection ends a
 * client's loop). A stale save takes the current revision and goes on.
 */
export async function startSaves(server: { url: string }, account: { email: string; password: string }, clients = 8, lang = 'ja'): Promise<SaveLoad> {
  const signedIn = await Promise.all(Array.from({ length: clients }, () => Client.signedIn(server, account)));
  const projectId = (await signedIn[0]!.json<ProjectSummary[]>('GET', api.projects()))[0]!.id;
  const units = (await signedIn[0]!.json<LanguageView>('GET', api.language(projectId, lang))).units.filter((u) => u.translate);
  const acknowledged: EditorUnit[] = [];
  let stopping = false;
  const loops = signedIn.map(async (client, c) => {
    const unit = units[c % units.length]!;
    let revision = unit.revision;
    for (let k = 0; !stopping; k++) {
      try {
        const res = await client.send('PUT', api.translation(projectId, lang, unit.id), { target: [`c${c} k${k}`], baseRevision: revision });
        const body = (await res.json()) as EditorUnit & { current?: EditorUnit };
        if (res.status === 200) {
          acknowledged.push(body);
          revision = body.revision;
        } else if (body.current) revision = body.current.revision;
        else return; // the server refuses (shutting down): this client is done
      } catch {
        return; // the connection died with the server
      }
    }
  });
  return {
    projectId,
    acknowledged,
    async reach(count) {
      const deadline = Date.now() + 60_000;
      while (acknowledged.length < count) {
        if (Date.now() > deadline) throw new Error(`only ${acknowledged.length} of ${count} saves acknowledged within a minute`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    async stop() {
      stopping = true;
      await Promise.all(loops);
    },
  };
}

/** Acknowledged saves that the server at `server` no longer has in its history (empty when it kept every one). */
export async function missingSaves(server: { url: string }, account: { email: string; password: string }, projectId: number, saves: readonly EditorUnit[], lang = 'ja'): Promise<EditorUnit[]> {
  const reader = await Client.signedIn(server, account);
  const missing: EditorUnit[] = [];
  for (const unitId of new Set(saves.map((u) => u.id))) {
    const history = await reader.json<HistoryEvent[]>('GET', api.history(projectId, lang, unitId));
    const kept = new Set(history.map((e) => JSON.stringify(e.targetAfter)));
    missing.push(...saves.filter((u) => u.id === unitId && !kept.has(JSON.stringify(u.target))));
  }
  return missing;
}
