export { ActivityPage } from './ActivityPage.tsx';
export { shorten } from './shorten.ts';
