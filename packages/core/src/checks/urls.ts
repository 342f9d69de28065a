import { defineCheck } from './defineCheck.ts';
import { listed } from './listed.ts';

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"'“”«»]+[^\s<>"'“”«».,;:!?)\]]/giu;

export const urls = defineCheck({
  id: 'urls',
  severity: 'warning',
  description: 'A web address of the source is missing or changed in the translation.',
  run: ({ sourceText, targetText }) => {
    const missing = (sourceText.match(URL_PATTERN) ?? []).filter((url) => !targetText.includes(url));
    return missing.length ? { key: 'missing', values: listed(missing) } : null;
  },
});
