import { dropUnstorable, enginePairOf, protectContent, restoreContent, servesPair, type Content, type EnginePair, type GlossaryTerm } from '@tessera/core';
import type { MachineSettingsView, MachineSuggestion } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import { EngineError, type EngineConfig, type MachineEngine } from '../machine/engine.ts';
import { createEngines } from '../machine/registry.ts';
import { allowedEngines, cachedOutput, hasReleasedVersion, keepOutput, setEngineAllowed, type CacheKey } from '../repositories/machine.ts';
import type { ProjectRow } from '../repositories/projects.ts';
import type { Actor } from './actor.ts';
import { ServiceError } from './errors.ts';
import { unitTermsOf } from './glossary.ts';
import { authorize } from './policy.ts';
import { projectOrThrow } from './projects.ts';
import { readableUnit, type MachineOrigin, type UnitAddress } from './translations.ts';

/** How long the pairs an engine listed are trusted, and how long an engine that could not list them is left alone. */
const PAIRS_KEPT_MS = 5 * 60_000;
const DOWN_KEPT_MS = 10_000;

/** An engine's new answer, to keep. */
export interface KeptAnswer {
  key: CacheKey;
  output: string;
}

/** The engine to ask for a project's language, with the pair of its codes; or why there is none. */
export type EngineChoice = { engine: MachineEngine; pair: EnginePair } | { status: 'off' | 'embargo' | 'no-pair' } | { status: 'unavailable'; engine: MachineEngine };

/** A unit's source as the engines see it: the text of its glossary's do-not-translate terms is kept out of their reach. */
export interface MachineSource {
  source: Content;
  /** The glossary terms of the pair found in the source. */
  terms: readonly GlossaryTerm[];
}

/** A place in an engine's lane (`placeInLane`): used once, or given up so that the places after it go on. */
export interface LanePlace {
  /** Runs `work` once the places before this one are done, at the engine's pace. */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Gives the place up (nothing to ask); harmless once used. */
  release(): void;
}

const engineView = (engine: MachineEngine) => ({ id: engine.config.id, name: engine.name });

/**
 * The machine-translation engines of the deployment, as the settings configure them: which one a
 * project may ask for a language, and a unit's suggestion — asked once per engine, pair and text
 * (the answers are kept in the database), never from an engine the project does not allow, and
 * never from an engine outside the deployment while nothing of the project is public.
 */
export class MachineTranslation {
  readonly engines: readonly MachineEngine[];
  private readonly pairs = new Map<string, { pairs: EnginePair[] | null; until: number }>();
  private readonly nextSlot = new Map<string, number>();
  private readonly lanes = new Map<string, Promise<unknown>>();

  constructor(configs: readonly EngineConfig[]) {
    this.engines = createEngines([...configs]);
  }

  /** The pairs an engine serves (asked at most every few minutes); null when it cannot say (down). */
  async pairsOf(engine: MachineEngine): Promise<EnginePair[] | null> {
    const known = this.pairs.get(engine.config.id);
    if (known && known.until > Date.now()) return known.pairs;
    try {
      const pairs = await engine.listPairs();
      this.pairs.set(engine.config.id, { pairs, until: Date.now() + PAIRS_KEPT_MS });
      return pairs;
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      this.pairs.set(engine.config.id, { pairs: null, until: Date.now() + DOWN_KEPT_MS });
      return null;
    }
  }

  /** The engines a project allows, in the deployment's order; engines outside it left out while nothing of the project is public. */
  private async permitted(db: Db, projectId: number): Promise<{ engines: MachineEngine[]; embargoed: boolean }> {
    if (this.engines.length === 0) return { engines: [], embargoed: false };
    const allowed = await allowedEngines(db, projectId);
    const engines = this.engines.filter((e) => allowed.has(e.config.id));
    if (!engines.some((e) => e.config.location === 'external')) return { engines, embargoed: false };
    const embargoed = !(await hasReleasedVersion(db, projectId, new Date().toISOString()));
    return { engines: embargoed ? engines.filter((e) => e.config.location !== 'external') : engines, embargoed };
  }

