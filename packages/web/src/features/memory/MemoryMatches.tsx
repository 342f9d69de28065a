import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { contentText, EXACT_SCORE, type Content } from '@tessera/core';
import type { EditorUnit, MemoryMatch } from '@tessera/core/contract';
import { client, useResource } from '../../api/index.ts';
import { SourceText } from '../../content/index.ts';
import { useFormat } from '../../i18n/index.ts';
import { ErrorFor, TextDiff } from '../../ui/index.ts';

/** A language and its direction. */
interface Script {
  lang: string;
  dir: 'ltr' | 'rtl';
}

interface MemoryMatchesProps {
  projectId: number;
  /** The unit being edited: matches are for its source (and loaded again when it changes). */
  unit: EditorUnit;
  source: Script;
  target: Script;
  /** The translator chose a match: put its translation in the box. */
  onUse: (target: Content) => void;
}

/**
 * The translation memory's matches for the unit being edited, context matches first, then 100%,
 * then fuzzy: each with its kind and score, where and when it came from, how its source differs
 * from this one, and a button that puts it in the translation box (the server has given it this
 * unit's inline codes). Nothing at all is shown while loading or when the memory has nothing close.
 */
export function MemoryMatches({ projectId, unit, source, target, onUse }: MemoryMatchesProps) {
  const { t } = useTranslation();
  const id = useId();
  const { lang } = target;
  const unitId = unit.id;
  const sourceText = contentText(unit.source);
  const matches = useResource(`memory:${projectId}:${lang}:${unitId}:${sourceText}`, (signal) => client.memoryMatches({ params: { projectId, lang, unitId }, signal }));
  if (matches.error !== null) return <ErrorFor error={matches.error} onRetry={matches.reload} />;
  if (!matches.data || matches.data.length === 0) return null;
  return (
    <section className="memory-matches" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="memory-matches__title">
        {t('memoryMatches.title', { count: matches.data.length })}
      </h3>
      <ul className="memory-matches__list">
        {matches.data.map((match, index) => (
          <MatchItem key={index} match={match} sourceText={sourceText} source={source} target={target} onUse={onUse} />
        ))}
      </ul>
    </section>
  );
}

interface MatchItemProps {
  match: MemoryMatch;
  sourceText: string;
  source: Script;
  target: Script;
  onUse: (target: Content) => void;
}

function MatchItem({ match, sourceText, source, target, onUse }: MatchItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const score = t('memoryMatches.score', { score: match.score / 100 });
  const from = { name: match.origin.name, date: format.date(match.createdAt) };
  const origin = match.origin.kind === 'file' ? t('memoryMatches.fromFile', from) : t('memoryMatches.fromProject', from);
  return (
    <li className="memory-match" data-score={match.score} data-kind={match.kind}>
      <p className="memory-match__meta">
        <span className="memory-match__kind">{t(`memoryMatches.kinds.${match.kind}`)}</span>
        <span className={`memory-match__score${match.score === EXACT_SCORE ? ' memory-match__score--exact' : ''}`}>{score}</span>
        <span className="muted">{origin}</span>
      </p>
      {match.score < EXACT_SCORE && (
        <p className="memory-match__source">
          <span className="visually-hidden">{t('memoryMatches.differences')} </span>
          <TextDiff before={contentText(match.source)} after={sourceText} lang={source.lang} dir={source.dir} />
        </p>
      )}
      <p className="memory-match__target" lang={target.lang} dir={target.dir}>
        <SourceText content={match.target} />
      </p>
      <button type="button" className="button button--small" data-shortcut="match" aria-label={t('memoryMatches.useLabel', { score })} onClick={() => onUse(match.target)}>
        {t('memoryMatches.use')}
      </button>
    </li>
  );
}
