import { memo } from 'react';
import type { LanguageView } from '@tessera/core/contract';
import { LanguageSettings } from '../deadlines/index.ts';
import { XliffExchange } from '../exchange/index.ts';
import { GlossaryPanel } from '../glossary/index.ts';
import { LeveragePanel } from '../memory/index.ts';
import { MachinePanel } from '../machine/index.ts';
import { PublicationPanel } from '../publication/index.ts';

interface EditorPanelsProps {
  projectId: number;
  lang: string;
  canUpload: boolean;
  canConfigure: boolean;
  allowFallback: boolean;
  deadline: LanguageView['deadline'];
  selfReview: boolean;
  /** Something the panels changed needs the language loaded again. */
  onChanged: () => void;
}

/** The panels above the units (exchange, publication, settings, the memory's leverage). Memoized: a key press does not render them again. */
export const EditorPanels = memo(function EditorPanels(props: EditorPanelsProps) {
  const { projectId, lang, canUpload, canConfigure, allowFallback, deadline, selfReview, onChanged } = props;
  return (
    <div className="editor__panels">
      <XliffExchange projectId={projectId} lang={lang} canUpload={canUpload} onImported={onChanged} />
      <PublicationPanel projectId={projectId} lang={lang} allowFallback={allowFallback} canConfigure={canConfigure} />
      <GlossaryPanel />
      {canConfigure && <LanguageSettings projectId={projectId} lang={lang} deadline={deadline} selfReview={selfReview} onChanged={onChanged} />}
      {canConfigure && <LeveragePanel projectId={projectId} lang={lang} />}
      {canConfigure && <MachinePanel projectId={projectId} lang={lang} onChanged={onChanged} />}
    </div>
  );
});
