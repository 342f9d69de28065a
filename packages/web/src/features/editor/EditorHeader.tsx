import { useTranslation } from 'react-i18next';
import type { LanguageProgress, LanguageView } from '@tessera/core/contract';
import { Link, paths } from '../../router/index.ts';
import type { Abilities } from '../auth/index.ts';
import { DeadlineLabel } from '../deadlines/index.ts';
import { LiveIndicator, type LiveStatus } from '../live/index.ts';
import { ProgressBar } from '../progress/index.ts';

interface EditorHeaderProps {
  view: LanguageView;
  abilities: Abilities;
  sourceName: string;
  targetName: string;
  progress: LanguageProgress;
  liveStatus: LiveStatus;
}

/** The project and language edited, links to the project's other pages, the deadline, live status and progress. */
export function EditorHeader({ view, abilities, sourceName, targetName, progress, liveStatus }: EditorHeaderProps) {
  const { t } = useTranslation();
  const { project, lang } = view;
  return (
    <header className="editor__header">
      <p className="breadcrumb">
        <Link to={paths.projects()}>{t('editor.backToProjects')}</Link>
      </p>
      <div className="editor__title">
        <h1 dir="auto">{project.name}</h1>
        <div className="actions">
          <Link to={paths.activity(project.id, lang)} className="button button--small">
            {t('activity.open')}
          </Link>
          {abilities.coordinate && (
            <Link to={paths.members(project.id)} className="button button--small">
              {t('members.open')}
            </Link>
          )}
          {abilities.coordinate && (
            <Link to={paths.newRevision(project.id)} className="button button--small">
              {t('revisions.open')}
            </Link>
          )}
        </div>
      </div>
      <p className="editor__language">
        <span>{t('editor.languagePair', { source: sourceName, target: targetName })}</span>
        <DeadlineLabel deadline={view.deadline} done={progress.approved >= progress.total} />
        <LiveIndicator status={liveStatus} />
      </p>
      <ProgressBar progress={progress} />
    </header>
  );
}
