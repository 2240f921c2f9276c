import { type DragEvent, useState } from 'react';
import type { ResponseOf } from '../../../lib/messaging/protocol';
import { useT } from '../../i18n';
import { formatAmounts } from '../money';
import { DRAG_TYPE } from './LeadRow';

type Column = ResponseOf<'pipeline.board'>['columns'][number];

interface Props {
  columns: Column[];
  selected: string;
  onSelect: (stageId: string) => void;
  /** A lead dragged onto a stage. */
  onDropLead: (leadId: string, stageId: string) => void;
}

/** One box per open stage with its count and value per currency; choosing one filters the list, dropping a lead on one moves it there. */
export function StageStrip({ columns, selected, onSelect, onDropLead }: Props) {
  const t = useT();
  const [over, setOver] = useState('');

  function onDrop(event: DragEvent, stageId: string) {
    const id = event.dataTransfer.getData(DRAG_TYPE);
    setOver('');
    if (!id) return;
    event.preventDefault();
    onDropLead(id, stageId);
  }

  return (
    <div role="group" aria-label={t('stages')} className="flex gap-1 overflow-x-auto border-b border-slate-200 px-2 py-2 dark:border-slate-700">
      {columns.map(({ stage, count, value }) => {
        const amounts = formatAmounts(value);
        const pressed = selected === stage.id;
        return (
          <button
            key={stage.id}
            type="button"
            data-testid="stage-column"
            data-stage-id={stage.id}
            aria-pressed={pressed}
            onClick={() => onSelect(pressed ? '' : stage.id)}
            onDragOver={(e) => {
              if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
              e.preventDefault();
              setOver(stage.id);
            }}
            onDragLeave={() => setOver('')}
            onDrop={(e) => onDrop(e, stage.id)}
            className={`flex min-w-20 flex-1 flex-col justify-start rounded-md border px-2 py-1 text-left focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 ${
              pressed
                ? 'border-indigo-600 bg-indigo-50 dark:border-indigo-400 dark:bg-indigo-950'
                : 'border-slate-200 hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800'
            } ${over === stage.id ? 'ring-2 ring-indigo-500' : ''}`}
          >
            <span className="block truncate text-xs font-medium text-slate-700 dark:text-slate-200">{stage.name}</span>
            <span className="block text-lg leading-6 font-bold tabular-nums">
              <span data-testid="stage-count">{count}</span>
              <span className="sr-only"> {t('leads')}</span>
            </span>
            <span className="block text-xs text-slate-600 tabular-nums dark:text-slate-300" data-testid="stage-value">
              {amounts.length === 0 && t('none')}
              {amounts.slice(0, 2).map((amount) => <span key={amount} className="block truncate">{amount}</span>)}
              {amounts.length > 2 && <span className="block">{t('moreCurrencies', amounts.length - 2)}</span>}
            </span>
          </button>
        );
      })}
    </div>
  );
}
