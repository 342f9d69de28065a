export { RevisionPage } from './RevisionPage.tsx';