  /** The first engine the project allows that serves the pair (source language → `lang`). */
  async choose(db: Db, project: ProjectRow, lang: string): Promise<EngineChoice> {
    const { engines, embargoed } = await this.permitted(db, project.id);
    if (engines.length === 0) return { status: embargoed ? 'embargo' : 'off' };
    let down: MachineEngine | undefined;
    for (const engine of engines) {
      const pair = enginePairOf(project.sourceLang, lang, engine.codeStyle);
      if (!pair) continue;
      const pairs = await this.pairsOf(engine);
      if (pairs === null) down ??= engine;
      else if (servesPair(pairs, pair)) return { engine, pair };
    }
    return down ? { status: 'unavailable', engine: down } : { status: 'no-pair' };
  }

  /**
   * Takes the next place in the engine's lane. A pre-translation's requests go one at a time (an
   * engine such as APY answers one request after another faster than several at once), in the order
   * their places were taken (the order the job needs the answers), at most `requestsPerSecond`.
   */
  placeInLane(engine: MachineEngine): LanePlace {
    const id = engine.config.id;
    let choose!: (work: (() => Promise<unknown>) | null) => void;
    const chosen = new Promise<(() => Promise<unknown>) | null>((resolve) => (choose = resolve));
    const turn = (this.lanes.get(id) ?? Promise.resolve()).then(async () => {
      const work = await chosen;
      if (!work) return undefined;
      const wait = (this.nextSlot.get(id) ?? 0) - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      this.nextSlot.set(id, Date.now() + 1000 / engine.config.requestsPerSecond);
      return work();
    });
    this.lanes.set(id, turn.catch(() => undefined));
    return {
      run: <T>(work: () => Promise<T>) => {
        choose(work);
        return turn as Promise<T>;
      },
      release: () => choose(null),
    };
  }

  /**
   * The engine's translation of a unit's source, its codes, URLs, numbers and do-not-translate
   * terms put back; the kept answer when the engine was asked before, else the engine's answer is kept.
   */
  async translate(db: Db, choice: { engine: MachineEngine; pair: EnginePair }, sourceLang: string, unit: MachineSource, options: { place?: LanePlace } = {}): Promise<MachineSuggestion> {
    const { suggestion, fresh } = await this.ask(db, choice, sourceLang, unit, options);
    if (fresh) await keepOutput(db, fresh.key, fresh.output);
    return suggestion;
  }

  /** `translate`, leaving a new answer for the caller to keep (`fresh`: with a write of its own, in one transaction). */
  async ask(db: Db, choice: { engine: MachineEngine; pair: EnginePair }, sourceLang: string, unit: MachineSource, options: { place?: LanePlace } = {}): Promise<{ suggestion: MachineSuggestion; fresh?: KeptAnswer }> {
    const { engine, pair } = choice;
    const protectedText = protectContent(unit.source, unit.terms, sourceLang);
    const key: CacheKey = { engineId: engine.config.id, sourceCode: pair.source, targetCode: pair.target, text: protectedText.text };
    const kept = await cachedOutput(db, key);
    if (kept !== undefined) {
      const restored = restoreContent(kept, protectedText);
      if (restored) return { suggestion: { status: 'ready', engine: engineView(engine), target: restored.content, cached: true } };
    }
    let answer: string;
    try {
      answer = options.place ? await options.place.run(() => engine.translate(protectedText.text, pair)) : await engine.translate(protectedText.text, pair);
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      return { suggestion: { status: 'unavailable', engine: engineView(engine), reason: error.reason } };
    }
    // Characters no export can carry (controls, half a surrogate pair) never reach a draft or the kept answers.
    const output = dropUnstorable(answer).text;
    const restored = restoreContent(output, protectedText);
    if (!restored || (output.trim() === '' && protectedText.text.trim() !== '')) return { suggestion: { status: 'unavailable', engine: engineView(engine), reason: 'garbage' } };
    return { suggestion: { status: 'ready', engine: engineView(engine), target: restored.content, cached: false }, fresh: { key, output } };
  }

