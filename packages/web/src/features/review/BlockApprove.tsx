import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchApproveResult } from '@tessera/core/contract';
import { client } from '../../api/index.ts';
import { ErrorFor } from '../../ui/index.ts';
import { summarizeBatch } from './batch.ts';

interface BlockApproveProps {
  projectId: number;
  lang: string;
  blockId: number;
  /** Set while a unit of the paragraph has an unsaved edit. */
  blockedBy: string | null;
  /** Units were approved: the editor reloads the language. */
  onApproved: (result: BatchApproveResult) => void;
}

/** “Approve paragraph”: every translation of the block that passes the checks and is someone else's. */
export function BlockApprove({ projectId, lang, blockId, blockedBy, onApproved }: BlockApproveProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<BatchApproveResult | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const approve = async () => {
    setBusy(true);
    setFailure(null);
    setResult(null);
    try {
      const answer = await client.batchApprove({ params: { projectId, lang, blockId } });
      setResult(answer);
      if (answer.approved.length > 0) onApproved(answer);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const summary = result && summarizeBatch(result);
  return (
    <div className="block-approve">
      <button
        type="button"
        className="button button--small button--approve"
        disabled={busy || blockedBy !== null}
        title={blockedBy ?? t('review.block.hint')}
        aria-busy={busy}
        onClick={() => void approve()}
      >
        {t('review.block.approve')}
      </button>
      <div role="status" className="block-approve__result">
        {summary && (
          <>
            <span>{t('review.block.approved', { count: summary.approved })}</span>
            {summary.skipped.map(({ reason, count }) => (
              <span key={reason} className="block-approve__skipped" data-reason={reason}>
                {t(`review.block.skipped.${reason}`, { count })}
              </span>
            ))}
          </>
        )}
      </div>
      {failure !== null && <ErrorFor error={failure} />}
    </div>
  );
}
