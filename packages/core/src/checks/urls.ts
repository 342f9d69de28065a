import { defineCheck } from './defineCheck.ts';

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"'“”]+[^\s<>"'“”.,;:!?)\]]/giu;

export const urls = defineCheck({
  id: 'urls',
  name: 'Links and addresses',
  description: 'A web address of the source is missing or changed in the translation.',
  run: ({ sourceText, targetText }) => {
    const missing = (sourceText.match(URL_PATTERN) ?? []).filter((url) => !targetText.includes(url));
    return missing.length ? `Missing or changed: ${missing.join(', ')}` : null;
  },
});
