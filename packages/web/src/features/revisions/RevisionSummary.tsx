import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionSummaryView } from '@tessera/core/contract';
import { useFormat } from '../../i18n/index.ts';
import { TextDiff } from '../../ui/index.ts';
import { StatementCleaning } from '../projects/index.ts';
import { changesNothing, countLines, groupChanges, languageLines, type Change } from './summary.ts';

interface RevisionSummaryProps {
  summary: RevisionSummaryView;
  /** The project's target languages, in its order. */
  langs: readonly string[];
  sourceLang: string;
  sourceDir: 'ltr' | 'rtl';
}

/** What a new version of the source would change: counts, translations per language, each change. */
export function RevisionSummary({ summary, langs, sourceLang, sourceDir }: RevisionSummaryProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const lines = languageLines(summary, langs);
  return (
    <div className="revision-summary">
      <StatementCleaning normalized={summary.normalized} />
      <h3 id={`${id}-counts`}>{t('revisions.summary.sentences')}</h3>
      {changesNothing(summary) && <p className="notice">{t('revisions.summary.noChanges')}</p>}
      <ul className="revision-summary__counts" aria-labelledby={`${id}-counts`}>
        {countLines(summary).map(({ kind, count }) => (
          <li key={kind} data-kind={kind}>
            <strong>{t(`revisions.summary.counts.${kind}`, { count })}</strong>
            <span className="muted"> — {t(`revisions.summary.explain.${kind}`)}</span>
          </li>
        ))}
      </ul>

      <table className="revision-summary__languages">
        <caption>{t('revisions.summary.byLanguage')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('revisions.summary.language')}</th>
            <th scope="col">{t('revisions.summary.translationsKept')}</th>
            <th scope="col">{t('revisions.summary.translationsToReview')}</th>
            <th scope="col">{t('revisions.summary.translationsRetired')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.lang} data-lang={line.lang}>
              <th scope="row">{format.languageName(line.lang)}</th>
              <td>{format.number(line.kept)}</td>
              <td>{format.number(line.toReview)}</td>
              <td>{format.number(line.retired)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {summary.changes.length > 0 && <h3>{t('revisions.summary.changes')}</h3>}
      {groupChanges(summary.changes).map((group) => (
        <details key={group.kind} className="revision-summary__group" data-kind={group.kind} open={group.startsOpen}>
          <summary>{t(`revisions.summary.groups.${group.kind}`, { count: group.changes.length })}</summary>
          <ol className="revision-summary__changes">
            {group.changes.map((change, index) => (
              <li key={index}>
                <ChangeText change={change} lang={sourceLang} dir={sourceDir} />
              </li>
            ))}
          </ol>
        </details>
      ))}
    </div>
  );
}

function ChangeText({ change, lang, dir }: { change: Change; lang: string; dir: 'ltr' | 'rtl' }) {
  return <TextDiff before={change.before ?? ''} after={change.after ?? ''} lang={lang} dir={dir} />;
}
