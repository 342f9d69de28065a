import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorUnit } from '@tessera/core/contract';
import { codesOf, memoryToEditable } from '../../content/index.ts';
import { MachineSuggestion } from '../machine/index.ts';
import { MemoryMatches } from '../memory/index.ts';
import { useEditorActions, useEditorSettings } from './EditorContext.tsx';
import { FormattingMenu } from './FormattingMenu.tsx';
import type { RowState } from './rows.ts';
import { useUnitShortcuts } from './useUnitShortcuts.ts';

/** The box a translator types the translation in, its formatting menu, and the memory's matches and the machine's suggestion while it is active. */
export function TargetEditor({ row, number, active }: { row: RowState; number: string; active: boolean }) {
  const { t } = useTranslation();
  const { projectId, sourceLang, sourceDir, lang, dir } = useEditorSettings();
  const actions = useEditorActions();
  const { unit } = row;
  const sourceCodes = useMemo(() => codesOf(unit.source), [unit.source]);
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const registerTextarea = useCallback(
    (element: HTMLTextAreaElement | null) => {
      textarea.current = element;
      actions.registerTextarea(unit.id, element);
    },
    [actions, unit.id],
  );

  // A match from the memory, or the machine's suggestion, replaces the draft; the caret goes back to the box, after the text.
  const useMatch = useCallback(
    (target: EditorUnit['target'], from: 'memory' | 'machine' = 'memory') => {
      const draft = memoryToEditable(target, sourceCodes);
      if (from === 'machine') actions.useMachine(unit.id, draft);
      else actions.edit(unit.id, draft);
      const box = textarea.current;
      if (box) {
        box.focus();
        requestAnimationFrame(() => box.setSelectionRange(draft.length, draft.length));
      }
    },
    [actions, unit.id, sourceCodes],
  );

  const useMachineSuggestion = useCallback((target: EditorUnit['target']) => useMatch(target, 'machine'), [useMatch]);

  const onKeyDown = useUnitShortcuts(row, textarea, sourceCodes);

  return (
    <>
      <textarea
        ref={registerTextarea}
        className="unit__textarea"
        aria-label={t('editor.translationOf', { number })}
        lang={lang}
        dir={dir}
        rows={2}
        value={row.draft}
        onChange={(event) => actions.edit(unit.id, event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => actions.focused(unit.id)}
        onBlur={() => actions.blurred(unit.id)}
      />
      {sourceCodes.length > 0 && (
        <FormattingMenu text={row.draft} sourceCodes={sourceCodes} textarea={() => textarea.current} onChange={(draft) => actions.edit(unit.id, draft)} />
      )}
      {active && (
        <>
          <MemoryMatches projectId={projectId} unit={unit} source={{ lang: sourceLang, dir: sourceDir }} target={{ lang, dir }} onUse={useMatch} />
          <MachineSuggestion projectId={projectId} unit={unit} target={{ lang, dir }} onUse={useMachineSuggestion} />
        </>
      )}
    </>
  );
}
