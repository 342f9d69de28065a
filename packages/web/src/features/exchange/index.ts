export { XliffExchange } from './XliffExchange.tsx';
export { MemoryImport } from './MemoryImport.tsx';
