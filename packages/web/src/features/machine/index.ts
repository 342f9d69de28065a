export { MachineSuggestion } from './MachineSuggestion.tsx';
export { MachinePanel } from './MachinePanel.tsx';
