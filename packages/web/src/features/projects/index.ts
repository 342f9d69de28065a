export { ProjectListPage } from './ProjectListPage.tsx';
export { NewProjectPage } from './NewProjectPage.tsx';
export { SourceFormatSelect } from './SourceFormatSelect.tsx';
export {
  MAX_FILE_BYTES,
  readSourceFile,
  readStatementFile,
  statementFileMessage,
  type SourceFile,
  type StatementFileProblem,
} from './statementFile.ts';
export { SOURCE_FILE_ACCEPT, formatOfFileName, bytesToBase64, type SourceFormat } from './sourceFormat.ts';
export { useCoordinatedProject } from './useCoordinatedProject.tsx';
export { StatementFields, useStatementInput, type Message, type Statement, type StatementInput } from './StatementFields.tsx';
export { StatementCleaning } from './StatementCleaning.tsx';
