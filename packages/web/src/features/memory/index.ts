export { MemoryMatches } from './MemoryMatches.tsx';
