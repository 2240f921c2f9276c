import type { ExportQueryInput } from '../../lib/messaging/protocol/io';
import type { LeadSort, LeadSource, LeadStatus, Stage } from '../../lib/model';
import { type MessageKey, useT } from '../i18n';
import { INPUT, LABEL } from '../options/field-classes';

const STATUSES: [LeadStatus, MessageKey][] = [['open', 'dataStatusOpen'], ['won', 'dataStatusWon'], ['lost', 'dataStatusLost'], ['archived', 'dataStatusArchived']];
const SOURCES: [LeadSource, MessageKey][] = [['linkedin', 'dataSourceLinkedin'], ['gmail', 'dataSourceGmail'], ['manual', 'dataSourceManual'], ['import', 'dataSourceImport']];
const SORTS: [LeadSort, 'asc' | 'desc', MessageKey][] = [
  ['score', 'desc', 'dataSortScore'], ['name', 'asc', 'dataSortName'], ['created', 'desc', 'dataSortCreated'], ['lastTouch', 'desc', 'dataSortLastTouch'],
];

interface Props {
  value: ExportQueryInput;
  stages: Stage[];
  onChange: (query: ExportQueryInput) => void;
}

/** The filters and order of "the current view" an export writes. */
export function ExportFilters({ value, stages, onChange }: Props) {
  const t = useT();
  const set = (patch: Partial<ExportQueryInput>) => onChange({ ...value, ...patch });
  const select = (label: MessageKey, current: string, options: [string, string][], apply: (v: string) => void, testId: string) => (
    <label className={LABEL}>
      {t(label)}
      <select className={INPUT} value={current} onChange={(e) => apply(e.target.value)} data-testid={testId}>
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </label>
  );
  const sort = `${value.sort ?? 'score'}:${value.direction ?? 'desc'}`;
  return (
    <div className="flex flex-wrap items-end gap-3">
      {select('dataFilterStage', value.stageId ?? '', [['', t('dataAnyStage')], ...stages.map((s): [string, string] => [s.id, s.name])], (v) => set({ stageId: v || undefined }), 'export-stage')}
      {select('dataFilterStatus', value.status?.[0] ?? '', [['', t('dataAnyStatus')], ...STATUSES.map(([v, k]): [string, string] => [v, t(k)])], (v) => set({ status: v ? [v as LeadStatus] : undefined }), 'export-status')}
      {select('dataFilterGrade', value.grade ?? '', [['', t('dataAnyGrade')], ...(['A', 'B', 'C', 'D'] as const).map((g): [string, string] => [g, g])], (v) => set({ grade: (v || undefined) as ExportQueryInput['grade'] }), 'export-grade')}
      {select('dataFilterSource', value.source ?? '', [['', t('dataAnySource')], ...SOURCES.map(([v, k]): [string, string] => [v, t(k)])], (v) => set({ source: (v || undefined) as LeadSource | undefined }), 'export-source')}
      <label className={LABEL}>
        {t('dataFilterText')}
        <input type="search" className={INPUT} value={value.text ?? ''} onChange={(e) => set({ text: e.target.value || undefined })} maxLength={200} data-testid="export-text" />
      </label>
      {select('dataSortBy', sort, SORTS.map(([s, d, k]): [string, string] => [`${s}:${d}`, t(k)]), (v) => {
        const [s, d] = v.split(':') as [LeadSort, 'asc' | 'desc'];
        set({ sort: s, direction: d });
      }, 'export-sort')}
    </div>
  );
}
