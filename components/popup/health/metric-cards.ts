import type { MetricTrend } from '../../../lib/messaging/protocol/pipeline';
import type { Figure, MoneyFigure, PipelineMetrics, SeriesMetric } from '../../../lib/pipeline';
import { formatMoney } from '../../format';
import type { MessageKey, Translate } from '../../i18n';

export type MetricFormat = 'count' | 'money' | 'percent' | 'days' | 'moneyPerDay' | 'perWeek';

export interface CardSpec {
  /** `data-testid="metric-<id>"`. */
  id: string;
  label: MessageKey;
  /** What the figure means (DESIGN.md's definition, in a sentence). */
  help: MessageKey;
  metric: SeriesMetric;
  format: MetricFormat;
}

export const CARDS: CardSpec[] = [
  { id: 'open-deals', label: 'metricOpenDeals', help: 'helpOpenDeals', metric: 'openDeals', format: 'count' },
  { id: 'pipeline-value', label: 'metricPipelineValue', help: 'helpPipelineValue', metric: 'pipelineValue', format: 'money' },
  { id: 'weighted-forecast', label: 'metricWeightedForecast', help: 'helpWeightedForecast', metric: 'weightedForecast', format: 'money' },
  { id: 'average-deal-size', label: 'metricAverageDealSize', help: 'helpAverageDealSize', metric: 'averageDealSize', format: 'money' },
  { id: 'win-rate', label: 'metricWinRate', help: 'helpWinRate', metric: 'winRate', format: 'percent' },
  { id: 'sales-cycle', label: 'metricSalesCycle', help: 'helpSalesCycle', metric: 'salesCycleDays', format: 'days' },
  { id: 'velocity', label: 'metricVelocity', help: 'helpVelocity', metric: 'salesVelocity', format: 'moneyPerDay' },
  { id: 'new-leads', label: 'metricNewLeads', help: 'helpNewLeads', metric: 'newLeadsPerWeek', format: 'perWeek' },
];

export function figureOf(metrics: PipelineMetrics, metric: SeriesMetric): Figure | MoneyFigure {
  return metric === 'newLeadsPerWeek' ? metrics.newLeads.perWeek : metrics[metric];
}

const decimal = (value: number, digits: number, locale?: string) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);

/** A figure's value as the panel shows it; money stays in its own currency. */
export function formatFigure(t: Translate, format: MetricFormat, value: number, currency = 'EUR', locale?: string): string {
  switch (format) {
    case 'count':
      return decimal(value, 0, locale);
    case 'money':
      return formatMoney(value, currency, locale);
    case 'percent':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
    case 'days':
      return t('daysValue', decimal(value, 1, locale));
    case 'moneyPerDay':
      return t('perDay', formatMoney(value, currency, locale));
    case 'perWeek':
      return decimal(value, 1, locale);
  }
}

/** The lib's reasons read "not enough data: …"; the panel says "not enough data" itself. */
export function reasonDetail(reason: string): string {
  return reason.replace(/^not enough data:\s*/i, '');
}

export function trendFor(series: readonly MetricTrend[], metric: SeriesMetric, currency?: string): (number | null)[] {
  return series.find((s) => s.metric === metric && s.currency === currency)?.points ?? [];
}
