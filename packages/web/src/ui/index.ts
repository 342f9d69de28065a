export { ErrorFor, ErrorNotice, Loading } from './notices.tsx';
export { TextDiff } from './TextDiff.tsx';
export { diffSegments, sideOf, type DiffSegment } from './diff.ts';
export { ForwardArrow } from './ForwardArrow.tsx';
