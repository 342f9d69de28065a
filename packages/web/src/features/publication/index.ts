export { PublicationPanel } from './PublicationPanel.tsx';
