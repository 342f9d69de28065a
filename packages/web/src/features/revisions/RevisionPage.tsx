import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { directionOf } from '@tessera/core';
import { MAX_SOURCE_CHARS, type ProjectSummary, type RevisionSummaryView } from '@tessera/core/contract';
import { ApiError, client } from '../../api/index.ts';
import { useFormat, type Format } from '../../i18n/index.ts';
import { Link, paths, useLeaveGuard } from '../../router/index.ts';
import { ErrorFor } from '../../ui/index.ts';
import { readSourceFile, SOURCE_FILE_ACCEPT, SourceFormatSelect, useCoordinatedProject, type SourceFormat } from '../projects/index.ts';
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

/** A message written at render time, so it follows a change of UI language. */
type Message = (t: TFunction, format: Format) => string;

/** A new version as sent: text in a text format, or a Word document as base64. */
type Statement = { format: Exclude<SourceFormat, 'docx'>; text: string } | { format: 'docx'; fileBase64: string };

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
  const [text, setText] = useState('');
  const [sourceFormat, setSourceFormat] = useState<SourceFormat>('text');
  const [docx, setDocx] = useState<{ name: string; base64: string } | null>(null);
  const [fileNote, setFileNote] = useState<Message | null>(null);
  const [textError, setTextError] = useState<Message | null>(null);
  /** The revision in force as far as this page knows (a stale answer may tell it a newer one). */
  const [inForce, setInForce] = useState(project.sourceRevision);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState<'compare' | 'accept' | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  /** Set when the source changed under the comparison: the statement to compare again. */
  const [stale, setStale] = useState<Statement | null>(null);
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
  useLeaveGuard(text.trim() !== '' || docx !== null ? t('revisions.leaveUnaccepted') : null);

  const changeText = (value: string) => {
    setText(value);
    setPreview(null);
    setStale(null);
  };
  const changeFormat = (value: SourceFormat) => {
    setSourceFormat(value);
    setPreview(null);
    setStale(null);
  };

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    setFileNote(null);
    const read = await readSourceFile(file);
    input.value = '';
    if ('problem' in read) {
      setTextError(() => read.problem);
      return;
    }
    if (read.format === 'docx') {
      setDocx({ name: file.name, base64: read.fileBase64 });
      setPreview(null);
      setStale(null);
    } else {
      changeText(read.text);
      setDocx(null);
    }
    setSourceFormat(read.format);
    setTextError(null);
    setFileNote(() => (t: TFunction, format: Format) => t('newProject.fileRead', { name: file.name, size: format.fileSize(file.size) }));
  };

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
      const summary = await client.reviseSource(project.id, { ...statement, baseRevision, dryRun: true });
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
    let problem: Message | null = null;
    if (sourceFormat === 'docx') {
      if (!docx) problem = (t) => t('sourceFormat.errors.docxRequired');
    } else if (!text.trim()) problem = (t) => t('revisions.errors.textRequired');
    else if (text.length > MAX_SOURCE_CHARS) problem = (t) => t('newProject.errors.textTooLong', { max: MAX_SOURCE_CHARS });
    setTextError(() => problem);
    if (problem) {
      document.getElementById(`${id}-text`)?.focus();
      return;
    }
    const statement: Statement =
      sourceFormat === 'docx' ? { format: 'docx', fileBase64: docx?.base64 ?? '' } : { format: sourceFormat, text };
    void compare(statement, inForce);
  };

  const accept = async () => {
    if (!preview) return;
    setBusy('accept');
    setFailure(null);
    try {
      const result = await client.reviseSource(project.id, { ...preview.statement, baseRevision: preview.baseRevision, dryRun: false });
      setApplied(result);
      setInForce(result.revision);
      setPreview(null);
      setText('');
      setDocx(null);
      setSourceFormat('text');
      setFileNote(null);
      onProjectChanged();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'revision.stale') onStale(error, preview.statement);
      else setFailure(error);
    } finally {
      setBusy(null);
    }
  };

  const describedBy = [`${id}-text-hint`, textError ? `${id}-text-error` : ''].filter(Boolean).join(' ');

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
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('revisions.text')}</label>
          <textarea
            id={`${id}-text`}
            rows={12}
            value={text}
            lang={project.sourceLang}
            dir={sourceDir}
            disabled={sourceFormat === 'docx'}
            aria-invalid={textError ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => changeText(e.target.value)}
          />
          <p className="field__hint" id={`${id}-text-hint`}>
            {sourceFormat === 'docx' && docx ? t('sourceFormat.docxChosen', { name: docx.name }) : t('revisions.textHint')}
          </p>
          {textError && (
            <p className="field__error" id={`${id}-text-error`}>
              {textError(t, format)}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('revisions.file')}</label>
          <input id={`${id}-file`} type="file" accept={SOURCE_FILE_ACCEPT} onChange={readFile} />
          {fileNote && (
            <p className="field__hint" role="status">
              {fileNote(t, format)}
            </p>
          )}
        </div>
        <SourceFormatSelect id={`${id}-format`} value={sourceFormat} onChange={changeFormat} docxAvailable={docx !== null} />
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
