export { MembersPage } from './MembersPage.tsx';
export { InvitePage } from './InvitePage.tsx';
export { JoinPage } from './JoinPage.tsx';
export { summarizeMembers, inviteLanguages, ROLES, type MemberSummary } from './roles.ts';
