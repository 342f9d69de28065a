export { SessionProvider, useSession, useUser } from './SessionProvider.tsx';
export { LoginPage } from './LoginPage.tsx';
export { abilitiesFor, rolesFor, type Abilities } from './permissions.ts';
