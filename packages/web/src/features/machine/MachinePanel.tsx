import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PretranslationView } from '@tessera/core/contract';
import { client, useResource } from '../../api/index.ts';
import { ErrorFor } from '../../ui/index.ts';

interface MachinePanelProps {
  projectId: number;
  lang: string;
  /** Drafts were written: the editor reloads the language. */
  onChanged: () => void;
}

/**
 * The coordinator's machine translation: which engines of the server may translate the project's
 * text (none until allowed), and the pre-translation of this language — started, followed while it
 * runs, cancelled.
 */
export function MachinePanel({ projectId, lang, onChanged }: MachinePanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const settings = useResource(`machine-settings:${projectId}`, (signal) => client.machineSettings({ params: { projectId }, signal }));
  const [failure, setFailure] = useState<unknown>(null);
  // What the coordinator just chose, shown at once while the server says so.
  const [chosen, setChosen] = useState<Record<string, boolean>>({});
  if (settings.error !== null) return <ErrorFor error={settings.error} onRetry={settings.reload} />;
  if (!settings.data || settings.data.engines.length === 0) return null;
  const { engines, embargoed } = settings.data;

  const allow = async (engineId: string, allowed: boolean) => {
    setFailure(null);
    setChosen((before) => ({ ...before, [engineId]: allowed }));
    try {
      await client.setMachineEngine({ params: { projectId, engineId }, body: { allowed } });
      settings.reload();
    } catch (error) {
      setChosen((before) => ({ ...before, [engineId]: !allowed }));
      setFailure(error);
    }
  };

  return (
    <section className="panel machine-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel__title">
        {t('machine.panel.title')}
      </h2>
      <p className="field__hint">{t('machine.panel.consent')}</p>
      {engines.map((engine) => (
        <div className="checkbox" key={engine.id}>
          <input id={`${id}-${engine.id}`} type="checkbox" checked={chosen[engine.id] ?? engine.allowed} onChange={(e) => void allow(engine.id, e.target.checked)} />
          <label htmlFor={`${id}-${engine.id}`}>
            {t(engine.location === 'external' ? 'machine.panel.external' : 'machine.panel.internal', { engine: engine.name })}
          </label>
        </div>
      ))}
      {embargoed && engines.some((e) => e.location === 'external' && e.allowed) && <p className="field__hint">{t('machine.panel.embargo')}</p>}
      {failure !== null && <ErrorFor error={failure} />}
      <Pretranslation projectId={projectId} lang={lang} onChanged={onChanged} />
    </section>
  );
}

function Pretranslation({ projectId, lang, onChanged }: MachinePanelProps) {
  const { t } = useTranslation();
  const [job, setJob] = useState<PretranslationView | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const running = job?.status === 'running';

  // The latest job, then its progress every second while it runs; the editor reloads when it ends.
  useEffect(() => {
    let stop = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async (wasRunning: boolean) => {
      try {
        const latest = await client.pretranslation({ params: { projectId, lang } });
        if (stop) return;
        setJob(latest);
        if (latest?.status === 'running') timer = setTimeout(() => void poll(true), 1000);
        else if (wasRunning) onChanged();
      } catch (error) {
        if (!stop) setFailure(error);
      }
    };
    if (job === null || running) void poll(running);
    return () => {
      stop = true;
      clearTimeout(timer);
    };
    // Polling starts again when a job starts (running turns true).
  }, [projectId, lang, running]);

  const act = async (start: boolean) => {
    setFailure(null);
    try {
      setJob(start ? await client.startPretranslation({ params: { projectId, lang } }) : await client.cancelPretranslation({ params: { projectId, lang } }));
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <div className="machine-panel__pretranslation">
      <p className="field__hint">{t('machine.panel.pretranslateHint')}</p>
      {job && (
        <p role="status" data-status={job.status}>
          {t(`machine.panel.status.${job.status}`, { done: job.done, total: job.total, memory: job.fromMemory, machine: job.fromMachine, empty: job.leftEmpty })}
          {job.total > 0 && <progress max={job.total} value={job.done} aria-label={t('machine.panel.progress')} />}
        </p>
      )}
      {running ? (
        <button type="button" className="button button--small" onClick={() => void act(false)}>
          {t('machine.panel.cancel')}
        </button>
      ) : (
        <button type="button" className="button button--small" onClick={() => void act(true)}>
          {t('machine.panel.pretranslate')}
        </button>
      )}
      {failure !== null && <ErrorFor error={failure} />}
    </div>
  );
}
