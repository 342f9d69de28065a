export { useLiveStream, type LiveStatus } from './useLiveStream.ts';
export { usePresenceReporter, type PresenceReporter } from './usePresenceReporter.ts';
export { usePresence } from './usePresence.ts';
export { LiveIndicator } from './LiveIndicator.tsx';
