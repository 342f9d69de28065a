import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InviteCreated, ProjectSummary, Role } from '@tessera/core/contract';
import { client, useResource } from '../../api/index.ts';
import { useFormat } from '../../i18n/index.ts';
import { Link, paths } from '../../router/index.ts';
import { ErrorFor, Loading, TableScroll } from '../../ui/index.ts';
import { useCoordinatedProject } from '../projects/index.ts';
import { JoinRequests } from './JoinRequests.tsx';
import { PasswordLink } from './PasswordLink.tsx';
import { PendingInvites } from './PendingInvites.tsx';
import { inviteLanguages, ROLES, summarizeMembers } from './roles.ts';

/** The project's members, and invitations by link (coordinators). */
export function MembersPage({ projectId }: { projectId: number }) {
  const { t } = useTranslation();
  const { project, instead } = useCoordinatedProject(projectId, t('members.notAllowed'));
  const body = project ? <Members project={project} /> : instead;
  return (
    <main id="main" className="page page--medium members-page">
      <p className="breadcrumb">
        <Link to={paths.projects()}>{t('editor.backToProjects')}</Link>
      </p>
      <h1>{t('members.title')}</h1>
      {project && <p className="muted" dir="auto">{project.name}</p>}
      {body}
    </main>
  );
}

