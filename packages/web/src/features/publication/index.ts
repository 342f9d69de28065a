export { LivePreview } from './LivePreview.tsx';
export { PublicationPanel } from './PublicationPanel.tsx';
