export { SessionProvider, useSession, useUser } from './SessionProvider.tsx';
export { LoginPage } from './LoginPage.tsx';
export { ForgotPasswordPage } from './ForgotPasswordPage.tsx';
export { abilitiesFor, type Abilities } from './permissions.ts';
