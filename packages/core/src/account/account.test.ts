import { describe, expect, it } from 'vitest';
import { creditsWithErasedNames } from './frozenCredits.ts';
import { projectsLeftWithoutCoordinator } from './lastCoordinator.ts';

describe('projectsLeftWithoutCoordinator', () => {
  it('names, sorted, the projects whose only coordinator this is', () => {
    const projects = [
      { projectId: 1, name: 'Statement B', coordinators: 1 },
      { projectId: 2, name: 'Shared', coordinators: 2 },
      { projectId: 3, name: 'Statement A', coordinators: 1 },
    ];
    expect(projectsLeftWithoutCoordinator(projects)).toEqual(['Statement A', 'Statement B']);
    expect(projectsLeftWithoutCoordinator([{ projectId: 2, name: 'Shared', coordinators: 2 }])).toEqual([]);
  });
});

describe('creditsWithErasedNames', () => {
  const credits = [
    { name: 'Ana', roles: ['translator'] },
    { name: 'Bo', roles: ['reviewer'] },
  ];
  it('replaces only the erased names, keeping order and roles', () => {
    expect(creditsWithErasedNames(credits, new Set(['Bo']), 'former volunteer')).toEqual([
      { name: 'Ana', roles: ['translator'] },
      { name: 'former volunteer', roles: ['reviewer'] },
    ]);
  });
  it('says when there is nothing to change', () => {
    expect(creditsWithErasedNames(credits, new Set(['Cy']), 'former volunteer')).toBeNull();
  });
});
