export { ProjectListPage } from './ProjectListPage.tsx';
export { NewProjectPage } from './NewProjectPage.tsx';
