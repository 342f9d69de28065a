import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SIGNATORY_ORDERS, type SignatoryOrder } from '@tessera/core/contract';
import { client } from '../../api/index.ts';
import { ErrorFor } from '../../ui/index.ts';

interface SignatoryOrderFieldProps {
  projectId: number;
  lang: string;
  /** The language's standing choice, as the server has it. */
  signatoryOrder: SignatoryOrder;
  onChanged: () => void;
}

/** The coordinator's choice of how the language's pages (preview and published versions) list signatories. */
export function SignatoryOrderField({ projectId, lang, signatoryOrder, onChanged }: SignatoryOrderFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [order, setOrder] = useState(signatoryOrder);
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => setOrder(signatoryOrder), [signatoryOrder]);

  const change = async (value: SignatoryOrder) => {
    const before = order;
    setOrder(value);
    setFailure(null);
    try {
      await client.publicationSettings({ params: { projectId, lang }, body: { signatoryOrder: value } });
      onChanged();
    } catch (error) {
      setOrder(before);
      setFailure(error);
    }
  };

  return (
    <div className="field">
      <label htmlFor={`${id}-order`}>{t('publication.signatoryOrder')}</label>
      <select id={`${id}-order`} value={order} onChange={(e) => void change(e.target.value as SignatoryOrder)}>
        {SIGNATORY_ORDERS.map((value) => (
          <option key={value} value={value}>
            {t(`publication.signatoryOrders.${value}`)}
          </option>
        ))}
      </select>
      {failure !== null && <ErrorFor error={failure} />}
    </div>
  );
}
