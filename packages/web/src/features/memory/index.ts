export { MemoryMatches } from './MemoryMatches.tsx';
export { LeveragePanel } from './LeveragePanel.tsx';
export { MemoryOffer } from './MemoryOffer.tsx';
