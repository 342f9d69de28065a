import { useTranslation } from 'react-i18next';
import type { PublicationGateView } from '@tessera/core/contract';
import { Link, paths } from '../../router/index.ts';
import { useQaText } from '../qa/index.ts';

interface PublicationGateProps {
  projectId: number;
  lang: string;
  gate: PublicationGateView;
}

/** Whether the language may be published, and else how many units are in the way and the first of them, each linked to its place in the editor. */
export function PublicationGate({ projectId, lang, gate }: PublicationGateProps) {
  const { t } = useTranslation();
  const qa = useQaText();
  if (gate.publishable) return <p className="publication__gate publication__gate--ready">{t('publication.ready')}</p>;
  return (
    <div className="publication__gate">
      <p>{t('publication.blocked', { count: gate.blocked })}</p>
      <ul className="publication__blockers">
        {gate.blockers.map((blocker) => (
          <li key={blocker.unitId}>
            {/* The statement's text keeps its own direction inside the interface's (an English sentence in an Arabic page). */}
            <Link to={paths.unit(projectId, lang, blocker.unitId)} dir="auto">
              {blocker.source}
            </Link>{' '}
            <span className="muted">
              {blocker.reason === 'qa'
                ? t('publication.blockerQa', { checks: blocker.findings.map((finding) => qa.message(finding)).join(' ') })
                : t('publication.blockerNotApproved', { state: t(`states.${blocker.state}`) })}
            </span>
          </li>
        ))}
      </ul>
      {gate.blocked > gate.blockers.length && <p className="muted">{t('publication.moreBlockers', { count: gate.blocked - gate.blockers.length })}</p>}
    </div>
  );
}
