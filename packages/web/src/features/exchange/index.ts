export { XliffExchange } from './XliffExchange.tsx';
export { MemoryImport } from './MemoryImport.tsx';
export { useFileUpload } from './useFileUpload.ts';
