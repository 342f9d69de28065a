import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { LoginRequest, SessionView, UserView } from '@tessera/core/contract';
import { client, onUnauthorized } from '../../api/index.ts';
import { changeUiLanguage, isUiLanguage } from '../../i18n/index.ts';
import { navigate, paths } from '../../router/index.ts';

type SessionState = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; user: UserView | null };

interface Session {
  state: SessionState;
  /** Signs in; resolves to the user, or null when the server did not accept the credentials. */
  signIn(credentials: LoginRequest): Promise<UserView | null>;
  signOut(): Promise<void>;
  /** Takes up a session the server began or kept (an accepted invitation, a confirmed request to join, a setup or password link); resolves to its user. */
  adopt(session: Promise<SessionView>): Promise<UserView | null>;
  /** The signed-in user's account changed (a new e-mail address). */
  userChanged(user: UserView): void;
  /** The account was erased: nobody is signed in any more. */
  accountDeleted(): void;
  reload(): void;
}

const SessionContext = createContext<Session | null>(null);

/** Loads the session once, and keeps the signed-in user for every page. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    client.getSession().then(
      (session) => setState({ status: 'ready', user: session.user }),
      (error: unknown) => setState({ status: 'failed', error }),
    );
  }, []);

  useEffect(reload, [reload]);
  // A 401 from any request means the session ended (expired, or signed out in another tab).
  useEffect(() => onUnauthorized(() => setState({ status: 'ready', user: null })), []);

  const value = useMemo<Session>(
    () => ({
      state,
      reload,
      async signIn(credentials) {
        const session = await client.signIn({ body: credentials });
        setState({ status: 'ready', user: session.user });
        // The interface language kept with the account follows it to this browser.
        if (session.user) void client.mailPreferences().then(({ uiLang }) => isUiLanguage(uiLang) && changeUiLanguage(uiLang), () => undefined);
        return session.user;
      },
      async adopt(pending) {
        const session = await pending;
        setState({ status: 'ready', user: session.user });
        return session.user;
      },
      userChanged(user) {
        setState({ status: 'ready', user });
      },
      accountDeleted() {
        setState({ status: 'ready', user: null });
        navigate(paths.login(), { force: true });
        void client.getSession().catch(() => undefined);
      },
      async signOut() {
        await client.signOut();
        // Both in one render, so no page sees a signed-out user at its own address.
        setState({ status: 'ready', user: null });
        navigate(paths.login(), { force: true });
        // A fresh CSRF token for the next sign-in.
        await client.getSession().catch(() => undefined);
      },
    }),
    [state, reload],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() needs a <SessionProvider> above it.');
  return session;
}

/** The signed-in user; only for pages that are shown to signed-in users. */
export function useUser(): UserView {
  const { state } = useSession();
  if (state.status !== 'ready' || !state.user) throw new Error('useUser() outside a signed-in page.');
  return state.user;
}
