export { MembersPage } from './MembersPage.tsx';
export { InvitePage } from './InvitePage.tsx';
export { summarizeMembers, inviteLanguages, ROLES, type MemberSummary } from './roles.ts';
