/** One coordinator's role in a project, and how many coordinators the project has. */
export interface CoordinatedProject {
  projectId: number;
  name: string;
  coordinators: number;
}

/**
 * The projects a person may not leave: those they alone coordinate (nobody could manage them
 * afterwards). Empty when they may go.
 */
export function projectsLeftWithoutCoordinator(coordinated: readonly CoordinatedProject[]): string[] {
  return coordinated
    .filter((p) => p.coordinators <= 1)
    .map((p) => p.name)
    .sort((a, b) => a.localeCompare(b));
}
