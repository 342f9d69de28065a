import { useTranslation } from 'react-i18next';
import { mayCoordinate } from '@tessera/core';
import type { ProjectSummary } from '@tessera/core/contract';
import { client, useResource } from '../../api/index.ts';
import { useFormat } from '../../i18n/index.ts';
import { Link, paths } from '../../router/index.ts';
import { ErrorFor, Loading } from '../../ui/index.ts';
import { useUser } from '../auth/index.ts';
import { DeadlineLabel } from '../deadlines/index.ts';
import { MemoryImport } from '../exchange/index.ts';
import { MemoryOffer } from '../memory/index.ts';
import { ProgressBar } from '../progress/index.ts';

export function ProjectListPage() {
  const { t } = useTranslation();
  const user = useUser();
  const projects = useResource('projects', (signal) => client.listProjects({ signal }));

  return (
    <main id="main" className="page">
      <div className="page__heading">
        <h1>{t('projects.title')}</h1>
        {user.canCreateProjects && (
          <Link to={paths.newProject()} className="button button--primary">
            {t('projects.newProject')}
          </Link>
        )}
      </div>
      {projects.error !== null && <ErrorFor error={projects.error} onRetry={projects.reload} />}
      {projects.data === undefined ? (
        projects.loading && <Loading />
      ) : projects.data.length === 0 ? (
        <p className="empty">{user.canCreateProjects ? t('projects.emptyCanCreate') : t('projects.empty')}</p>
      ) : (
        <ul className="project-list">
          {projects.data.map((project) => (
            <ProjectCard key={project.id} project={project} />
          ))}
        </ul>
      )}
      {user.canCreateProjects && <MemoryImport />}
    </main>
  );
}

function ProjectCard({ project }: { project: ProjectSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li className="card project" data-project-id={project.id}>
      <div className="project__heading">
        <h2 dir="auto">{project.name}</h2>
        {mayCoordinate(project.memberships) && (
          <div className="actions">
            <Link to={paths.members(project.id)} className="button button--small">
              {t('members.open')}
            </Link>
            <Link to={paths.newRevision(project.id)} className="button button--small">
              {t('revisions.open')}
            </Link>
          </div>
        )}
      </div>
      <p className="muted">
        {t('projects.sourceLanguage', { language: format.languageName(project.sourceLang) })}
        {' · '}
        {t('projects.createdAt', { date: format.date(project.createdAt) })}
      </p>
      {mayCoordinate(project.memberships) && <MemoryOffer projectId={project.id} inMemory={project.inMemory} />}
      <h3 className="visually-hidden">{t('projects.languages')}</h3>
      <ul className="project__languages">
        {project.languages.map((progress) => {
          const language = format.languageName(progress.lang);
          return (
            <li key={progress.lang} className="project__language" data-lang={progress.lang}>
              <span className="project__language-name">
                {language} <span className="muted">({progress.lang})</span>
                <DeadlineLabel deadline={progress.deadline} done={progress.total > 0 && progress.approved >= progress.total} />
              </span>
              <ProgressBar progress={progress} label={language} />
              <Link to={paths.editor(project.id, progress.lang)} className="button">
                {t('projects.open')}
              </Link>
            </li>
          );
        })}
      </ul>
    </li>
  );
}
