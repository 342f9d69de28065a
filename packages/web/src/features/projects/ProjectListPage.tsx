import { useTranslation } from 'react-i18next';
import { mayCoordinate, mayOnLanguage } from '@tessera/core';
import { client, useResource, type ListedProject } from '../../api/index.ts';
import { useFormat } from '../../i18n/index.ts';
import { Link, paths } from '../../router/index.ts';
import { ErrorFor, Loading } from '../../ui/index.ts';
import { useUser } from '../auth/index.ts';
import { DeadlineLabel } from '../deadlines/index.ts';
import { ProgressBar } from '../progress/index.ts';

export function ProjectListPage() {
  const { t } = useTranslation();
  const user = useUser();
  const projects = useResource('projects', (signal) => client.projects(signal));

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
    </main>
  );
}

/**
 * Each language's deadline. The project list carries it when the server sends it; otherwise it is
 * read from the language views the user may open (the contract's project summary has no deadline).
 */
function useDeadlines(project: ListedProject): (lang: string) => string | null | undefined {
  const missing = project.languages
    .filter((l) => l.deadline === undefined && mayOnLanguage(project.memberships, 'read', l.lang))
    .map((l) => l.lang);
  const views = useResource(`deadlines:${project.id}:${missing.join(',')}`, async (signal) => {
    const entries = await Promise.all(
      missing.map(async (lang) => {
        try {
          return [lang, (await client.language(project.id, lang, signal)).deadline] as const;
        } catch {
          return [lang, undefined] as const;
        }
      }),
    );
    return new Map<string, string | null | undefined>(entries);
  });
  return (lang) => project.languages.find((l) => l.lang === lang)?.deadline ?? views.data?.get(lang);
}

function ProjectCard({ project }: { project: ListedProject }) {
  const { t } = useTranslation();
  const format = useFormat();
  const deadlineOf = useDeadlines(project);
  return (
    <li className="card project" data-project-id={project.id}>
      <div className="project__heading">
        <h2>{project.name}</h2>
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
      <h3 className="visually-hidden">{t('projects.languages')}</h3>
      <ul className="project__languages">
        {project.languages.map((progress) => {
          const language = format.languageName(progress.lang);
          return (
            <li key={progress.lang} className="project__language" data-lang={progress.lang}>
              <span className="project__language-name">
                {language} <span className="muted">({progress.lang})</span>
                <DeadlineLabel deadline={deadlineOf(progress.lang)} done={progress.total > 0 && progress.approved >= progress.total} />
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
