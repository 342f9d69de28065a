export { CommentsPanel } from './CommentsPanel.tsx';
export { splitMentions, mentionQueryAt, insertMention, matchingNames, handleOf } from './mentions.ts';
