import type { Content } from '../model/document.ts';
import type { TranslationState } from '../model/states.ts';

/** One unit as a language's release looks at it: its source, its translation into the language and that translation's state. */
export interface LanguageUnit {
  id: number;
  source: Content;
  /** False for do-not-translate units: they publish as they are and never block. */
  translate: boolean;
  target: Content;
  state: TranslationState;
}