function Members({ project }: { project: ProjectSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const members = useResource(`members:${project.id}`, (signal) => client.listMembers({ params: { projectId: project.id }, signal }));
  const invites = useResource(`invites:${project.id}`, (signal) => client.listInvites({ params: { projectId: project.id }, signal }));
  /** Withdrawing an invitation drops its requests to join: the list of them is read again. */
  const [revocations, setRevocations] = useState(0);
  const languageList = (langs: string[] | null) =>
    langs === null ? t('members.allLanguages') : new Intl.ListFormat(format.locale).format(langs.map((l) => format.languageName(l)));

  return (
    <>
      <section className="card" aria-labelledby="members-list-title">
        <h2 id="members-list-title">{t('members.listTitle')}</h2>
        {members.error !== null && <ErrorFor error={members.error} onRetry={members.reload} />}
        {members.data === undefined ? (
          members.loading && <Loading />
        ) : (
          <TableScroll>
            <table className="members">
              <thead>
                <tr>
                  <th scope="col">{t('members.name')}</th>
                  <th scope="col">{t('members.email')}</th>
                  <th scope="col">{t('members.roles')}</th>
                  <th scope="col">{t('members.passwordLink.column')}</th>
                </tr>
              </thead>
              <tbody>
                {summarizeMembers(members.data).map((person) => (
                  <tr key={person.userId} data-user-id={person.userId}>
                    <td>{person.name}</td>
                    <td className="members__email">{person.email}</td>
                    <td>
                      <ul className="members__roles">
                        {person.roles.map(({ role, langs }) => (
                          <li key={role}>{t('members.roleOn', { role: t(`roles.${role}`), languages: languageList(langs) })}</li>
                        ))}
                      </ul>
                    </td>
                    <td>
                      <PasswordLink projectId={project.id} userId={person.userId} name={person.name} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      <JoinRequests
        key={revocations}
        project={project}
        languageList={languageList}
        onChange={() => {
          members.reload();
          invites.reload();
        }}
      />
      <PendingInvites project={project} invites={invites} languageList={languageList} onRevoked={() => setRevocations((n) => n + 1)} />
      <InviteForm project={project} onCreated={invites.reload} />
    </>
  );
}

function InviteForm({ project, onCreated }: { project: ProjectSummary; onCreated: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const langs = project.languages.map((l) => l.lang);
  const [role, setRole] = useState<Role>('translator');
  const [all, setAll] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const [days, setDays] = useState('7');
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  /** `'langs'` or `'days'` for a field to fix, else whatever the request threw. */
  const [failure, setFailure] = useState<unknown>(null);
  const [created, setCreated] = useState<InviteCreated | null>(null);
  const [copied, setCopied] = useState(false);
  const linkField = useRef<HTMLInputElement>(null);
  const everyLanguage = role === 'coordinator' || all;

  const toggle = (lang: string, on: boolean) =>
    setChosen((list) => (on ? [...list, lang].sort((a, b) => langs.indexOf(a) - langs.indexOf(b)) : list.filter((l) => l !== lang)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const expiresInDays = Number(days);
    if (!everyLanguage && chosen.length === 0) {
      setFailure('langs');
      return;
    }
    if (!Number.isInteger(expiresInDays) || expiresInDays < 1 || expiresInDays > 30) {
      setFailure('days');
      document.getElementById(`${id}-days`)?.focus();
      return;
    }
    setBusy(true);
    setFailure(null);
    setCreated(null);
    setCopied(false);
    try {
      const address = email.trim();
      const invite = await client.createInvite({ params: { projectId: project.id }, body: { role, langs: inviteLanguages(role, all, chosen), expiresInDays, ...(address && { email: address }) } });
      setCreated(invite);
      onCreated();
      requestAnimationFrame(() => linkField.current?.select());
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const link = created ? window.location.origin + created.path : '';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // Without clipboard access, select the link so that the user can copy it.
      linkField.current?.select();
      setCopied(false);
    }
  };

  return (
    <section className="card invite-form" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('invites.title')}</h2>
      <p className="muted">{t('invites.intro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-role`}>{t('invites.role')}</label>
          <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((value) => (
              <option key={value} value={value}>
                {t(`roles.${value}`)}
              </option>
            ))}
          </select>
          <p className="field__hint">{t(`invites.roleHints.${role}`)}</p>
        </div>
        <fieldset className="invite-form__languages" aria-invalid={failure === 'langs' || undefined} aria-describedby={`${id}-langs-hint`}>
          <legend>{t('invites.languages')}</legend>
          <div className="checkbox">
            <input
              id={`${id}-all`}
              type="checkbox"
              checked={everyLanguage}
              disabled={role === 'coordinator'}
              onChange={(e) => setAll(e.target.checked)}
            />
            <label htmlFor={`${id}-all`}>{t('invites.allLanguages')}</label>
          </div>
          {langs.map((lang) => (
            <div key={lang} className="checkbox">
              <input
                id={`${id}-lang-${lang}`}
                type="checkbox"
                checked={everyLanguage || chosen.includes(lang)}
                disabled={everyLanguage}
                onChange={(e) => toggle(lang, e.target.checked)}
              />
              <label htmlFor={`${id}-lang-${lang}`}>
                {format.languageName(lang)} <span className="muted">({lang})</span>
              </label>
            </div>
          ))}
          <p className="field__hint" id={`${id}-langs-hint`}>
            {role === 'coordinator' ? t('invites.coordinatorLanguages') : t('invites.languagesHint')}
          </p>
          {failure === 'langs' && <p className="field__error">{t('invites.errors.noLanguage')}</p>}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-days`}>{t('invites.expiresIn')}</label>
          <input
            id={`${id}-days`}
            type="number"
            inputMode="numeric"
            min={1}
            max={30}
            value={days}
            aria-invalid={failure === 'days' || undefined}
            aria-describedby={`${id}-days-hint`}
            className="invite-form__days"
            onChange={(e) => setDays(e.target.value)}
          />
          <p className="field__hint" id={`${id}-days-hint`}>
            {t('invites.expiresHint')}
          </p>
          {failure === 'days' && <p className="field__error">{t('invites.errors.days')}</p>}
        </div>
        <div className="field">
          <label htmlFor={`${id}-email`}>{t('invites.email')}</label>
          <input
            id={`${id}-email`}
            type="email"
            autoComplete="off"
            maxLength={200}
            value={email}
            aria-describedby={`${id}-email-hint`}
            onChange={(e) => setEmail(e.target.value)}
          />
          <p className="field__hint" id={`${id}-email-hint`}>
            {t('invites.emailHint')}
          </p>
        </div>
        {failure !== null && failure !== 'langs' && failure !== 'days' && <ErrorFor error={failure} />}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy}>
            {t('invites.create')}
          </button>
        </div>
      </form>
      {created && (
        <div className="notice notice--success invite-form__created" role="status">
          <label htmlFor={`${id}-link`}>{t('invites.link')}</label>
          <div className="invite-form__link">
            <input id={`${id}-link`} ref={linkField} type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
            <button type="button" className="button button--small" onClick={() => void copy()}>
              {t('invites.copy')}
            </button>
          </div>
          <p className="field__hint">
            {copied ? t('invites.copied') : t('invites.linkHint', { date: format.dateTime(created.expiresAt) })}
          </p>
          {created.mailedTo && <p className="invite-form__mailed">{t('invites.mailed', { email: created.mailedTo })}</p>}
        </div>
      )}
    </section>
  );
}
