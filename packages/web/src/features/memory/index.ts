export { MemoryMatches } from './MemoryMatches.tsx';
export { LeveragePanel } from './LeveragePanel.tsx';
