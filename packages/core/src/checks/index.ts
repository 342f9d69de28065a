export { CHECKS, errorsOf, runChecks, warningsOf, type QaFinding } from './registry.ts';
export { defineCheck, type Check, type CheckContext, type CheckInput, type CheckMessage, type CheckSeverity, type MessageValue } from './defineCheck.ts';
export { inlineCodeProblems } from './inlineCodes.ts';
export { unapprovedMachineOutput } from './machineUnedited.ts';
