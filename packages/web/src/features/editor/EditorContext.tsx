import { createContext, useContext, type ReactNode } from 'react';
import type { EditorUnit, LatestComment } from '@tessera/core/contract';
import type { Abilities } from '../auth/index.ts';

/**
 * What every row of one language's editor shares and that does not change while someone types:
 * the project and language shown, the column names and what the signed-in user may do.
 */
export interface EditorSettings {
  projectId: number;
  sourceLang: string;
  sourceDir: 'ltr' | 'rtl';
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Column names, shown above each cell where the table collapses on narrow screens. */
  sourceLabel: string;
  targetLabel: string;
  abilities: Abilities;
  /** The signed-in user (four-eyes review: no approving your own translation). */
  selfId: number;
  /** The coordinator allowed self-review in this language (one-person teams). */
  selfReview: boolean;
}

/** Where a shortcut moves from a unit: the next or previous unit shown, or the next one shown that is untranslated or has quality warnings. */
export type Destination = 'next' | 'previous' | 'untranslated' | 'warning';

/** What a row can ask of the editor; one stable object for all rows. */
export interface EditorActions {
  edit(id: number, draft: string): void;
  /** The machine suggestion was put in the box: saved as it is, it is marked as the engine's output. */
  useMachine(id: number, draft: string): void;
  save(id: number): void;
  /** Ctrl/Cmd+Enter: save when the text was edited, and go to the next translatable unit. */
  saveAndNext(id: number): void;
  /** Ctrl/Cmd+Shift+Enter: approve, and go to the next unit (stays when approving asks something first). */
  approveAndNext(id: number): void;
  /** Puts the focus in the translation box of another unit shown; false when there is none. */
  moveTo(id: number, where: Destination): boolean;
  /** Opens the sheet of keyboard shortcuts. */
  showShortcuts(): void;
  useTheirs(id: number): void;
  keepMine(id: number): void;
  reviewed(id: number, unit: EditorUnit): void;
  conflicted(id: number, current: EditorUnit): void;
  registerTextarea(id: number, element: HTMLTextAreaElement | null): void;
  /** The coordinator changed the source (edit, merge, split, do-not-translate): reload the language. */
  sourceChanged(): void;
  /** A reviewer approved a paragraph at once: reload the language. */
  blockApproved(): void;
  /** The server's version of a unit whose text did not change here (a suggestion was added). */
  remote(unit: EditorUnit): void;
  /** The unit's open comments, counted after reading or changing them. */
  commentsChanged(id: number, open: number, latest: LatestComment | null): void;
  /** A translation box got or lost the focus (presence for the other editors). */
  focused(id: number): void;
  blurred(id: number): void;
}

// Two contexts, both holding values that stay the same while someone types: a key press changes one row's
// props only, so the memoized rows around it do not render again. What changes per row (its draft, who is
// editing it, whether it is active) goes to the row as props, never through a context.
const SettingsContext = createContext<EditorSettings | null>(null);
const ActionsContext = createContext<EditorActions | null>(null);

/** Gives the rows below the editor's settings and actions; both values must be memoized by the caller. */
export function EditorProvider({ settings, actions, children }: { settings: EditorSettings; actions: EditorActions; children: ReactNode }) {
  return (
    <SettingsContext.Provider value={settings}>
      <ActionsContext.Provider value={actions}>{children}</ActionsContext.Provider>
    </SettingsContext.Provider>
  );
}

export function useEditorSettings(): EditorSettings {
  const settings = useContext(SettingsContext);
  if (!settings) throw new Error('useEditorSettings outside an EditorProvider');
  return settings;
}

export function useEditorActions(): EditorActions {
  const actions = useContext(ActionsContext);
  if (!actions) throw new Error('useEditorActions outside an EditorProvider');
  return actions;
}
