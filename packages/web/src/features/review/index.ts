export { ReviewActions, isReviewable } from './ReviewActions.tsx';
