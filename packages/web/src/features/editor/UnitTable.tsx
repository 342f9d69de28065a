import { useTranslation } from 'react-i18next';
import type { TranslationState } from '@tessera/core';
import type { SourceFacts, UnitGroup } from './blocks.ts';
import type { RowsState } from './rows.ts';
import { UnitRow, type UnitRowProps } from './UnitRow.tsx';

export type StateFilter = 'all' | TranslationState;

type SharedRowProps = Omit<UnitRowProps, 'row' | 'blockKind' | 'startsBlock' | 'facts'>;

interface UnitTableProps extends SharedRowProps {
  groups: readonly UnitGroup[];
  rows: RowsState['rows'];
  filter: StateFilter;
  /** For coordinators: each unit's place in its block; null for everyone else. */
  facts: ReadonlyMap<number, SourceFacts> | null;
}

/** Whether a unit's row is shown under `filter` (units that are not translated show under “all” only). */
export function passesFilter(filter: StateFilter, state: TranslationState, translate: boolean): boolean {
  return filter === 'all' || (translate && state === filter);
}

/** Source and translation side by side, one row per unit, grouped by block. */
export function UnitTable({ groups, rows, filter, facts, ...shared }: UnitTableProps) {
  const { t } = useTranslation();
  return (
    <table className="units">
      <thead>
        <tr>
          <th scope="col">{shared.sourceLabel}</th>
          <th scope="col">{shared.targetLabel}</th>
        </tr>
      </thead>
      {groups.map((group) => {
        const shown = group.units.flatMap(({ id, startsBlock }) => {
          const row = rows[id];
          return row && passesFilter(filter, row.unit.state, row.unit.translate) ? [{ row, startsBlock }] : [];
        });
        if (shown.length === 0) return null;
        return (
          <tbody key={group.key} className={`units__block units__block--${group.kind}`} data-block-kind={group.kind}>
            {group.kind === 'signatory' && (
              <tr className="units__group-label">
                <th colSpan={2} scope="rowgroup">
                  {t('blockKinds.signatories')}
                </th>
              </tr>
            )}
            {shown.map(({ row, startsBlock }) => (
              <UnitRow
                key={row.unit.id}
                row={row}
                blockKind={group.kind}
                startsBlock={startsBlock}
                facts={facts?.get(row.unit.id)}
                {...shared}
              />
            ))}
          </tbody>
        );
      })}
    </table>
  );
}
