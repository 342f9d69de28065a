import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client } from '../../api/index.ts';
import { ErrorFor } from '../../ui/index.ts';

interface MemoryOfferProps {
  projectId: number;
  /** Whether the project's approved translations are in the translation memory now. */
  inMemory: boolean;
}

/**
 * For the coordinator: whether the project's approved translations are offered to every project's
 * translation memory (a statement that must not be seen elsewhere is taken out, and may be put back).
 */
export function MemoryOffer({ projectId, inMemory }: MemoryOfferProps) {
  const { t } = useTranslation();
  const id = useId();
  const [offered, setOffered] = useState(inMemory);
  const [failure, setFailure] = useState<unknown>(null);

  const offer = async (wanted: boolean) => {
    setFailure(null);
    setOffered(wanted);
    try {
      await client.projectInMemory({ params: { projectId }, body: { inMemory: wanted } });
    } catch (error) {
      setOffered(!wanted);
      setFailure(error);
    }
  };

  return (
    <div className="memory-offer">
      <div className="checkbox">
        <input id={id} type="checkbox" checked={offered} aria-describedby={`${id}-hint`} onChange={(e) => void offer(e.target.checked)} />
        <label htmlFor={id}>{t('memoryOffer.label')}</label>
      </div>
      <p id={`${id}-hint`} className="field__hint">
        {t('memoryOffer.hint')}
      </p>
      {failure !== null && <ErrorFor error={failure} />}
    </div>
  );
}
