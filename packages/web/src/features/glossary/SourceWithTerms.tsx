import { Fragment, useId, useMemo, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryTerm, TermMatch } from '@tessera/core';
import type { EditorUnit } from '@tessera/core/contract';
import { SourceText, codeDescription, codeToken } from '../../content/index.ts';
import { useGlossary } from './GlossaryContext.tsx';
import { termPieces, type Piece } from './termPieces.ts';

/**
 * A unit's source with the glossary's terms marked: each occurrence a `<mark>` that the keyboard
 * reaches, described (hover and focus show it) by the term's translation, forbidden variants and note.
 */
export function SourceWithTerms({ content }: { content: EditorUnit['source'] }) {
  const glossary = useGlossary();
  const match = glossary?.match;
  const text = useMemo(() => content.map((p) => (typeof p === 'string' ? p : '')).join(''), [content]);
  const matches = useMemo(() => (match ? match(text) : []), [match, text]);
  if (matches.length === 0) return <SourceText content={content} />;
  let offset = 0;
  return (
    <>
      {content.map((part, index) => {
        if (typeof part !== 'string') {
          return (
            <span key={index} className={`code code--${part.kind}`} title={codeDescription(part)} data-code-id={part.id} data-token={codeToken(part)}>
              {codeToken(part)}
            </span>
          );
        }
        const start = offset;
        offset += part.length;
        return (
          <span key={index}>
            {termPieces(part, start, matches).map((piece, i) => (
              <Fragment key={i}>{piece.match ? <TermMark piece={piece} /> : piece.text}</Fragment>
            ))}
          </span>
        );
      })}
    </>
  );
}

function TermMark({ piece }: { piece: Piece }) {
  const id = useId();
  const { i18n } = useTranslation();
  const lang = useGlossary()?.lang ?? '';
  if (!piece.first) return <mark className="term">{piece.text}</mark>;
  const term = (piece.match as TermMatch).term;
  // Escape hides the description until the term is left (WCAG 1.4.13: dismissible).
  const dismiss = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') event.currentTarget.blur();
  };
  return (
    <span className="term-wrap">
      <mark className="term" tabIndex={0} aria-describedby={id} onKeyDown={dismiss} data-term={term.source}>
        {piece.text}
      </mark>
      <span role="tooltip" id={id} className="term__tip" lang={i18n.language} dir={i18n.dir()}>
        <TermDescription term={term} lang={lang} />
      </span>
    </span>
  );
}

/** What a translator needs to know of a term: its translation (or that it stays as it is), the variants not to use, the note. */
function TermDescription({ term, lang }: { term: GlossaryTerm; lang: string }): ReactNode {
  const { t } = useTranslation();
  return (
    <>
      <span className="term__target">
        {term.doNotTranslate ? (
          t('glossary.doNotTranslate')
        ) : (
          <>
            {t('glossary.translationLabel')} <bdi lang={lang}>{term.target}</bdi>
          </>
        )}
      </span>
      {term.forbidden.length > 0 && (
        <span className="term__forbidden">
          {t('glossary.forbiddenLabel')} <bdi lang={lang}>{term.forbidden.join(', ')}</bdi>
        </span>
      )}
      {term.note !== '' && <span className="term__note">{term.note}</span>}
    </>
  );
}
