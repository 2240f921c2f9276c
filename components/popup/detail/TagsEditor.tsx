import { type FormEvent, useState } from 'react';
import { useT } from '../../i18n';
import { field, secondaryButton } from '../styles';
import { useDraft } from '../use-draft';

const MAX_TAGS = 50;

/** Tags as removable chips and a field to add one (Enter). */
export function TagsEditor({ tags, onSave }: { tags: string[]; onSave: (tags: string[]) => void }) {
  const t = useT();
  const [shown, setDraft] = useDraft(tags);
  const [text, setText] = useState('');
  const save = (next: string[]) => {
    setDraft(next);
    onSave(next);
  };

  function add(event: FormEvent) {
    event.preventDefault();
    const tag = text.trim().slice(0, 60);
    if (!tag || shown.includes(tag) || shown.length >= MAX_TAGS) return;
    save([...shown, tag]);
    setText('');
  }

  return (
    <div className="flex flex-col gap-2">
      {shown.length > 0 && (
        <ul className="flex flex-wrap gap-1" aria-label={t('tags')}>
          {shown.map((tag) => (
            <li key={tag} className="flex items-center rounded-full bg-indigo-100 pl-2 text-xs text-indigo-900 dark:bg-indigo-900 dark:text-indigo-100" data-testid="tag">
              {tag}
              <button
                type="button"
                aria-label={t('removeTag', tag)}
                onClick={() => save(shown.filter((x) => x !== tag))}
                className="ml-0.5 rounded-full px-1.5 hover:bg-indigo-200 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:hover:bg-indigo-800"
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} className="flex items-end gap-2">
        <label className="flex flex-1 flex-col text-xs font-medium text-slate-700 dark:text-slate-200">
          <span className="sr-only">{t('addTag')}</span>
          <input value={text} maxLength={60} onChange={(e) => setText(e.target.value)} placeholder={t('addTag')} className={field} data-testid="tag-input" />
        </label>
        <button type="submit" className={secondaryButton}>{t('add')}</button>
      </form>
    </div>
  );
}
