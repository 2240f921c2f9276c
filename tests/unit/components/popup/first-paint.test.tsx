// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"handleDisabledFileLoadingAsSuccess": true}}
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIRST_PAGE, FIRST_PAINT_CACHE_KEY, LIST_CACHE_KEY } from '../../../../components/popup/board/filters';
import { cacheId } from '../../../../components/popup/cache-entry';
import { FIRST_PAINT_DEFAULTS, startFirstPaint } from '../../../../components/popup/first-paint';
import { REACT_WAITS_MS } from '../../../../components/popup/first-paint/react-waits';
import { clearCacheMemory } from '../../../../components/popup/local-cache';
import { PopupApp } from '../../../../components/popup/PopupApp';
import { DEFAULT_SETTINGS } from '../../../../lib/model';
import { anna, captureId, createHarness, T0 } from '../../background/harness';
import { installFakeExtension, type Message } from '../../content/fake-extension';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '../../../../components/i18n';
import { connect, mount, t, waitFor } from './render';
import { scoreByValue } from './scorer';

// A built page's entry script: the cache trusts (and the first paint reads) only what this build wrote.
document.head.innerHTML = '<script type="module" src="chrome-extension://abc/chunks/popup-Dm3k93jp.js"></script>';

const DAY = 86_400_000;
const yes = { answer: 'yes', note: '' } as const;

type Harness = Awaited<ReturnType<typeof createHarness>>;

/** Leads that use every part of a row: grades, (un)qualified, next steps due and overdue, two currencies, three stages. */
async function seedVariety(h: Harness) {
  const leads: [string, number, string, Record<string, unknown>][] = [
    ['Anna Berg', 90_000, 'new', { bant: { budget: yes, authority: yes, need: yes, timing: yes }, nextStep: 'Send proposal', nextStepAt: T0 + DAY }],
    ['Erik Lind', 40_000, 'new', { nextStep: 'Call back', nextStepAt: T0 - DAY, currency: 'SEK' }],
    ['Maja Holm', 10_000, 'qualified', {}],
    ['Olof Ek', 0, 'proposal', { nextStep: 'Demo' }],
  ];
  for (const [name, dealValue, stageId, more] of leads) {
    const prospect = { ...anna, name, linkedinUrl: `https://www.linkedin.com/in/${name.toLowerCase().replace(' ', '-')}/` };
    await h.call('lead.capture', { captureId: captureId(), prospect, qualification: { dealValue, stageId, ...more } });
  }
}

/** An element as a string of its tag, sorted attributes and children, adjacent text merged. */
function shape(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return JSON.stringify(node.textContent);
  const el = node as HTMLElement;
  const attrs = [...el.attributes].map((a) => (a.name === 'style' ? `style=${el.style.cssText}` : `${a.name}=${a.value}`)).sort();
  return `<${el.tagName.toLowerCase()} ${attrs.join(' ')}>${[...el.childNodes].map(shape).join('')}</${el.tagName.toLowerCase()}>`;
}

/** The frame with the list's rows taken out (returned by data-index): the two draw different numbers of rows below the fold. */
function split(frame: Element) {
  const copy = frame.cloneNode(true) as Element;
  copy.normalize();
  const rows = new Map<string, string>();
  for (const row of copy.querySelectorAll('[role=list] [data-index]')) {
    rows.set(row.getAttribute('data-index')!, shape(row));
    row.remove();
  }
  return { frame: shape(copy), rows };
}

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
  clearCacheMemory();
  window.location.hash = '';
  vi.unstubAllGlobals();
});

async function render(paint: ReturnType<typeof startFirstPaint>) {
  const reactRoot = createRoot(document.getElementById('root')!);
  await act(async () => reactRoot.render(<I18nProvider t={t}><PopupApp now={() => T0} onOpenOptions={vi.fn()} onCommitted={paint.handOver} /></I18nProvider>));
  return reactRoot;
}

function firstPaintInto() {
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
  return { root, paint: startFirstPaint(root, '', t, T0) };
}

