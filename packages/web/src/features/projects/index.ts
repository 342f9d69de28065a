export { ProjectListPage } from './ProjectListPage.tsx';
export { NewProjectPage } from './NewProjectPage.tsx';
export { MAX_FILE_BYTES, readStatementFile, statementFileMessage, type StatementFileProblem } from './statementFile.ts';
