import { useTranslation } from 'react-i18next';
import { contentText } from '@tessera/core';
import type { EditorUnit } from '@tessera/core/contract';
import { SourceText } from '../../content/index.ts';
import { TextDiff } from '../../ui/index.ts';

/** The source as it was before its last change of meaning, and what changed, while the translation awaits review. */
export function SourceChangeNotice({ before, after, lang, dir }: { before: string; after: string; lang: string; dir: 'ltr' | 'rtl' }) {
  const { t } = useTranslation();
  return (
    <div className="source-change">
      <p className="source-change__title">{t('editor.sourceChange.title')}</p>
      <p className="source-change__diff">
        <TextDiff before={before} after={after} lang={lang} dir={dir} />
      </p>
    </div>
  );
}

/** In place of the translation of a unit that is not to be translated. */
export function LockedCell() {
  const { t } = useTranslation();
  return (
    <p className="unit__locked" title={t('editor.doNotTranslateHint')}>
      <span className="badge badge--locked">{t('editor.doNotTranslate')}</span>
    </p>
  );
}

/** Someone else saved this unit while the draft here was unsaved: the draft stays, the next save shows both. */
export function RemoteChangeNotice({ theirs }: { theirs: EditorUnit }) {
  const { t } = useTranslation();
  return (
    <p className="notice notice--conflict unit__remote" role="status">
      {theirs.updatedBy ? t('live.savedMeanwhile', { user: theirs.updatedBy }) : t('live.savedMeanwhileAnonymous')}
    </p>
  );
}

/** The saved translation, for those who may read but not translate. */
export function ReadOnlyTarget({ target, lang, dir }: { target: EditorUnit['target']; lang: string; dir: 'ltr' | 'rtl' }) {
  const { t } = useTranslation();
  return contentText(target).trim() ? (
    <p className="unit__readonly" lang={lang} dir={dir}>
      <SourceText content={target} />
    </p>
  ) : (
    <p className="unit__readonly muted">{t('editor.noTranslationYet')}</p>
  );
}

/** Why the translation was rejected, and the newest open comment: what a translator reads first. */
export function UnitNotes({ unit }: { unit: EditorUnit }) {
  const { t } = useTranslation();
  const { rejectionReason, latestComment } = unit;
  if (!rejectionReason && !latestComment) return null;
  return (
    <div className="unit__notes">
      {rejectionReason && (
        <p className="unit__rejection">
          <strong>{t('editor.rejectedBecause')}</strong> <span dir="auto">{rejectionReason}</span>
        </p>
      )}
      {latestComment && (
        <p className="unit__latest-comment">
          <strong>
            <bdi>{latestComment.author}</bdi>
            {t('editor.commentSaid')}
          </strong>{' '}
          <span dir="auto">{latestComment.body}</span>
        </p>
      )}
    </div>
  );
}
