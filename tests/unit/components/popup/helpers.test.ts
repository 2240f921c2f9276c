import { describe, expect, it } from 'vitest';
import { isFiltered, NO_FILTERS, queryFor } from '../../../../components/popup/board/filters';
import { listItems, neighbourStage } from '../../../../components/popup/board/list-items';
import { dateFromInput, dateInputValue, parseAmount } from '../../../../components/popup/detail/DealEditor';
import { safeUrl } from '../../../../components/popup/detail/safe-url';
import { sparklinePath } from '../../../../components/popup/health/sparkline-path';
import { parseRoute, routeHash } from '../../../../components/popup/route';
import { DEFAULT_STAGES, LeadQuery } from '../../../../lib/model';
import { makeLead } from '../../pipeline/lead-factory';

describe('queryFor', () => {
  it.each([
    [{}, { status: ['open'], sort: 'score', direction: 'desc', limit: 500 }],
    [{ text: '  anna ' }, { status: ['open'], text: 'anna' }],
    [{ stageId: 'won' }, { status: ['open', 'won', 'lost'], stageId: 'won' }],
    [{ grade: 'A', source: 'gmail' }, { grade: 'A', source: 'gmail' }],
    [{ qualified: 'no' }, { qualified: false }],
    [{ qualified: 'yes', overdue: true }, { qualified: true, overdue: true }],
  ] as const)('%o → %o', (filters, expected) => {
    const query = queryFor({ ...NO_FILTERS, ...filters });
    expect(query).toMatchObject(expected);
    expect(LeadQuery.safeParse(query).success).toBe(true);
    expect(isFiltered({ ...NO_FILTERS, ...filters })).toBe(Object.keys(filters).length > 0);
  });
});

describe('listItems', () => {
  const leads = [makeLead({ id: 'q1', stageId: 'qualified' }), makeLead({ id: 'n1' }), makeLead({ id: 'x1', stageId: 'gone' }), makeLead({ id: 'n2' })];

  it('puts each stage’s leads under its heading, in pipeline order, keeping their order; unknown stages last', () => {
    const rows = listItems(leads, DEFAULT_STAGES, true).map((i) => (i.kind === 'stage' ? `# ${i.stage.name} ${i.count}` : i.lead.id));
    expect(rows).toEqual(['# New 2', 'n1', 'n2', '# Qualified 1', 'q1', '# gone 1', 'x1']);
  });

  it('is flat when not grouped', () => {
    expect(listItems(leads, DEFAULT_STAGES, false).map((i) => i.kind)).toEqual(['lead', 'lead', 'lead', 'lead']);
  });

  it.each([
    ['new', 1, 'contacted'],
    ['contacted', -1, 'new'],
    ['new', -1, undefined],
    ['negotiation', 1, undefined],
    ['won', 1, undefined],
  ] as const)('from %s by %i is %s', (from, step, to) => {
    expect(neighbourStage(DEFAULT_STAGES, from, step)?.id).toBe(to);
  });
});

describe('sparklinePath', () => {
  it('draws time evenly along x and the series’ range along y, lifting the pen over gaps', () => {
    expect(sparklinePath([0, 10, null, 5, 10], 40, 24)).toEqual({ d: 'M0 22L10 2M30 12L40 2', last: { x: 40, y: 2 }, count: 4 });
  });

  it.each([
    [[], ''],
    [[null, null], ''],
    [[7], 'M40 12'],
    [[3, 3, 3], 'M0 12L20 12L40 12'],
    [[1000, 1001], 'M0 12L40 12'],
  ])('%o → %s, never NaN', (points, d) => {
    const shape = sparklinePath(points, 40, 24);
    expect(shape.d).toBe(d);
    expect(JSON.stringify(shape)).not.toContain('NaN');
  });
});

describe('routes', () => {
  it.each([
    ['', { view: 'pipeline' }],
    ['#/health', { view: 'health' }],
    ['#/review', { view: 'review' }],
    ['#/lead/abc-123', { view: 'lead', id: 'abc-123' }],
    ['#/lead/a%2Fb', { view: 'lead', id: 'a/b' }],
    ['#/lead/%E0%A4%A', { view: 'pipeline' }],
    ['#/nonsense', { view: 'pipeline' }],
  ] as const)('%s → %o', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    if (hash && route.view !== 'pipeline') expect(routeHash(route)).toBe(hash);
  });
});

describe('deal inputs', () => {
  it.each([
    ['12000', 12000],
    ['12 000,50', 12000.5],
    ['0', 0],
    ['', undefined],
    ['-5', undefined],
    ['lots', undefined],
    ['1e13', undefined],
  ])('parseAmount(%s) = %s', (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });

  it('round-trips a date input through 09:00 local time', () => {
    const at = dateFromInput('2026-03-05');
    expect(new Date(at!).getHours()).toBe(9);
    expect(dateInputValue(at)).toBe('2026-03-05');
    expect(dateFromInput('5 March')).toBeUndefined();
    expect(dateInputValue(undefined)).toBe('');
  });

  it.each([
    ['https://mail.google.com/mail/u/0/#inbox/1', 'https://mail.google.com/mail/u/0/#inbox/1'],
    ['javascript:alert(1)', undefined],
    ['data:text/html,hi', undefined],
    ['not a url', undefined],
    [undefined, undefined],
  ])('safeUrl(%s) = %s', (raw, url) => {
    expect(safeUrl(raw)).toBe(url);
  });
});
