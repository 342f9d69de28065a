import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { contentText, type Content } from '@tessera/core';
import type { EditorUnit } from '@tessera/core/contract';
import { client, useResource } from '../../api/index.ts';
import { SourceText } from '../../content/index.ts';

interface MachineSuggestionProps {
  projectId: number;
  /** The unit being edited: the suggestion is for its source (and asked again when it changes). */
  unit: EditorUnit;
  target: { lang: string; dir: 'ltr' | 'rtl' };
  /** The translator chose the suggestion: put it in the translation box. */
  onUse: (target: Content) => void;
}

/**
 * The machine's suggestion for the unit being edited, labelled as machine output with the engine's
 * name, and a button that puts it in the box; or a short status when there is none (no engine for
 * the pair, the engine not answering, the statement still under embargo). Nothing while it loads,
 * nor when the project has machine translation off.
 */
export function MachineSuggestion({ projectId, unit, target, onUse }: MachineSuggestionProps) {
  const { t } = useTranslation();
  const id = useId();
  const { lang } = target;
  const unitId = unit.id;
  const suggestion = useResource(`machine:${projectId}:${lang}:${unitId}:${contentText(unit.source)}`, (signal) => client.machineSuggestion({ params: { projectId, lang, unitId }, signal }));
  // The editor works on without it: a failed request is a status line, never an error in the way.
  if (suggestion.error !== null) return <MachineStatus text={t('machine.failed')} onRetry={suggestion.reload} />;
  const data = suggestion.data;
  if (!data) return null;
  switch (data.status) {
    case 'off':
    case 'not-translatable':
      return null;
    case 'embargo':
      return <MachineStatus text={t('machine.embargo')} />;
    case 'no-pair':
      return <MachineStatus text={t('machine.noPair')} />;
    case 'unavailable':
      return <MachineStatus text={t(data.reason === 'garbage' ? 'machine.garbage' : 'machine.unavailable', { engine: data.engine.name })} onRetry={suggestion.reload} />;
    case 'ready':
      return (
        <section className="machine-suggestion" aria-labelledby={`${id}-title`} data-engine={data.engine.id}>
          <h3 id={`${id}-title`} className="machine-suggestion__title">
            {t('machine.title', { engine: data.engine.name })}
          </h3>
          <p className="machine-suggestion__note muted">{t('machine.note')}</p>
          <p className="machine-suggestion__target" lang={target.lang} dir={target.dir}>
            <SourceText content={data.target} />
          </p>
          <button type="button" className="button button--small" data-shortcut="machine" aria-label={t('machine.useLabel', { engine: data.engine.name })} onClick={() => onUse(data.target)}>
            {t('machine.use')}
          </button>
        </section>
      );
  }
}

function MachineStatus({ text, onRetry }: { text: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <p className="machine-suggestion__status muted" role="status">
      {text}{' '}
      {onRetry && (
        <button type="button" className="button button--small" onClick={onRetry}>
          {t('machine.retry')}
        </button>
      )}
    </p>
  );
}