describe('the popup’s first paint', () => {
  it('draws the board React drew last time, element for element, from what React kept', async () => {
    const h = await createHarness(scoreByValue);
    await seedVariety(h);
    connect(h);
    const view = await mount(<PopupApp now={() => T0} onOpenOptions={vi.fn()} />);
    await waitFor(() => expect(view.all('lead-row')).toHaveLength(4));
    await waitFor(() => expect(view.all('stage-count').length).toBeGreaterThan(0));
    const react = split(view.host.firstElementChild!);
    await view.unmount();
    clearCacheMemory();

    const { root } = firstPaintInto();
    const drawn = split(root.previousElementSibling!.firstElementChild!);
    expect(drawn.frame).toBe(react.frame);
    // Every item of this short list starts within the popup's height: both draw all seven (three headings, four leads).
    expect([...drawn.rows.keys()]).toEqual([...react.rows.keys()]);
    expect(drawn.rows.size).toBe(7);
    for (const [index, row] of react.rows) expect(drawn.rows.get(index)).toBe(row);
  });

  it('keeps the list’s first screenful apart and draws from it (from the whole list where a build before kept none)', async () => {
    const h = await createHarness(scoreByValue);
    for (let i = 0; i < FIRST_PAGE + 6; i++) {
      const prospect = { ...anna, name: `Lead ${i}`, linkedinUrl: `https://www.linkedin.com/in/lead-${i}/` };
      await h.call('lead.capture', { captureId: captureId(), prospect, qualification: { dealValue: 1000 * (i + 1) } });
    }
    connect(h);
    const view = await mount(<PopupApp now={() => T0} onOpenOptions={vi.fn()} />);
    await waitFor(() => expect(view.all('stage-count').length).toBeGreaterThan(0));
    const stored = (key: string) => JSON.parse(localStorage.getItem(cacheId('lead.list', key)) ?? 'null')?.data;
    await waitFor(() => expect(stored(FIRST_PAINT_CACHE_KEY)).not.toBeNull());
    const whole = stored(LIST_CACHE_KEY);
    expect(whole.items).toHaveLength(FIRST_PAGE + 6);
    expect(stored(FIRST_PAINT_CACHE_KEY)).toEqual({ items: whole.items.slice(0, FIRST_PAGE), hasMore: whole.hasMore });
    await view.unmount();

    const rowsDrawn = () => {
      clearCacheMemory();
      document.body.replaceChildren();
      const { root } = firstPaintInto();
      return root.previousElementSibling!.querySelectorAll('[data-testid=lead-row]').length;
    };
    // Kept with one lead: the first paint draws that one, not the whole list's.
    const entry = JSON.parse(localStorage.getItem(cacheId('lead.list', FIRST_PAINT_CACHE_KEY))!);
    localStorage.setItem(cacheId('lead.list', FIRST_PAINT_CACHE_KEY), JSON.stringify({ ...entry, data: { items: whole.items.slice(0, 1), hasMore: true } }));
    expect(rowsDrawn()).toBe(1);
    localStorage.removeItem(cacheId('lead.list', FIRST_PAINT_CACHE_KEY));
    expect(rowsDrawn()).toBeGreaterThan(1);
  });

  it('with nothing cached, asks for the first page without zod, draws its answer, and hands over to React', async () => {
    const h = await createHarness(scoreByValue);
    await seedVariety(h);
    const sendMessage = installFakeExtension((message: Message) => h.raw(message));
    const { root, paint } = firstPaintInto();
    const host = root.previousElementSibling as HTMLElement;
    expect(host.hasAttribute('inert')).toBe(true);
    expect(root.style.visibility).toBe('hidden');
    expect(host.querySelector('[role=status]')?.textContent).toBe('Loading…');
    await paint.drawn;
    expect(sendMessage).toHaveBeenCalledWith(expect.objectContaining({ name: 'lead.list', data: expect.objectContaining({ limit: FIRST_PAGE }) }));
    expect([...host.querySelectorAll('[data-testid=lead-name]')].map((n) => n.textContent)).toEqual(['Anna Berg', 'Erik Lind', 'Maja Holm', 'Olof Ek']);
    paint.handOver(false); // React committed without its rows: these stay
    expect(host.isConnected).toBe(true);
    paint.handOver(true);
    expect(host.isConnected).toBe(false);
    expect(root.getAttribute('style')).toBeNull();
  });

  it('with nothing cached, asks before it draws anything, so the background reads while the page builds', async () => {
    const drawnWhenAsked: boolean[] = [];
    installFakeExtension(() => {
      drawnWhenAsked.push(document.querySelector('[inert]') !== null);
      return { ok: true, data: { items: [], hasMore: false } };
    });
    const { paint } = firstPaintInto();
    await paint.drawn;
    expect(drawnWhenAsked).toEqual([false]);
  });

  it('lets React load once the rows it drew have had a frame', async () => {
    const h = await createHarness(scoreByValue);
    await seedVariety(h);
    installFakeExtension((message: Message) => h.raw(message));
    let frames = 0;
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames += 1;
      setTimeout(() => callback(0));
      return frames;
    });
    const { root, paint } = firstPaintInto();
    await paint.shown;
    expect(root.previousElementSibling?.querySelectorAll('[data-testid=lead-row]')).toHaveLength(4);
    expect(frames).toBe(1);
  });

  it(`lets React load after ${REACT_WAITS_MS} ms when the background has not answered`, async () => {
    vi.useFakeTimers();
    try {
      installFakeExtension(() => new Promise(() => undefined));
      const { paint } = firstPaintInto();
      let shown = false;
      void paint.shown.then(() => (shown = true));
      await vi.advanceTimersByTimeAsync(REACT_WAITS_MS - 1);
      expect(shown).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(shown).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('hands over to React in React’s first commit: its board starts from the early answer, not "Loading…"', async () => {
    const h = await createHarness(scoreByValue);
    await seedVariety(h);
    installFakeExtension((message: Message) => h.raw(message));
    connect(h);
    const { root, paint } = firstPaintInto();
    await paint.drawn;
    const host = root.previousElementSibling!;
    const commits: { rows: number; loading: boolean; handedOver: boolean }[] = [];
    new MutationObserver(() => commits.push({ rows: root.querySelectorAll('[data-testid=lead-row]').length, loading: root.querySelector('section [role=status]') !== null, handedOver: !host.isConnected })).observe(root, { childList: true, subtree: true });
    const reactRoot = await render(paint);
    expect(commits[0]).toEqual({ rows: 4, loading: false, handedOver: true });
    await act(async () => reactRoot.unmount());
  });

  it('hands over to React at once when React loads before the answer: both show "Loading…"', async () => {
    const h = await createHarness(scoreByValue);
    await seedVariety(h);
    let answer = () => undefined as unknown;
    installFakeExtension((message: Message) => new Promise((resolve) => (answer = () => resolve(h.raw(message)))));
    connect(h);
    const { root, paint } = firstPaintInto();
    const host = root.previousElementSibling!;
    const reactRoot = await render(paint);
    expect(host.isConnected).toBe(false);
    expect(root.getAttribute('style')).toBeNull();
    expect(root.querySelector('section [role=status]')?.textContent).toBe('Loading…');
    answer();
    await waitFor(() => expect(root.querySelectorAll('[data-testid=lead-row]')).toHaveLength(4));
    expect(host.querySelector('[data-testid=lead-row]')).toBeNull(); // it drew nothing once React had taken over
    await act(async () => reactRoot.unmount());
  });

  it('leaves "Loading…" for React to explain when the background fails', async () => {
    installFakeExtension(() => ({ ok: false, error: 'no database' }));
    const { root, paint } = firstPaintInto();
    await paint.drawn;
    expect(root.previousElementSibling?.querySelector('[data-testid=lead-row]')).toBeNull();
    expect(root.previousElementSibling?.textContent).toContain('Loading…');
  });

  it.each(['#/health', '#/review', '#/lead/abc'])('draws nothing for a popup opening on %s', async (hash) => {
    const root = document.createElement('div');
    document.body.append(root);
    const paint = startFirstPaint(root, hash, t, T0);
    await paint.drawn;
    expect(document.body.children).toHaveLength(1);
    expect(root.getAttribute('style')).toBeNull();
  });

  it('uses the settings React uses before any are cached', () => {
    expect(FIRST_PAINT_DEFAULTS).toEqual({ stages: DEFAULT_SETTINGS.stages, qualifiedMinYes: DEFAULT_SETTINGS.qualifiedMinYes });
  });
});