  /**
   * The engine whose kept answer for this unit is `target`, if one is: what marks a translation
   * saved from a suggestion unchanged. Reads the database only (a save never waits on an engine).
   */
  async keptOrigin(db: Db, project: ProjectRow, lang: string, unit: MachineSource, target: Content): Promise<MachineEngine | null> {
    const allowed = await allowedEngines(db, project.id);
    const wanted = JSON.stringify(target);
    const protectedText = protectContent(unit.source, unit.terms, project.sourceLang);
    for (const engine of this.engines.filter((e) => allowed.has(e.config.id))) {
      const pair = enginePairOf(project.sourceLang, lang, engine.codeStyle);
      if (!pair) continue;
      const kept = await cachedOutput(db, { engineId: engine.config.id, sourceCode: pair.source, targetCode: pair.target, text: protectedText.text });
      const restored = kept === undefined ? null : restoreContent(kept, protectedText);
      if (restored && JSON.stringify(restored.content) === wanted) return engine;
    }
    return null;
  }
}

/** The glossary terms of each source in the pair (project's source language → `lang`). */
export async function machineSourcesOf(db: Db, project: ProjectRow, lang: string): Promise<(source: Content) => MachineSource> {
  const termsOf = await unitTermsOf(db, { projectId: project.id, sourceLang: project.sourceLang, targetLang: lang });
  return (source) => ({ source, terms: termsOf(source) });
}

/** Which engine's kept suggestion a saved text is (the name the editor shows), if any. */
export function machineOriginOf(db: Db, machine: MachineTranslation): MachineOrigin {
  return async (project, lang, unit, target) => {
    const sources = await machineSourcesOf(db, project, lang);
    return (await machine.keptOrigin(db, project, lang, sources(unit.source), target))?.name ?? null;
  };
}

/** The machine suggestion for a unit as the editor shows it, or why there is none. */
export async function machineSuggestionFor(db: Db, machine: MachineTranslation, actor: Actor, at: UnitAddress): Promise<MachineSuggestion> {
  const { project, unit } = await readableUnit(db, actor, at);
  if (!unit.translate) return { status: 'not-translatable' };
  const choice = await machine.choose(db, project, at.lang);
  if ('status' in choice) return choice.status === 'unavailable' ? { status: 'unavailable', engine: engineView(choice.engine), reason: 'unavailable' } : { status: choice.status };
  return machine.translate(db, choice, project.sourceLang, (await machineSourcesOf(db, project, at.lang))(unit.source));
}

async function settingsView(db: Db, machine: MachineTranslation, projectId: number): Promise<MachineSettingsView> {
  const [allowed, released] = await Promise.all([allowedEngines(db, projectId), hasReleasedVersion(db, projectId, new Date().toISOString())]);
  return {
    embargoed: !released,
    engines: machine.engines.map((e) => ({ ...engineView(e), kind: e.config.kind, location: e.config.location, allowed: allowed.has(e.config.id) })),
  };
}

/** The engines of the server and which ones the project allows (its coordinators). */
export async function machineSettings(db: Db, machine: MachineTranslation, actor: Actor, projectId: number): Promise<MachineSettingsView> {
  const project = await projectOrThrow(db, projectId);
  await authorize(db, actor, project.id, { do: 'coordinate' });
  return settingsView(db, machine, project.id);
}

/** A coordinator allows an engine to translate the project's text, or no longer. */
export async function setMachineEngine(db: Db, machine: MachineTranslation, actor: Actor, at: { projectId: number; engineId: string }, allowed: boolean): Promise<MachineSettingsView> {
  const project = await projectOrThrow(db, at.projectId);
  await authorize(db, actor, project.id, { do: 'coordinate' });
  if (!machine.engines.some((e) => e.config.id === at.engineId)) throw new ServiceError(404, 'machine.engine-not-found', 'The server has no such machine-translation engine.');
  await setEngineAllowed(db, project.id, at.engineId, allowed, actor.kind === 'user' ? actor.user.id : null);
  return settingsView(db, machine, project.id);
}
