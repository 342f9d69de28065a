import { defineCheck } from './defineCheck.ts';
import { listed } from './listed.ts';

const normalized = (text: string) => text.trim().replace(/\s+/gu, ' ');

export const inconsistent = defineCheck({
  id: 'inconsistent',
  severity: 'warning',
  description: 'The same source text is translated otherwise in another approved unit of the language.',
  run: ({ targetText, sameSource }) => {
    const mine = normalized(targetText);
    const others = sameSource.map(normalized).filter((other) => other !== '' && other !== mine);
    return others.length ? { key: 'different', values: listed(others) } : null;
  },
});
