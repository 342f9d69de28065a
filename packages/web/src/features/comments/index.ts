export { CommentsPanel } from './CommentsPanel.tsx';
export { splitMentions, mentionQueryAt, insertMention, matchingNames } from './mentions.ts';
