import { useTranslation } from 'react-i18next';
import { FILTERS, type StateFilter } from './filter.ts';
import type { Pages } from './useLanguagePages.ts';

interface EditorToolbarProps {
  filter: StateFilter;
  onFilter: (filter: StateFilter) => void;
  shown: number;
  count: number;
  pages: Pages;
  unsaved: number;
  canTranslate: boolean;
}

/** Above the units: the state filter, how many are shown, what is still loading or unsaved. */
export function EditorToolbar({ filter, onFilter, shown, count, pages, unsaved, canTranslate }: EditorToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="editor__toolbar">
      <label className="inline-field">
        <span>{t('editor.filter')}</span>
        <select value={filter} onChange={(e) => onFilter(e.target.value as StateFilter)}>
          {FILTERS.map((value) => (
            <option key={value} value={value}>
              {t(`editor.filters.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <span className="muted" aria-live="polite">
        {t('editor.shown', { shown, count })}
      </span>
      {!pages.complete && pages.error === null && (
        <span className="muted" role="status">
          {t('editor.loadingMore')}
        </span>
      )}
      {unsaved > 0 && <span className="unit__unsaved">{t('editor.unsavedCount', { count: unsaved })}</span>}
      {canTranslate && <span className="editor__hint muted">{t('editor.shortcutHint')}</span>}
    </div>
  );
}
