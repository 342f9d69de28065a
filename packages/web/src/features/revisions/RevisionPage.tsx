import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { directionOf } from '@tessera/core';
import type { ProjectSummary, RevisionSummaryView } from '@tessera/core/contract';
import { ApiError, client } from '../../api/index.ts';
import { useFormat } from '../../i18n/index.ts';
import { Link, paths, useLeaveGuard } from '../../router/index.ts';
import { ErrorFor } from '../../ui/index.ts';
import { StatementFields, useCoordinatedProject, useStatementInput, type Statement } from '../projects/index.ts';
import { RevisionSummary } from './RevisionSummary.tsx';

export function RevisionPage({ projectId }: { projectId: number }) {
  const { t } = useTranslation();
  const { project, reload, instead } = useCoordinatedProject(projectId, t('revisions.notAllowed'));
  if (project) return <RevisionForm project={project} onProjectChanged={reload} />;
  return (
    <main id="main" className="page page--medium">
      <p className="breadcrumb">
        <Link to={paths.projects()}>{t('editor.backToProjects')}</Link>
      </p>
      <h1>{t('revisions.title')}</h1>
      {instead}
    </main>
  );
}

/** The comparison the coordinator looked at: accepting applies exactly this statement on exactly this revision. */
interface Preview {
  statement: Statement;
  baseRevision: number;
  summary: RevisionSummaryView;
}

function RevisionForm({ project, onProjectChanged }: { project: ProjectSummary; onProjectChanged: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  /** The revision in force as far as this page knows (a stale answer may tell it a newer one). */
  const [inForce, setInForce] = useState(project.sourceRevision);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState<'compare' | 'accept' | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  /** Set when the source changed under the comparison: the statement to compare again. */
  const [stale, setStale] = useState<Statement | null>(null);
  // A change of the new version outdates the comparison and any stale notice about it.
  const newVersion = useStatementInput({
    wording: 'revisions',
    onChange: () => {
      setPreview(null);
      setStale(null);
    },
    clearFileInput: true,
  });
  const [applied, setApplied] = useState<RevisionSummaryView | null>(null);
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const appliedNotice = useRef<HTMLDivElement>(null);
  const sourceDir = directionOf(project.sourceLang);

  useEffect(() => setInForce((known) => Math.max(known, project.sourceRevision)), [project.sourceRevision]);
  useEffect(() => {
    if (preview) summaryHeading.current?.focus();
  }, [preview]);
  useEffect(() => {
    if (applied) appliedNotice.current?.focus();
  }, [applied]);
  useLeaveGuard(newVersion.text.trim() !== '' || newVersion.docx !== null ? t('revisions.leaveUnaccepted') : null);

  const onStale = (error: ApiError, statement: Statement) => {
    const now = error.sourceRevision;
    if (now !== undefined) setInForce((known) => Math.max(known, now));
    setPreview(null);
    setStale(statement);
    onProjectChanged();
  };

  const compare = async (statement: Statement, baseRevision: number) => {
    setBusy('compare');
    setFailure(null);
    setStale(null);
    setApplied(null);
    try {
      const summary = await client.reviseSource({ params: { projectId: project.id }, body: { ...statement, baseRevision, dryRun: true } });
      setPreview({ statement, baseRevision, summary });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'revision.stale') onStale(error, statement);
      else setFailure(error);
    } finally {
      setBusy(null);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (newVersion.validate()) {
      document.getElementById(`${id}-text`)?.focus();
      return;
    }
    void compare(newVersion.value(), inForce);
  };

  const accept = async () => {
    if (!preview) return;
    setBusy('accept');
    setFailure(null);
    try {
      const result = await client.reviseSource({ params: { projectId: project.id }, body: { ...preview.statement, baseRevision: preview.baseRevision, dryRun: false } });
      setApplied(result);
      setInForce(result.revision);
      setPreview(null);
      newVersion.reset();
      onProjectChanged();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'revision.stale') onStale(error, preview.statement);
      else setFailure(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <main id="main" className="page page--medium revision-page">
      <p className="breadcrumb">
        <Link to={paths.projects()}>{t('editor.backToProjects')}</Link>
      </p>
      <h1>{t('revisions.title')}</h1>
      <p className="muted">{t('revisions.project', { project: project.name, revision: inForce })}</p>

      {applied && (
        <div ref={appliedNotice} tabIndex={-1} className="notice notice--success revision-page__applied" role="status">
          <p>{t('revisions.applied', { revision: applied.revision })}</p>
          <ul className="revision-page__languages">
            {project.languages.map(({ lang }) => (
              <li key={lang}>
                <Link to={paths.editor(project.id, lang)}>{t('revisions.openLanguage', { language: format.languageName(lang) })}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}

      <form className="form card" onSubmit={submit} noValidate>
        <p>{t('revisions.intro')}</p>
        <StatementFields id={id} input={newVersion} lang={project.sourceLang} dir={sourceDir} />
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={busy !== null} aria-busy={busy === 'compare'}>
            {t('revisions.compare')}
          </button>
        </div>
      </form>

      {stale !== null && (
        <div className="notice notice--conflict" role="alert">
          <p>{t('revisions.stale', { revision: inForce })}</p>
          <button type="button" className="button button--small" autoFocus disabled={busy !== null} onClick={() => void compare(stale, inForce)}>
            {t('revisions.compareAgain')}
          </button>
        </div>
      )}
      {failure !== null && <ErrorFor error={failure} />}

      {preview && (
        <section className="card revision-preview" aria-labelledby={`${id}-summary`}>
          <h2 id={`${id}-summary`} ref={summaryHeading} tabIndex={-1}>
            {t('revisions.summary.title')}
          </h2>
          <p>{t('revisions.summary.leadsTo', { revision: preview.summary.revision, base: preview.baseRevision })}</p>
          <RevisionSummary
            summary={preview.summary}
            langs={project.languages.map((l) => l.lang)}
            sourceLang={project.sourceLang}
            sourceDir={sourceDir}
          />
          <p className="field__hint">{t('revisions.summary.nothingYet')}</p>
          <div className="actions">
            <button type="button" className="button button--primary" disabled={busy !== null} aria-busy={busy === 'accept'} onClick={() => void accept()}>
              {t('revisions.accept')}
            </button>
            <button type="button" className="button button--quiet" disabled={busy !== null} onClick={() => setPreview(null)}>
              {t('revisions.discard')}
            </button>
          </div>
        </section>
      )}
    </main>
  );
}
