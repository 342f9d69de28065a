export { AccountPage } from './AccountPage.tsx';
export { ResetPasswordPage, SetupPage } from './LinkPages.tsx';
