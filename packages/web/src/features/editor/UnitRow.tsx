import { memo } from 'react';
import { SourceWithTerms } from '../glossary/index.ts';
import type { SourceFacts } from './blocks.ts';
import { useEditorSettings } from './EditorContext.tsx';
import { isDirty, sourceChangeOf, type RowState } from './rows.ts';
import { LockedCell, SourceChangeNotice, UnitNotes } from './RowNotices.tsx';
import { SourceTools } from './SourceTools.tsx';
import { TargetCell } from './TargetCell.tsx';

export interface UnitRowProps {
  row: RowState;
  blockKind: string;
  /** The first unit of its block (a list item's bullet goes there). */
  startsBlock: boolean;
  /** Its number in the document, “3.2” (block, then sentence), which names its fields. */
  number: string;
  /** For coordinators: the unit's place in its block, for the source tools. */
  facts: SourceFacts | undefined;
  /** “Ana is editing”, when someone else is editing this unit now. */
  editing: string | null;
  /** The unit a link pointed at (`#unit-<id>`). */
  highlighted: boolean;
  /** The unit being edited (its translation box had the focus last): it shows the memory's matches. */
  active: boolean;
}

/**
 * One unit: its source and its translation. Memoized on these props, which change for the row typed in only;
 * what all rows share comes from the editor's contexts, which stay the same while someone types.
 */
export const UnitRow = memo(function UnitRow({ row, blockKind, startsBlock, number, facts, editing, highlighted, active }: UnitRowProps) {
  const { targetLabel } = useEditorSettings();
  const { unit } = row;
  return (
    <tr
      id={`unit-${unit.id}`}
      className={`unit unit--${blockKind}${startsBlock ? ' unit--starts-block' : ''}${highlighted ? ' unit--highlighted' : ''}`}
      data-unit-id={unit.id}
      data-state={unit.state}
      data-dirty={isDirty(row) || undefined}
      data-editing={editing ? true : undefined}
    >
      <SourceCell row={row} number={number} facts={facts} />
      <td className="unit__target" data-label={targetLabel}>
        {unit.translate ? <TargetCell row={row} number={number} editing={editing} active={active} /> : <LockedCell />}
        <UnitNotes unit={unit} />
      </td>
    </tr>
  );
});

/** The source text, what changed in it lately, and the coordinator's tools for it. */
function SourceCell({ row: { unit }, number, facts }: { row: RowState; number: string; facts: SourceFacts | undefined }) {
  const { sourceLang, sourceDir, sourceLabel, abilities } = useEditorSettings();
  const change = sourceChangeOf(unit);
  return (
    <td className="unit__source" data-label={sourceLabel}>
      {change && <SourceChangeNotice before={change.before} after={change.after} lang={sourceLang} dir={sourceDir} />}
      <span className="unit__number">{number}</span>
      <div lang={sourceLang} dir={sourceDir} className="unit__source-text">
        <SourceWithTerms content={unit.source} />
      </div>
      {abilities.coordinate && facts && <SourceTools unit={unit} facts={facts} />}
    </td>
  );
}
