import type { ChangeEvent, ReactNode } from 'react';
import { LeadSource, type Stage } from '../../../lib/model';
import { useT } from '../../i18n';
import { SOURCE_LABEL } from '../source-labels';
import type { Filters } from './filters';

interface Props {
  filters: Filters;
  stages: Stage[];
  onChange: (filters: Filters) => void;
}

const GRADES = ['A', 'B', 'C', 'D'] as const;
const control = 'min-w-0 flex-1 rounded border border-slate-300 bg-white px-1 py-1 text-xs text-slate-900 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100';

function Select({ label, value, onChange, testId, children }: { label: string; value: string; onChange: (e: ChangeEvent<HTMLSelectElement>) => void; testId: string; children: ReactNode }) {
  return (
    <select aria-label={label} value={value} onChange={onChange} data-testid={testId} className={control}>
      {children}
    </select>
  );
}

/** Search and filters; every change asks again at once (the list answers as you type). */
export function FilterBar({ filters, stages, onChange }: Props) {
  const t = useT();
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  return (
    <div className="flex flex-col gap-1.5 border-b border-slate-200 px-2 py-2 dark:border-slate-700">
      <div className="flex items-center gap-2">
        <input
          type="search"
          aria-label={t('searchLeads')}
          placeholder={t('searchPlaceholder')}
          value={filters.text}
          maxLength={200}
          onChange={(e) => set({ text: e.target.value })}
          className="min-w-0 flex-1 rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 placeholder:text-slate-500 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:placeholder:text-slate-400"
          data-testid="search"
        />
        <label className="flex shrink-0 items-center gap-1 text-xs text-slate-700 dark:text-slate-200">
          <input type="checkbox" checked={filters.overdue} onChange={(e) => set({ overdue: e.target.checked })} data-testid="filter-overdue" />
          {t('overdueOnly')}
        </label>
      </div>
      <div className="flex items-center gap-1">
        <Select label={t('filterStage')} value={filters.stageId} onChange={(e) => set({ stageId: e.target.value })} testId="filter-stage">
          <option value="">{t('allOpenStages')}</option>
          {stages.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </Select>
        <Select label={t('filterGrade')} value={filters.grade} onChange={(e) => set({ grade: e.target.value as Filters['grade'] })} testId="filter-grade">
          <option value="">{t('allGrades')}</option>
          {GRADES.map((g) => <option key={g} value={g}>{t('gradeLetter', g)}</option>)}
        </Select>
        <Select label={t('filterSource')} value={filters.source} onChange={(e) => set({ source: e.target.value as Filters['source'] })} testId="filter-source">
          <option value="">{t('allSources')}</option>
          {LeadSource.options.map((s) => <option key={s} value={s}>{t(SOURCE_LABEL[s])}</option>)}
        </Select>
        <Select label={t('filterQualified')} value={filters.qualified} onChange={(e) => set({ qualified: e.target.value as Filters['qualified'] })} testId="filter-qualified">
          <option value="">{t('qualifiedAny')}</option>
          <option value="yes">{t('qualified')}</option>
          <option value="no">{t('unqualified')}</option>
        </Select>
      </div>
    </div>
  );
}
