import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { mayCoordinate } from '@tessera/core';
import type { ProjectSummary } from '@tessera/core/contract';
import { client, useResource } from '../../api/index.ts';
import { ErrorFor, ErrorNotice, Loading } from '../../ui/index.ts';

/**
 * A project for a coordinator's page: the project once it is loaded and the user coordinates it,
 * or else what to show instead (loading, an error, or `notAllowed`).
 */
export function useCoordinatedProject(
  projectId: number,
  notAllowed: string,
): { project: ProjectSummary; reload: () => void; instead: null } | { project: null; reload: () => void; instead: ReactNode } {
  const { t } = useTranslation();
  const projects = useResource('projects', (signal) => client.listProjects({ signal }));
  const project = projects.data?.find((p) => p.id === projectId);
  const reload = projects.reload;
  if (projects.data === undefined) {
    return { project: null, reload, instead: projects.error !== null ? <ErrorFor error={projects.error} onRetry={reload} /> : <Loading /> };
  }
  if (!project) return { project: null, reload, instead: <ErrorNotice message={t('errors.project.not-found')} /> };
  if (!mayCoordinate(project.memberships)) return { project: null, reload, instead: <p className="notice">{notAllowed}</p> };
  return { project, reload, instead: null };
}
