import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { operations } from '@tessera/core/contract';
import { hrefOf } from '../../api/index.ts';

/** How long the preview waits after a change before it is read again (saves come in bursts). */
const SETTLE_MS = 800;

/**
 * The language as it would be published, beside the editor: the members' preview (drafts marked),
 * read again shortly after `version` changes (a save, a review, someone else's change). Script-free
 * and same-origin, so it is shown sandboxed with nothing allowed but its own cookies.
 */
export function LivePreview({ projectId, lang, version }: { projectId: number; lang: string; version: number }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(version);
  useEffect(() => {
    if (version === shown) return;
    const timer = setTimeout(() => setShown(version), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [version, shown]);
  return (
    <aside className="live-preview" aria-label={t('publication.livePreview')}>
      <iframe
        key={shown}
        title={t('publication.livePreview')}
        src={hrefOf(operations.publication, { params: { projectId, lang }, query: { preview: '1' } })}
        sandbox="allow-same-origin"
        data-version={shown}
      />
    </aside>
  );
}
