import { z } from 'zod';
import { askEngine, engineUrl, type EngineKind } from './engine.ts';

const pairList = z.object({ responseData: z.array(z.object({ sourceLanguage: z.string(), targetLanguage: z.string() })) });
const translation = z.object({ responseData: z.object({ translatedText: z.string() }) });

/** Apertium's HTTP server, APY (`apertium-apy`): `GET /listPairs`, `GET /translate?langpair=eng|spa&q=…`; ISO 639-3 codes. */
export const apertiumApy: EngineKind = {
  kind: 'apertium-apy',
  label: 'Apertium',
  codeStyle: 'iso639-3',
  async askPairs(config, signal) {
    const answer = await askEngine(config, engineUrl(config, 'listPairs'), {}, pairList, signal);
    return answer.responseData.map((p) => ({ source: p.sourceLanguage, target: p.targetLanguage }));
  },
  async translate(config, text, pair, signal) {
    // markUnknown=no: words the dictionaries lack come back as they are, without Apertium's `*`.
    const query = { langpair: `${pair.source}|${pair.target}`, q: text, markUnknown: 'no' };
    const answer = await askEngine(config, engineUrl(config, 'translate'), { method: 'POST', body: new URLSearchParams(query) }, translation, signal);
    return answer.responseData.translatedText;
  },
};
