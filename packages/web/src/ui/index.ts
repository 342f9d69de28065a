export { ErrorFor, ErrorNotice, Loading } from './notices.tsx';
export { TextDiff } from './TextDiff.tsx';
export { EMAIL_INPUT } from './emailInput.ts';
export { diffSegments, sideOf, type DiffSegment } from './diff.ts';
export { ForwardArrow } from './ForwardArrow.tsx';
export { useSubmit } from './useSubmit.ts';
export { TableScroll } from './TableScroll.tsx';
