import { directionOf, escapeHtml } from '@tessera/core';
import type { MailStrings } from './messages.ts';

/** A piece of a message: a sentence, a quotation of someone's words, or a link. */
export type MailPart = { text: string } | { quote: string } | { link: string; label: string };

/** A message before its layout: the subject and its parts, in the recipient's language. */
export interface MailContent {
  subject: string;
  parts: MailPart[];
}

/** A message ready to send: plain text and HTML (every name, comment and translation escaped). */
export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

function textOf(part: MailPart): string {
  if ('text' in part) return part.text;
  if ('quote' in part) return part.quote.split(/\r?\n/).map((line) => `> ${line}`).join('\n');
  return `${part.label}: ${part.link}`;
}

/**
 * One part as HTML. A quotation keeps the direction of its own words (`dir="auto"`); its rule
 * stands on the side the message starts from — written as a physical side, which every mail
 * program reads.
 */
function htmlOf(part: MailPart, start: 'left' | 'right'): string {
  if ('text' in part) return `<p>${escapeHtml(part.text)}</p>`;
  if ('quote' in part) return `<blockquote dir="auto" style="margin:0 0 1em;padding-${start}:1em;border-${start}:3px solid #ccc">${escapeHtml(part.quote).replace(/\r?\n/g, '<br>')}</blockquote>`;
  return `<p><a href="${escapeHtml(part.link)}">${escapeHtml(part.label)}</a></p>`;
}

/**
 * Lays a message out as text and HTML, with the footer that says why it came: for news of the
 * person's projects, how to get less of it or none (`links`); for a message about their address
 * itself (an invitation, a confirmation), that it came because the address was typed in Tessera.
 */
export function composeMail(content: MailContent, t: MailStrings, links: { unsubscribe: string; settings: string } | null): ComposedMail {
  const footer: MailPart[] = links
    ? [{ text: t('footer.why') }, { link: links.settings, label: t('footer.settings') }, { link: links.unsubscribe, label: t('footer.unsubscribe') }]
    : [{ text: t('footer.address') }];
  const text = [...content.parts.map(textOf), '-- ', ...footer.map(textOf)].join('\n\n').replace('\n\n-- \n\n', '\n\n-- \n');
  const dir = directionOf(t.lang);
  const start = dir === 'rtl' ? 'right' : 'left';
  const html = `<!doctype html>
<html lang="${escapeHtml(t.lang)}" dir="${dir}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>
<body style="font-family:sans-serif;line-height:1.5">
${content.parts.map((part) => htmlOf(part, start)).join('\n')}
<hr>
<div style="font-size:smaller;color:#555">
${footer.map((part) => htmlOf(part, start)).join('\n')}
</div>
</body></html>
`;
  return { subject: content.subject, text, html };
}
