import { useTranslation } from 'react-i18next';
import { EVERY_UNIT, FILTERS, isFiltered, validDay, type StateFilter, type UnitFilter } from './filter.ts';
import type { Pages } from './useLanguagePages.ts';

interface EditorToolbarProps {
  filter: UnitFilter;
  onFilter: (filter: UnitFilter) => void;
  shown: number;
  count: number;
  pages: Pages;
  unsaved: number;
  canTranslate: boolean;
  onShortcuts: () => void;
  previewOpen: boolean;
  onPreview: () => void;
}

/** Above the units: which units are shown (kept in the address), how many, what is still loading or unsaved. */
export function EditorToolbar({ filter, onFilter, shown, count, pages, unsaved, canTranslate, onShortcuts, previewOpen, onPreview }: EditorToolbarProps) {
  const { t } = useTranslation();
  const change = (changes: Partial<UnitFilter>) => onFilter({ ...filter, ...changes });
  return (
    <div className="editor__toolbar" role="search" aria-label={t('editor.viewLabel')}>
      <label className="inline-field editor__search">
        <span>{t('editor.search')}</span>
        <input type="search" value={filter.search} maxLength={200} onChange={(e) => change({ search: e.target.value })} />
      </label>
      <label className="inline-field">
        <span>{t('editor.filter')}</span>
        <select value={filter.state} onChange={(e) => change({ state: e.target.value as StateFilter })}>
          {FILTERS.map((value) => (
            <option key={value} value={value}>
              {t(`editor.filters.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        <input type="checkbox" checked={filter.qa} onChange={(e) => change({ qa: e.target.checked })} />
        <span>{t('editor.filterQa')}</span>
      </label>
      <label className="inline-field">
        <input type="checkbox" checked={filter.mine} onChange={(e) => change({ mine: e.target.checked })} />
        <span>{t('editor.filterMine')}</span>
      </label>
      <label className="inline-field">
        <span>{t('editor.filterSince')}</span>
        <input type="date" value={filter.since ?? ''} onChange={(e) => change({ since: validDay(e.target.value) })} />
      </label>
      {isFiltered(filter) && (
        <button type="button" className="button button--small" onClick={() => onFilter(EVERY_UNIT)}>
          {t('editor.showEvery')}
        </button>
      )}
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
      <button type="button" className="button button--small button--quiet" aria-pressed={previewOpen} onClick={onPreview}>
        {t('editor.livePreview')}
      </button>
      <button type="button" className="button button--small button--quiet" aria-keyshortcuts="?" onClick={onShortcuts}>
        {t('editor.shortcuts.open')}
      </button>
    </div>
  );
}
