import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentView, LatestComment } from '@tessera/core/contract';
import { client, useResource } from '../../api/index.ts';
import { errorMessage, useFormat } from '../../i18n/index.ts';
import { ErrorFor, ErrorNotice, Loading } from '../../ui/index.ts';
import { insertMention, matchingNames, mentionQueryAt, splitMentions } from './mentions.ts';

interface CommentsPanelProps {
  id: string;
  projectId: number;
  lang: string;
  unitId: number;
  /** The open comments changed (read, added, resolved, reopened): how many, and the newest. */
  onOpenChanged: (open: number, latest: LatestComment | null) => void;
}

/** The comments on one unit: read, add (with @mentions), resolve and reopen. */
export function CommentsPanel({ id, projectId, lang, unitId, onOpenChanged }: CommentsPanelProps) {
  const { t } = useTranslation();
  const comments = useResource(`comments:${projectId}:${lang}:${unitId}`, (signal) => client.listComments({ params: { projectId, lang, unitId }, signal }));
  /** Comments changed here since the list was read, by id (newer than what the list says). */
  const [changed, setChanged] = useState<ReadonlyMap<number, CommentView>>(new Map());
  const list = useMemo(() => {
    const read = comments.data ?? [];
    const known = new Set(read.map((c) => c.id));
    const added = [...changed.values()].filter((c) => !known.has(c.id));
    return [...read.map((c) => changed.get(c.id) ?? c), ...added].sort((a, b) => a.id - b.id);
  }, [comments.data, changed]);

  const open = list.filter((c) => !c.resolved);
  const newest = open.at(-1) ?? null;
  const loaded = comments.data !== undefined;
  useEffect(() => {
    if (loaded) onOpenChanged(open.length, newest && { author: newest.author, body: newest.body, createdAt: newest.createdAt });
  }, [loaded, open.length, newest, onOpenChanged]);

  const remember = (comment: CommentView) => setChanged((current) => new Map(current).set(comment.id, comment));

  return (
    <section id={id} className="comments" aria-label={t('comments.title')}>
      {comments.error !== null && <ErrorFor error={comments.error} onRetry={comments.reload} />}
      {!loaded ? (
        comments.loading && <Loading />
      ) : list.length === 0 ? (
        <p className="muted">{t('comments.empty')}</p>
      ) : (
        <ol className="comments__list">
          {list.map((comment) => (
            <CommentItem key={comment.id} comment={comment} projectId={projectId} onChanged={remember} />
          ))}
        </ol>
      )}
      <CommentForm projectId={projectId} lang={lang} unitId={unitId} onAdded={remember} />
    </section>
  );
}

function CommentItem({ comment, projectId, onChanged }: { comment: CommentView; projectId: number; onChanged: (c: CommentView) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const toggle = async () => {
    setBusy(true);
    setFailure(null);
    try {
      onChanged(await client.resolveComment({ params: { projectId, commentId: comment.id }, body: { resolved: !comment.resolved } }));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className={`comment${comment.resolved ? ' comment--resolved' : ''}`} data-comment-id={comment.id} data-resolved={comment.resolved || undefined}>
      <p className="comment__head">
        <strong>{comment.author}</strong>{' '}
        <time dateTime={comment.createdAt} className="muted">
          {format.dateTime(comment.createdAt)}
        </time>
        {comment.resolved && <span className="badge badge--resolved">{t('comments.resolved')}</span>}
      </p>
      <p className="comment__body" dir="auto">
        <CommentBody body={comment.body} mentions={comment.mentions} />
      </p>
      <button type="button" className="button button--small button--quiet" disabled={busy} onClick={() => void toggle()}>
        {comment.resolved ? t('comments.reopen') : t('comments.resolve')}
      </button>
      {failure !== null && <ErrorFor error={failure} />}
    </li>
  );
}

/** The body with its @mentions highlighted; the names the server matched are given as their title. */
function CommentBody({ body, mentions }: { body: string; mentions: readonly string[] }) {
  const { t } = useTranslation();
  const title = mentions.length > 0 ? t('comments.mentions', { names: mentions.join(', ') }) : undefined;
  return (
    <>
      {splitMentions(body).map((part, index) =>
        part.kind === 'mention' ? (
          <mark key={index} className="mention" title={title}>
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}

interface CommentFormProps {
  projectId: number;
  lang: string;
  unitId: number;
  onAdded: (comment: CommentView) => void;
}

function CommentForm({ projectId, lang, unitId, onAdded }: CommentFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  /** `'empty'` for a comment sent without text, else whatever the request threw. */
  const [failure, setFailure] = useState<unknown>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState(0);
  const [chosen, setChosen] = useState(0);
  const [dismissed, setDismissed] = useState<number | null>(null);

  // Whom a comment on this language may mention: typing `@` offers their names.
  const people = useResource(`mentionable:${projectId}:${lang}`, (signal) => client.mentionable({ params: { projectId, lang }, signal }));
  const names = useMemo(() => [...new Set((people.data ?? []).map((p) => p.name))], [people.data]);
  const query = mentionQueryAt(body, caret);
  const offered = query && query.start !== dismissed ? matchingNames(names, query.query) : [];

  const choose = (name: string) => {
    if (!query) return;
    const next = insertMention(body, query.start, caret, name);
    setBody(next.text);
    setCaret(next.caret);
    setChosen(0);
    requestAnimationFrame(() => {
      field.current?.focus();
      field.current?.setSelectionRange(next.caret, next.caret);
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (offered.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setChosen((index) => (index + step + offered.length) % offered.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      const name = offered[Math.min(chosen, offered.length - 1)];
      if (name) {
        event.preventDefault();
        choose(name);
      }
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      setDismissed(query.start);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) {
      setFailure('empty');
      field.current?.focus();
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      onAdded(await client.addComment({ params: { projectId, lang, unitId }, body: { body: body.trim() } }));
      setBody('');
      setCaret(0);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const listId = `${id}-members`;
  return (
    <form className="comments__form" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-body`}>{t('comments.add')}</label>
      <div className="mention-field">
        <textarea
          id={`${id}-body`}
          ref={field}
          rows={2}
          dir="auto"
          value={body}
          role="combobox"
          aria-expanded={offered.length > 0}
          aria-controls={offered.length > 0 ? listId : undefined}
          aria-autocomplete="list"
          aria-activedescendant={offered.length > 0 ? `${listId}-${Math.min(chosen, offered.length - 1)}` : undefined}
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            setBody(e.target.value);
            setCaret(e.target.selectionStart);
            setChosen(0);
            // Escape closes the list for the mention being typed; once it is gone, the next `@` opens it again.
            if (mentionQueryAt(e.target.value, e.target.selectionStart) === null) setDismissed(null);
          }}
          onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
        />
        {offered.length > 0 && (
          <ul id={listId} role="listbox" className="mention-field__options" aria-label={t('comments.mentionOptions')}>
            {offered.map((name, index) => (
              <li
                key={name}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === Math.min(chosen, offered.length - 1)}
                className="mention-field__option"
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(name);
                }}
              >
                {name}
              </li>
            ))}
          </ul>
        )}
      </div>
      <p className="field__hint" id={`${id}-hint`}>
        {t('comments.hint')}
      </p>
      <div className="actions">
        <button type="submit" className="button button--small" disabled={busy} aria-busy={busy}>
          {t('comments.send')}
        </button>
      </div>
      {failure !== null && <ErrorNotice message={failure === 'empty' ? t('comments.emptyBody') : errorMessage(failure)} />}
    </form>
  );
}
