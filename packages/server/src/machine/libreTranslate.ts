import { z } from 'zod';
import { askEngine, engineUrl, type EngineKind } from './engine.ts';

const languages = z.array(z.object({ code: z.string(), targets: z.array(z.string()).optional() }));
const translation = z.object({ translatedText: z.string() });

/** A server that speaks the LibreTranslate API: `GET /languages`, `POST /translate {q, source, target, format}`; ISO 639-1 codes. */
export const libreTranslate: EngineKind = {
  kind: 'libretranslate',
  label: 'LibreTranslate',
  codeStyle: 'iso639-1',
  async askPairs(config, signal) {
    const answer = await askEngine(config, engineUrl(config, 'languages'), {}, languages, signal);
    const codes = answer.map((l) => l.code);
    // A server that lists no targets per language translates between any two of its languages.
    return answer.flatMap((l) => (l.targets ?? codes).filter((t) => t !== l.code).map((target) => ({ source: l.code, target })));
  },
  async translate(config, text, pair, signal) {
    const body = { q: text, source: pair.source, target: pair.target, format: 'text', ...(config.apiKey ? { api_key: config.apiKey } : {}) };
    const answer = await askEngine(config, engineUrl(config, 'translate'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }, translation, signal);
    return answer.translatedText;
  },
};
