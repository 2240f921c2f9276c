// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOverlay } from '../../../lib/content/create-overlay';
import type { Overlay } from '../../../lib/content/overlay-store';
import { runPageView, type SiteDriver } from '../../../lib/content/session';
import { DEFAULT_SETTINGS, type Prospect } from '../../../lib/model';
import { alice, bob, knownBob } from './card-fixtures';
import { installFakeExtension, type Message } from './fake-extension';

const THREAD = alice.sourceUrl;
const LIST = 'https://mail.google.com/mail/u/0/#inbox';
const SETTINGS = { ...DEFAULT_SETTINGS, defaultCurrency: 'SEK' };

let people: Prospect[];
let known: Record<string, typeof knownBob>;
let sendMessage: ReturnType<typeof installFakeExtension>;
let life: AbortController;
let overlay: Overlay;
let views: AbortController[];

// Like Gmail's: detection reads the settings (the ignore list), so they load first.
let driver: SiteDriver;
const settingsFirst: SiteDriver = { isCardPage: (url) => url === THREAD, detect: () => people, detectionNeedsSettings: true };
const sent = (name?: string) => sendMessage.mock.calls.map(([m]) => m as Message).filter((m) => !name || m.name === name);
const host = () => document.querySelector('pipewell-overlay');
const inCard = (selector: string) => host()?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const names = () => [...(host()?.shadowRoot?.querySelectorAll('[data-testid=prospect-name]') ?? [])].map((n) => n.textContent);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function answer({ name, data }: Message): unknown {
  if (name === 'settings.get') return { ok: true, data: { settings: SETTINGS } };
  if (name === 'lead.lookup') {
    const ids = (data as { identities: string[] }).identities;
    return { ok: true, data: { matches: Object.fromEntries(ids.filter((id) => known[id]).map((id) => [id, known[id]])) } };
  }
  if (name === 'lead.capture') return { ok: true, data: { created: true } };
  return { ok: false, error: `${name}: not in this test` };
}

/** Starts a page view at `url`, as watchPageViews would; returns its controller. */
function visit(url: string): AbortController {
  const view = new AbortController();
  views.push(view);
  runPageView({ url, signal: view.signal }, document, driver, overlay);
  return view;
}

beforeEach(() => {
  people = [alice, bob];
  known = {};
  driver = settingsFirst;
  views = [];
  sendMessage = installFakeExtension(answer);
  life = new AbortController();
  overlay = createOverlay(life.signal);
});

afterEach(() => {
  views.forEach((view) => view.abort());
  life.abort();
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('the overlay in a page session', () => {
  it('shows the card on a card page: settings once, one lookup for everyone', async () => {
    visit(THREAD);
    await vi.waitFor(() => expect(names()).toEqual(['Alice Moreau', 'Bob Nguyen']));
    expect(sent().map((m) => m.name)).toEqual(['settings.get', 'lead.lookup']);
    expect(sent('lead.lookup')[0]?.data).toEqual({ identities: ['alice@contoso.example', 'bob@contoso.example'] });
    expect(document.querySelectorAll('pipewell-overlay')).toHaveLength(1);
  });

  it('with a site whose detection needs no settings: the lookup alone, the settings when the form opens', async () => {
    driver = { ...settingsFirst, detectionNeedsSettings: false };
    visit(THREAD);
    await vi.waitFor(() => expect(names()).toEqual(['Alice Moreau', 'Bob Nguyen']));
    expect(sent().map((m) => m.name)).toEqual(['lead.lookup']);
    // Asked for as the pointer reaches the button, so the form is ready by the click.
    inCard('[data-testid=capture]')?.dispatchEvent(new Event('pointerenter'));
    expect(sent().map((m) => m.name)).toEqual(['lead.lookup', 'settings.get']);
    inCard('[data-testid=capture]')?.click();
    await vi.waitFor(() => expect(inCard('[data-testid=qualify-stage] option')?.textContent).toBe('New'));
    expect((inCard('input[maxlength="3"]') as HTMLInputElement | null)?.value).toBe('SEK');
    expect(sent().map((m) => m.name)).toEqual(['lead.lookup', 'settings.get']);
  });

  it('adds nothing to a page that shows no card, and sends nothing', async () => {
    visit(LIST);
    await settle();
    expect(host()).toBeNull();
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('captures with the qualification, then shows the person as known', async () => {
    visit(THREAD);
    await vi.waitFor(() => expect(names()).toHaveLength(2));
    inCard('[data-testid=capture]')?.click();
    await vi.waitFor(() => expect(inCard('[data-testid=qualify-stage] option')?.textContent).toBe('New'));
    known = { [alice.email!]: { ...knownBob, id: 'lead-alice', stageName: 'New' } };
    inCard('[data-testid=save-lead]')?.click();
    await vi.waitFor(() => expect(inCard('[data-testid=known-stage]')?.textContent).toBe('New'));
    const [capture] = sent('lead.capture');
    expect(capture?.data).toMatchObject({ prospect: { name: 'Alice Moreau' }, qualification: { currency: 'SEK', stageId: 'new' } });
  });

  it('leaves the page when dismissed, and comes back on the next view', async () => {
    const first = visit(THREAD);
    await vi.waitFor(() => expect(host()).not.toBeNull());
    inCard('button[aria-label=Close]')?.click();
    expect(host()).toBeNull();
    first.abort();
    visit(THREAD);
    await vi.waitFor(() => expect(names()).toHaveLength(2));
  });

  it('leaves the page on a view without a card, and when the script ends', async () => {
    const first = visit(THREAD);
    await vi.waitFor(() => expect(host()).not.toBeNull());
    first.abort();
    visit(LIST);
    expect(host()).toBeNull();
    visit(THREAD);
    await vi.waitFor(() => expect(host()).not.toBeNull());
    life.abort();
    expect(host()).toBeNull();
  });

  it('does not take the card coming and going for the page changing', async () => {
    const detect = vi.spyOn(driver, 'detect');
    visit(THREAD);
    await vi.waitFor(() => expect(host()).not.toBeNull());
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(detect).toHaveBeenCalledOnce();
    detect.mockRestore();
  });

  it('looks people up again only when the page shows different people', async () => {
    visit(THREAD);
    await vi.waitFor(() => expect(names()).toHaveLength(2));
    document.body.append(document.createElement('div'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(sent('lead.lookup')).toHaveLength(1);
    people = [bob];
    document.body.append(document.createElement('div'));
    await vi.waitFor(() => expect(names()).toEqual(['Bob Nguyen']), { timeout: 2000 });
    expect(sent('lead.lookup')).toHaveLength(2);
  });
});
