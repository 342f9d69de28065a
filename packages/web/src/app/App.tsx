import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorPage } from '../features/editor/index.ts';
import { ForgotPasswordPage, LoginPage, useSession } from '../features/auth/index.ts';
import { MailPreferencesPage } from '../features/mail-preferences/index.ts';
import { AccountPage, ResetPasswordPage, SetupPage } from '../features/account/index.ts';
import { ActivityPage } from '../features/activity/index.ts';
import { InvitePage, JoinPage, MembersPage } from '../features/members/index.ts';
import { NewProjectPage, ProjectListPage } from '../features/projects/index.ts';
import { RevisionPage } from '../features/revisions/index.ts';
import { isOpenToVisitors, Link, matchRoute, navigate, paths, useLocation, type Route } from '../router/index.ts';
import { ErrorFor, Loading } from '../ui/index.ts';
import { Header } from './Header.tsx';

export function App() {
  const { pathname, search } = useLocation();
  const route = matchRoute(pathname, search);
  const { state, reload } = useSession();
  const signedIn = state.status === 'ready' && state.user !== null;
  const signedOut = state.status === 'ready' && state.user === null;

  // Signed-out users go to the sign-in page (and come back afterwards); signed-in ones have no use for it.
  // Invitations, the confirmation of a request to join, setup and password links and “Forgot your password?” are for signed-out visitors too.
  const redirect =
    signedOut && !isOpenToVisitors(route)
      ? paths.login(pathname + search)
      : signedIn && route.name === 'login'
        ? (route.next ?? paths.projects())
        : signedIn && route.name === 'forgotPassword'
          ? paths.projects()
          : null;
  useEffect(() => {
    if (redirect) navigate(redirect, { replace: true, force: true });
  }, [redirect]);

  return (
    <>
      <Header />
      {state.status === 'failed' ? (
        <main id="main" className="page">
          <ErrorFor error={state.error} onRetry={reload} />
        </main>
      ) : state.status === 'loading' || redirect ? (
        <main id="main" className="page">
          <Loading />
        </main>
      ) : (
        <Page route={route} />
      )}
    </>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'login':
      return <LoginPage next={route.next} />;
    case 'forgotPassword':
      return <ForgotPasswordPage />;
    case 'preferences':
      return <MailPreferencesPage />;
    case 'projects':
      return <ProjectListPage />;
    case 'newProject':
      return <NewProjectPage />;
    case 'editor':
      return <EditorPage key={`${route.projectId}/${route.lang}`} projectId={route.projectId} lang={route.lang} />;
    case 'newRevision':
      return <RevisionPage key={route.projectId} projectId={route.projectId} />;
    case 'members':
      return <MembersPage key={route.projectId} projectId={route.projectId} />;
    case 'activity':
      return <ActivityPage key={`${route.projectId}/${route.lang}`} projectId={route.projectId} lang={route.lang} />;
    case 'invite':
      return <InvitePage key={route.token} token={route.token} />;
    case 'join':
      return <JoinPage key={route.token} token={route.token} />;
    case 'account':
      return <AccountPage />;
    case 'setup':
      return <SetupPage key={route.token} token={route.token} />;
    case 'resetPassword':
      return <ResetPasswordPage key={route.token} token={route.token} />;
    case 'notFound':
      return <NotFound />;
  }
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <main id="main" className="page page--narrow">
      <h1>{t('app.notFound.title')}</h1>
      <p>{t('app.notFound.body')}</p>
      <p>
        <Link to={paths.projects()}>{t('app.notFound.back')}</Link>
      </p>
    </main>
  );
}
