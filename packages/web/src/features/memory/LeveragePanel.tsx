import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeverageReport } from '@tessera/core/contract';
import { client } from '../../api/index.ts';
import { useFormat } from '../../i18n/index.ts';
import { ErrorFor, TableScroll, useSubmit } from '../../ui/index.ts';

interface LeveragePanelProps {
  projectId: number;
  lang: string;
}

/**
 * For the coordinator: how much of the language the translation memory already translates —
 * sentences and words with a context match, a 100% match, a repetition, a 95%, 85% or 75% match,
 * or none. Measured when asked (it looks up every sentence).
 */
export function LeveragePanel({ projectId, lang }: LeveragePanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const [report, setReport] = useState<LeverageReport | null>(null);
  const { busy, failure, run } = useSubmit();

  const measure = () => run(async () => setReport(await client.leverageReport({ params: { projectId, lang } })));

  return (
    <section className="panel leverage" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel__title">
        {t('leverage.title')}
      </h2>
      <p className="field__hint">{t('leverage.intro')}</p>
      <button type="button" className="button button--small" disabled={busy} onClick={() => void measure()}>
        {busy ? t('leverage.measuring') : t('leverage.measure')}
      </button>
      {failure !== null && <ErrorFor error={failure} />}
      {report && <LeverageTable report={report} />}
    </section>
  );
}

function LeverageTable({ report }: { report: LeverageReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const share = (words: number) => t('leverage.share', { share: report.total.words === 0 ? 0 : words / report.total.words });
  return (
    <TableScroll>
      <table className="leverage__table">
        <thead>
          <tr>
            <th scope="col">{t('leverage.band')}</th>
            <th scope="col">{t('leverage.units')}</th>
            <th scope="col">{t('leverage.words')}</th>
            <th scope="col">{t('leverage.wordShare')}</th>
          </tr>
        </thead>
        <tbody>
          {report.lines.map((line) => (
            <tr key={line.band} data-band={line.band}>
              <th scope="row">{t(`leverage.bands.${line.band}`)}</th>
              <td>{format.number(line.units)}</td>
              <td>{format.number(line.words)}</td>
              <td>{share(line.words)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('leverage.total')}</th>
            <td>{format.number(report.total.units)}</td>
            <td>{format.number(report.total.words)}</td>
            <td>{share(report.total.words)}</td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
