// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { HealthPanel } from '../../../../components/popup/health/HealthPanel';
import { DEFAULT_STAGES } from '../../../../lib/model';
import { DAY_MS } from '../../../../lib/pipeline';
import { anna, captureId, createHarness } from '../../background/harness';
import { click, connect, mount, waitFor } from './render';

const FIGURES = ['open-deals', 'pipeline-value', 'weighted-forecast', 'average-deal-size', 'win-rate', 'sales-cycle', 'velocity', 'new-leads'];

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

describe('the health panel', () => {
  it('says "not enough data" and why for an empty pipeline, never NaN', async () => {
    const h = await createHarness();
    connect(h);
    const view = await mount(<HealthPanel stages={DEFAULT_STAGES} />);
    await waitFor(() => expect(view.get('metric-win-rate')).not.toBeNull());
    for (const name of FIGURES) expect(view.get(`metric-${name}`), name).not.toBeNull();
    expect(view.get('metric-win-rate')?.textContent).toBe('Win rateNot enough datano deals closed in the period');
    expect(view.host.textContent).not.toMatch(/NaN|Infinity|undefined/);
    await view.unmount();
  });

  it('shows the period’s figures, each with a trend line from the daily snapshots', async () => {
    const h = await createHarness();
    for (const [slug, value] of [['a', 1000], ['b', 3000]] as const) {
      const prospect = { ...anna, linkedinUrl: `https://www.linkedin.com/in/${slug}/` };
      await h.call('lead.capture', { captureId: captureId(), prospect, qualification: { dealValue: value } });
    }
    await h.call('pipeline.snapshot', {});
    h.advance(DAY_MS);
    const [first] = await h.repo.allLeads();
    await h.call('lead.move', { id: first!.id, stageId: 'won' });
    connect(h);
    const view = await mount(<HealthPanel stages={DEFAULT_STAGES} />);
    await waitFor(() => expect(view.get('metric-win-rate')?.textContent).toContain('100%'));
    expect(view.get('metric-open-deals')?.querySelector('[data-testid=metric-value]')?.textContent).toBe('1');
    const trend = view.get('metric-open-deals')?.querySelector('svg');
    expect(trend?.getAttribute('aria-label')).toBe('Trend over 8 weeks: from 2 to 1');
    expect(trend?.querySelector('path')?.getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+L[\d.]+ [\d.]+$/);
    expect(view.get('snapshot-days')?.textContent).toContain('2 of the last 56 days');
    await click(view.get('period-365'));
    await waitFor(() => expect(localStorage.getItem('pipewell:health-period')).toBe('365'));
    await view.unmount();
  });

  it('asks for the clean-up status (which also reads every lead) only once the figures are in', async () => {
    const h = await createHarness();
    const asked: string[] = [];
    fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
      const { name } = message as { name: string };
      asked.push(name);
      const reply = await h.raw(message);
      asked.push(`${name} answered`);
      return reply;
    });
    const view = await mount(<HealthPanel stages={DEFAULT_STAGES} />);
    await waitFor(() => expect(asked).toContain('hygiene.status answered'));
    expect(asked.indexOf('hygiene.status')).toBeGreaterThan(asked.indexOf('pipeline.metrics answered'));
    await view.unmount();
  });
});
