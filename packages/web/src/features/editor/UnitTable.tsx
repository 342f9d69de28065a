import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BlockApprove } from '../review/index.ts';
import type { SourceFacts, UnitGroup } from './blocks.ts';
import { isDirty, type RowState, type RowsState } from './rows.ts';
import { passesFilter, type UnitFilter } from './filter.ts';
import { useEditorActions, useEditorSettings } from './EditorContext.tsx';
import { UnitRow } from './UnitRow.tsx';
import { useGroupWindow } from './useGroupWindow.ts';

interface UnitTableProps {
  groups: readonly UnitGroup[];
  rows: RowsState['rows'];
  filter: UnitFilter;
  /** For coordinators: each unit's place in its block; null for everyone else. */
  facts: ReadonlyMap<number, SourceFacts> | null;
  /** “Ana is editing”, by unit id. */
  editing: ReadonlyMap<number, string>;
  /** The unit a link pointed at, or null. */
  highlightedId: number | null;
  /** The unit whose translation box had the focus last (its memory matches are shown). */
  activeId: number | null;
  /** A unit a shortcut moves to: its group is drawn, wherever it is. */
  revealedId: number | null;
}

/** Whether “Approve paragraph” is offered after these rows of one block: several units to translate, some translated. */
function offersBlockApproval(rows: readonly RowState[]): boolean {
  const translatable = rows.filter(({ unit }) => unit.translate);
  return translatable.length > 1 && translatable.some(({ unit }) => unit.state !== 'untranslated');
}

/** Whether some translation of the block waits for a reviewer's decision. */
function awaitsApproval(rows: readonly RowState[]): boolean {
  return rows.some(({ unit }) => unit.translate && unit.state !== 'untranslated' && unit.state !== 'approved');
}

/** Source and translation side by side, one row per unit, grouped by block. */
export function UnitTable({ groups, rows, filter, facts, editing, highlightedId, activeId, revealedId }: UnitTableProps) {
  const { t } = useTranslation();
  const { projectId, lang, sourceLabel, targetLabel, abilities, selfId } = useEditorSettings();
  const { blockApproved } = useEditorActions();
  const review = abilities.review;
  const byBlock = useMemo(() => {
    const map = new Map<number, RowState[]>();
    if (!review) return map;
    for (const row of Object.values(rows)) {
      if (!row) continue;
      const list = map.get(row.unit.blockId) ?? [];
      list.push(row);
      map.set(row.unit.blockId, list);
    }
    return map;
  }, [rows, review]);
  const groupOf = useMemo(() => new Map(groups.flatMap((group) => group.units.map(({ id }) => [id, group.key] as const))), [groups]);
  const pinned = useMemo(
    () => new Set([activeId, highlightedId, revealedId].flatMap((id) => (id === null ? [] : (groupOf.get(id) ?? [])))),
    [groupOf, activeId, highlightedId, revealedId],
  );
  const drawing = useGroupWindow(groups, groupOf.size, pinned);
  return (
    <table className="units" id="units">
      <thead>
        <tr>
          <th scope="col">{sourceLabel}</th>
          <th scope="col">{targetLabel}</th>
        </tr>
      </thead>
      {groups.map((group) => {
        const shown = group.units.flatMap(({ id, startsBlock, number }) => {
          const row = rows[id];
          return row && passesFilter(filter, row.unit, selfId) ? [{ row, startsBlock, number }] : [];
        });
        if (shown.length === 0) return null;
        if (!drawing.drawn(group.key)) {
          return (
            <tbody key={group.key} ref={drawing.observe(group.key)} data-group-key={group.key} className="units__away" aria-hidden="true">
              <tr>
                <td colSpan={2} style={{ blockSize: `${drawing.height(group)}px` }} />
              </tr>
            </tbody>
          );
        }
        return (
          <tbody
            key={group.key}
            ref={drawing.observe(group.key)}
            data-group-key={group.key}
            className={`units__block units__block--${group.kind}`}
            data-block-kind={group.kind}
          >
            {group.kind === 'signatory' && (
              <tr className="units__group-label">
                <th colSpan={2} scope="rowgroup">
                  {t('blockKinds.signatories')}
                </th>
              </tr>
            )}
            {shown.map(({ row, startsBlock, number }, index) => {
              const blockId = row.unit.blockId;
              const endsBlock = shown[index + 1]?.row.unit.blockId !== blockId;
              const block = endsBlock ? (byBlock.get(blockId) ?? []) : [];
              return (
                <Fragment key={row.unit.id}>
                  <UnitRow
                    row={row}
                    blockKind={group.kind}
                    startsBlock={startsBlock}
                    number={number}
                    facts={facts?.get(row.unit.id)}
                    editing={editing.get(row.unit.id) ?? null}
                    highlighted={highlightedId === row.unit.id}
                    active={activeId === row.unit.id}
                  />
                  {offersBlockApproval(block) && (
                    <tr className="units__block-actions" data-block-id={blockId}>
                      <td colSpan={2}>
                        <BlockApprove
                          projectId={projectId}
                          lang={lang}
                          blockId={blockId}
                          blockedBy={
                            block.some(isDirty)
                              ? t('review.block.saveFirst')
                              : awaitsApproval(block)
                                ? null
                                : t('review.block.nothingWaits')
                          }
                          onApproved={blockApproved}
                        />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        );
      })}
    </table>
  );
}
