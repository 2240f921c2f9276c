// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { FIRST_PAGE } from '../../../../components/popup/board/filters';
import { PopupApp } from '../../../../components/popup/PopupApp';
import { anna, captureId, createHarness, T0 } from '../../background/harness';
import { click, connect, mount, press, type, waitFor } from './render';
import { scoreByValue } from './scorer';

type Harness = Awaited<ReturnType<typeof createHarness>>;

async function seed(h: Harness, name: string, dealValue: number, stageId = 'new') {
  const slug = name.toLowerCase().replace(/\s+/g, '-');
  const prospect = { ...anna, name, linkedinUrl: `https://www.linkedin.com/in/${slug}/` };
  return (await h.call('lead.capture', { captureId: captureId(), prospect, qualification: { dealValue, stageId } })).lead.id;
}

async function popupWith(leads: [string, number, string?][]) {
  const h = await createHarness(scoreByValue);
  const ids = [];
  for (const [name, value, stage] of leads) ids.push(await seed(h, name, value, stage));
  connect(h);
  const view = await mount(<PopupApp now={() => T0} onOpenOptions={vi.fn()} />);
  await waitFor(() => expect(view.all('lead-row')).toHaveLength(leads.length));
  // The stage counts are asked for once the list has answered.
  await waitFor(() => expect(countOf(view, 'new')).toBeDefined());
  return { h, ids, view };
}

const names = (rows: HTMLElement[]) => rows.map((row) => row.querySelector('[data-testid=lead-name]')?.textContent);
const countOf = (view: Awaited<ReturnType<typeof mount>>, stageId: string) =>
  view.host.querySelector(`[data-testid=stage-column][data-stage-id=${stageId}] [data-testid=stage-count]`)?.textContent;

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
  window.location.hash = '';
});

describe('the pipeline view', () => {
  it('groups open leads by stage in pipeline order, by score within a stage, with counts and values per stage', async () => {
    const { view } = await popupWith([['Low New', 10_000], ['High New', 90_000], ['Mid Qualified', 40_000, 'qualified']]);
    expect(names(view.all('lead-row'))).toEqual(['High New', 'Low New', 'Mid Qualified']);
    expect(countOf(view, 'new')).toBe('2');
    expect(view.host.querySelector('[data-stage-id=new] [data-testid=stage-value]')?.textContent).toBe('€100,000');
    await view.unmount();
  });

  it('moves the focused lead a stage with ] and [, says so, and keeps it focused', async () => {
    const { h, ids, view } = await popupWith([['Anna Berg', 20_000]]);
    await press(view.host.querySelector('[data-row-open]'), ']');
    await waitFor(() => expect(countOf(view, 'contacted')).toBe('1'));
    expect((await h.repo.getLead(ids[0]!))?.stageId).toBe('contacted');
    expect(view.get('announcement')?.textContent).toBe('Moved Anna Berg to Contacted');
    await waitFor(() => expect(document.activeElement?.hasAttribute('data-row-open')).toBe(true));
    await press(document.activeElement, '[');
    await waitFor(async () => expect(countOf(view, 'new')).toBe('1'));
    await view.unmount();
  });

  it('marks a lead lost with a new reason, and keeps the reason for next time', async () => {
    const { h, ids, view } = await popupWith([['Anna Berg', 20_000]]);
    await click(view.get('move-lead'));
    // The dialog's code loads on first use (or once the board is drawn and the page is idle).
    await waitFor(() => expect(view.get('mark-lost')).not.toBeNull());
    await click(view.get('mark-lost'));
    await type(view.get('lost-reason'), '\u0000new');
    await type(view.get('lost-new-reason'), 'Went in-house');
    await click(view.get('confirm-lost'));
    await waitFor(() => expect(view.all('lead-row')).toHaveLength(0));
    const lead = await h.repo.getLead(ids[0]!);
    expect(lead).toMatchObject({ status: 'lost', stageId: 'lost', lostReason: 'Went in-house' });
    expect((await h.ctx.settings()).lostReasons).toContain('Went in-house');
    await view.unmount();
  });

  it('marks a lead won with the value asked for', async () => {
    const { h, ids, view } = await popupWith([['Anna Berg', 20_000, 'negotiation']]);
    await press(view.host.querySelector('[data-row-open]'), ']');
    await waitFor(() => expect(view.get('won-value')).not.toBeNull());
    await type(view.get('won-value'), '25 000');
    await click(view.get('confirm-won'));
    await waitFor(async () => expect(await h.repo.getLead(ids[0]!)).toMatchObject({ status: 'won', dealValue: 25_000 }));
    await view.unmount();
  });

  it('filters as you type: search text and grade narrow the list', async () => {
    const { view } = await popupWith([['Anna Berg', 80_000], ['Erik Lind', 10_000]]);
    await type(view.get('search'), 'erik');
    await waitFor(() => expect(names(view.all('lead-row'))).toEqual(['Erik Lind']));
    await type(view.get('search'), '');
    await type(view.get('filter-grade'), 'A');
    await waitFor(() => expect(names(view.all('lead-row'))).toEqual(['Anna Berg']));
    await view.unmount();
  });

  it('opens the last board and list it had at once, before the background answers', async () => {
    const first = await popupWith([['Anna Berg', 20_000]]);
    await first.view.unmount();
    // A background that never answers: everything on screen now comes from the cache.
    fakeBrowser.runtime.onMessage.removeAllListeners();
    fakeBrowser.runtime.onMessage.addListener(() => new Promise(() => undefined));
    const again = await mount(<PopupApp now={() => T0} onOpenOptions={vi.fn()} />);
    expect(names(again.all('lead-row'))).toEqual(['Anna Berg']);
    expect(countOf(again, 'new')).toBe('1');
    await again.unmount();
  });

  it('with nothing to show, draws a first screenful first and then the whole list; with a cached list, asks for the whole list only', async () => {
    const h = await createHarness(scoreByValue);
    for (let i = 0; i < FIRST_PAGE + 5; i++) await seed(h, `Lead ${i}`, 1_000 * (i + 1));
    const limits: number[] = [];
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
      const { name, data } = message as { name: string; data: { limit?: number } };
      if (name === 'lead.list') limits.push(data.limit ?? 0);
      if (name === 'lead.list' && data.limit !== FIRST_PAGE) await held;
      return h.raw(message);
    });
    const view = await mount(<PopupApp now={() => T0} onOpenOptions={vi.fn()} />);
    const heading = () => view.host.querySelector('[role=presentation]')?.textContent;
    await waitFor(() => expect(heading()).toBe(`New · ${FIRST_PAGE}`));
    expect(limits).toEqual([FIRST_PAGE, 500]);
    // Neither "showing the first 500" nor the stage counts before the whole list is in.
    expect(view.host.textContent).not.toContain('Showing the first');
    expect(countOf(view, 'new')).toBeUndefined();
    release();
    await waitFor(() => expect(heading()).toBe(`New · ${FIRST_PAGE + 5}`));
    await waitFor(() => expect(countOf(view, 'new')).toBe(String(FIRST_PAGE + 5)));
    await view.unmount();

    limits.length = 0;
    const again = await mount(<PopupApp now={() => T0} onOpenOptions={vi.fn()} />);
    expect(again.host.querySelector('[role=presentation]')?.textContent).toBe(`New · ${FIRST_PAGE + 5}`);
    await waitFor(() => expect(limits).toEqual([500]));
    await again.unmount();
  });
});
