import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { canonicalLanguage } from '@tessera/core';
import { client } from '../../api/index.ts';
import { useFormat } from '../../i18n/index.ts';
import { Link, navigate, paths } from '../../router/index.ts';
import { ErrorFor } from '../../ui/index.ts';
import { StatementFields, useStatementInput, type Message } from './StatementFields.tsx';
import { StatementCleaning } from './StatementCleaning.tsx';
import type { ProjectSummary } from '@tessera/core/contract';

type Field = 'name' | 'sourceLang' | 'targetLangs';
type FieldErrors = Partial<Record<Field, Message>>;

function splitLanguages(list: string): string[] {
  return list
    .split(/[,\s;]+/)
    .map((tag) => tag.trim())
    .filter(Boolean);
}

export function NewProjectPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [name, setName] = useState('');
  const [sourceLang, setSourceLang] = useState('en');
  const [targetLangs, setTargetLangs] = useState('ja, fr, es');
  const statement = useStatementInput({ wording: 'newProject' });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  /** A project whose statement had to be cleaned: the page says what was cleaned before going on. */
  const [cleaned, setCleaned] = useState<{ project: ProjectSummary; next: string } | null>(null);

  const validate = (): { errors: FieldErrors; source: string; targets: string[] } => {
    const errors: FieldErrors = {};
    if (!name.trim()) errors.name = (t) => t('newProject.errors.nameRequired');
    const source = canonicalLanguage(sourceLang) ?? '';
    if (!source) errors.sourceLang = (t) => t('newProject.errors.badLanguage', { tag: sourceLang.trim() });
    const targets: string[] = [];
    for (const tag of splitLanguages(targetLangs)) {
      const canonical = canonicalLanguage(tag);
      if (!canonical) {
        errors.targetLangs ??= (t) => t('newProject.errors.badLanguage', { tag });
      } else if (source && canonical.toLowerCase() === source.toLowerCase()) {
        errors.targetLangs ??= (t) => t('newProject.errors.targetIsSource', { tag: canonical });
      } else if (!targets.some((known) => known.toLowerCase() === canonical.toLowerCase())) {
        targets.push(canonical);
      }
    }
    if (targets.length === 0) errors.targetLangs ??= (t) => t('newProject.errors.targetsRequired');
    return { errors, source, targets };
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const { errors, source, targets } = validate();
    const textProblem = statement.validate();
    setFieldErrors(errors);
    const firstInvalid = (['name', 'sourceLang', 'targetLangs'] as const).find((field) => errors[field]) ?? (textProblem ? 'text' : undefined);
    if (firstInvalid) {
      document.getElementById(`${id}-${firstInvalid}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const project = await client.createProject({ body: { name: name.trim(), sourceLang: source, targetLangs: targets, ...statement.value() } });
      // The first language as the coordinator listed them (the server may list them in another order).
      const first = targets.find((tag) => project.languages.some((l) => l.lang === tag)) ?? project.languages[0]?.lang;
      const next = first ? paths.editor(project.id, first) : paths.projects();
      if (project.normalized && (project.normalized.removed > 0 || project.normalized.formFeeds > 0)) setCleaned({ project, next });
      else navigate(next);
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  };

  /** Props that tie a field to its label, hint and error. */
  const describe = (field: Field, hint?: boolean) => {
    const ids = [hint ? `${id}-${field}-hint` : '', fieldErrors[field] ? `${id}-${field}-error` : ''].filter(Boolean);
    return {
      id: `${id}-${field}`,
      'aria-invalid': fieldErrors[field] ? true : undefined,
      'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined,
    };
  };
  const fieldError = (field: Field) => {
    const message = fieldErrors[field];
    return (
      message && (
        <p className="field__error" id={`${id}-${field}-error`}>
          {message(t, format)}
        </p>
      )
    );
  };

  if (cleaned) {
    return (
      <main id="main" className="page page--medium">
        <h1>{t('newProject.title')}</h1>
        <div className="card">
          <p className="notice notice--success">{t('newProject.created', { name: cleaned.project.name })}</p>
          <StatementCleaning normalized={cleaned.project.normalized} />
          <div className="actions">
            <Link to={cleaned.next} className="button button--primary">
              {t('newProject.openProject')}
            </Link>
          </div>
        </div>
      </main>
    );
  }

  return (
    <main id="main" className="page page--medium">
      <h1>{t('newProject.title')}</h1>
      <form className="form card" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('newProject.name')}</label>
          <input type="text" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} {...describe('name')} />
          {fieldError('name')}
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-sourceLang`}>{t('newProject.sourceLang')}</label>
            <input
              type="text"
              value={sourceLang}
              autoCapitalize="none"
              spellCheck={false}
              onChange={(e) => setSourceLang(e.target.value)}
              {...describe('sourceLang')}
            />
            {fieldError('sourceLang')}
          </div>
          <div className="field field--grow">
            <label htmlFor={`${id}-targetLangs`}>{t('newProject.targetLangs')}</label>
            <input
              type="text"
              value={targetLangs}
              autoCapitalize="none"
              spellCheck={false}
              onChange={(e) => setTargetLangs(e.target.value)}
              {...describe('targetLangs', true)}
            />
            <p className="field__hint" id={`${id}-targetLangs-hint`}>
              {t('newProject.targetLangsHint')}
            </p>
            {fieldError('targetLangs')}
          </div>
        </div>
        <StatementFields id={id} input={statement} lang={canonicalLanguage(sourceLang) ?? undefined} />
        {failure !== null && <ErrorFor error={failure} />}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy}>
            {t('newProject.submit')}
          </button>
          <Link to={paths.projects()} className="button button--quiet">
            {t('newProject.cancel')}
          </Link>
        </div>
      </form>
    </main>
  );
}
