import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { diffSegments } from './diff.ts';

interface TextDiffProps {
  before: string;
  after: string;
  /** The language and direction of the text compared. */
  lang: string;
  dir: 'ltr' | 'rtl';
}

/**
 * A word diff: removed words struck through (`<del>`), added ones highlighted (`<ins>`), each
 * preceded by a visually hidden “removed:” / “added:” for screen readers, in the UI language.
 */
export function TextDiff({ before, after, lang, dir }: TextDiffProps) {
  const { t, i18n } = useTranslation();
  const segments = useMemo(() => diffSegments(before, after), [before, after]);
  const uiLang = i18n.resolvedLanguage ?? 'en';
  return (
    <span className="diff" lang={lang} dir={dir}>
      {segments.map((segment, index) => {
        if (segment.kind === 'same') return <span key={index}>{segment.text}</span>;
        const Tag = segment.kind === 'removed' ? 'del' : 'ins';
        return (
          <Tag key={index} className={`diff__${segment.kind}`}>
            <span className="visually-hidden" lang={uiLang}>
              {t(segment.kind === 'removed' ? 'diff.removed' : 'diff.added')}{' '}
            </span>
            {segment.text}
          </Tag>
        );
      })}
    </span>
  );
}
