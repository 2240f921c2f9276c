import { type FormEvent, type KeyboardEvent, useState } from 'react';
import { useT } from '../../i18n';
import { field, secondaryButton } from '../styles';

/** The notes so far, and a field to add one (notes are a log: a new note is appended and logged as an activity). */
export function NotesEditor({ notes, onAdd }: { notes: string; onAdd: (note: string) => Promise<boolean> }) {
  const t = useT();
  const [text, setText] = useState('');

  async function add(event?: FormEvent) {
    event?.preventDefault();
    const note = text.trim();
    if (note && (await onAdd(note))) setText('');
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void add();
  }

  return (
    <div className="flex flex-col gap-2">
      {notes ? (
        <p className="max-h-40 overflow-auto rounded bg-slate-50 p-2 text-sm whitespace-pre-wrap dark:bg-slate-800" data-testid="notes" tabIndex={0} aria-label={t('notes')}>{notes}</p>
      ) : (
        <p className="text-xs text-slate-600 dark:text-slate-300">{t('noNotes')}</p>
      )}
      <form onSubmit={add} className="flex flex-col gap-1">
        <label className="flex flex-col text-xs font-medium text-slate-700 dark:text-slate-200">
          {t('addNote')}
          <textarea value={text} rows={2} maxLength={20_000} onChange={(e) => setText(e.target.value)} onKeyDown={onKeyDown} className={field} data-testid="note-input" />
        </label>
        <button type="submit" disabled={!text.trim()} className={`${secondaryButton} self-end`}>{t('addNote')}</button>
      </form>
    </div>
  );
}
