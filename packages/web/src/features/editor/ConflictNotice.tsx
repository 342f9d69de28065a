import { useTranslation } from 'react-i18next';
import type { EditorUnit } from '@tessera/core/contract';
import { contentText } from '@tessera/core';
import { SourceText } from '../../content/index.ts';

interface ConflictNoticeProps {
  theirs: EditorUnit;
  lang: string;
  dir: 'ltr' | 'rtl';
  onUseTheirs: () => void;
  onKeepMine: () => void;
}

/** Shown in a row whose save was refused because someone else saved the unit first. */
export function ConflictNotice({ theirs, lang, dir, onUseTheirs, onKeepMine }: ConflictNoticeProps) {
  const { t } = useTranslation();
  const text = contentText(theirs.target).trim();
  return (
    <div className="notice notice--conflict" role="alert">
      <p className="notice__title">{t('editor.conflict.title')}</p>
      <p className="muted">
        {theirs.updatedBy ? t('editor.conflict.theirs', { user: theirs.updatedBy }) : t('editor.conflict.theirsAnonymous')}
      </p>
      {text ? (
        <blockquote className="notice__quote" lang={lang} dir={dir}>
          <SourceText content={theirs.target} />
        </blockquote>
      ) : (
        <p className="notice__quote muted">{t('editor.conflict.empty')}</p>
      )}
      <div className="actions">
        <button type="button" className="button button--small" onClick={onUseTheirs}>
          {t('editor.conflict.useTheirs')}
        </button>
        <button type="button" className="button button--small" onClick={onKeepMine}>
          {t('editor.conflict.keepMine')}
        </button>
      </div>
    </div>
  );
}
