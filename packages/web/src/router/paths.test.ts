import { describe, expect, it } from 'vitest';
import { pages } from '@tessera/core/contract';
import { isOpenToVisitors, isServerPage, matchRoute, paths, splitLocation, unitOfHash } from './paths.ts';

describe('routes', () => {
  it('reads every page of the app back from its address', () => {
    expect(matchRoute(paths.projects(), '')).toEqual({ name: 'projects' });
    expect(matchRoute(paths.editor(3, 'pt-BR'), '')).toEqual({ name: 'editor', projectId: 3, lang: 'pt-BR' });
    expect(matchRoute(paths.members(3), '')).toEqual({ name: 'members', projectId: 3 });
    expect(matchRoute(paths.activity(3, 'ja'), '')).toEqual({ name: 'activity', projectId: 3, lang: 'ja' });
    expect(matchRoute(paths.invite('abc_DEF-123'), '')).toEqual({ name: 'invite', token: 'abc_DEF-123' });
    expect(matchRoute(paths.join('abc_DEF-123'), '')).toEqual({ name: 'join', token: 'abc_DEF-123' });
    expect(matchRoute(paths.newRevision(3), '')).toEqual({ name: 'newRevision', projectId: 3 });
    expect(matchRoute(paths.forgotPassword(), '')).toEqual({ name: 'forgotPassword' });
    expect(matchRoute(paths.preferences(), '')).toEqual({ name: 'preferences' });
    expect(matchRoute('/projects/3/ja/elsewhere', '')).toEqual({ name: 'notFound' });
  });

  it('opens My account, and the setup and password links as the server writes them (/setup/<token>, /reset-password/<token>)', () => {
    expect(matchRoute(paths.account(), '')).toEqual({ name: 'account' });
    expect(matchRoute('/setup/Ab_9-x', '')).toEqual({ name: 'setup', token: 'Ab_9-x' });
    expect(matchRoute('/reset-password/Ab_9-x', '')).toEqual({ name: 'resetPassword', token: 'Ab_9-x' });
    expect(paths.setup('Ab_9-x')).toBe('/setup/Ab_9-x');
    expect(paths.resetPassword('Ab_9-x')).toBe('/reset-password/Ab_9-x');
    expect(['setup', 'resetPassword', 'invite', 'join', 'login', 'forgotPassword'].every((name) => isOpenToVisitors({ name } as Parameters<typeof isOpenToVisitors>[0]))).toBe(true);
    expect(isOpenToVisitors({ name: 'account' })).toBe(false);
  });

  it('brings a signed-out visitor back to an invitation after signing in', () => {
    const login = splitLocation(paths.login(paths.invite('tok')));
    expect(matchRoute(login.pathname, login.search)).toEqual({ name: 'login', next: '/invite/tok' });
  });

  it('brings a signed-out visitor of a members’ preview back to it, by a full page load, after signing in', () => {
    const login = splitLocation(pages.signIn(pages.preview(3, 'ja')));
    expect(matchRoute(login.pathname, login.search)).toEqual({ name: 'login', next: '/publications/3/ja?preview=1' });
    expect(isServerPage('/publications/3/ja?preview=1')).toBe(true);
    expect(isServerPage(paths.editor(3, 'ja'))).toBe(false);
  });

  it('points at one unit of the editor with a fragment', () => {
    const location = splitLocation(paths.unit(3, 'ja', 42));
    expect(location).toEqual({ pathname: '/projects/3/ja', search: '', hash: '#unit-42' });
    expect(matchRoute(location.pathname, location.search)).toEqual({ name: 'editor', projectId: 3, lang: 'ja' });
    expect(unitOfHash(location.hash)).toBe(42);
    expect(unitOfHash('#main')).toBeNull();
    expect(unitOfHash('')).toBeNull();
  });

  it('splits a location into path, query and fragment', () => {
    expect(splitLocation('/login?next=%2F#x')).toEqual({ pathname: '/login', search: '?next=%2F', hash: '#x' });
    expect(splitLocation('/a#b?c')).toEqual({ pathname: '/a', search: '', hash: '#b?c' });
  });
});
