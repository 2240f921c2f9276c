// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import sv from '../../../public/_locales/sv/messages.json';
import { CARD_LANGUAGES, CARD_TEXT, type CatalogEntry } from '../../../lib/content/card-text';
import { fillMessage } from '../../../lib/content/translate';
import { alice, bob, knownBob, NOW, nordlys, state, view } from './card-fixtures';
import { installFakeExtension } from './fake-extension';

const CATALOGS: Record<string, Record<string, CatalogEntry>> = { en, sv };

/** A fresh `translate` (it keeps the UI language once read) in a browser reporting `uiLanguage`. */
async function translateIn(uiLanguage: string) {
  vi.resetModules();
  vi.stubGlobal('chrome', { runtime: { id: 'pipewell-test' }, i18n: { getUILanguage: () => uiLanguage, getMessage: () => 'from the catalog' } });
  return (await import('../../../lib/content/translate')).translate;
}

afterEach(() => vi.unstubAllGlobals());

describe('the card text table', () => {
  it('has a column for every language in public/_locales', () => {
    expect([...CARD_LANGUAGES].sort()).toEqual(readdirSync('public/_locales').sort());
  });

  it.each(Object.keys(CARD_TEXT))('%s: each column is that language’s catalog entry', (key) => {
    const row = CARD_TEXT[key as keyof typeof CARD_TEXT];
    expect(row).toEqual(CARD_LANGUAGES.map((language) => CATALOGS[language]?.[key]));
  });

  it('fills named placeholders and never expands the substituted page text', () => {
    expect(fillMessage(en.qualifyTitle, ['Anna'])).toBe('Qualify Anna');
    expect(fillMessage(en.errorPrefix, ['costs $1 and $$'])).toBe('Something went wrong: costs $1 and $$');
    expect(fillMessage({ message: 'Save $$5 on $1' }, ['x'])).toBe('Save $5 on x');
  });
});

describe('translate', () => {
  it.each([
    ['sv', 'Lägg till i pipeline'],
    ['sv-SE', 'Lägg till i pipeline'],
    ['en-US', 'Add to pipeline'],
    ['de', 'Add to pipeline'],
  ])('in a browser in %s reads the card text as the browser would', async (uiLanguage, expected) => {
    expect((await translateIn(uiLanguage))('addToPipeline')).toBe(expected);
  });

  it('asks the browser only for text outside the card table', async () => {
    const translate = await translateIn('en-US');
    expect(translate('daysAgo', 3)).toBe('3 d ago');
    expect(translate('extName')).toBe('from the catalog');
  });

  it('draws every card state without fetching the catalog', async () => {
    installFakeExtension(() => undefined);
    const getMessage = vi.spyOn((globalThis as unknown as { chrome: { i18n: { getMessage: () => string } } }).chrome.i18n, 'getMessage');
    const { createProspectCard } = await import('../../../lib/content/card/prospect-card');
    const card = createProspectCard({ beforeQualify: async () => undefined, capture: vi.fn(), saveCompany: vi.fn(), openLead: vi.fn(), close: vi.fn() });
    document.body.append(card.element);
    card.update(state({ people: [view(alice), view(bob, { known: knownBob }), view(nordlys, { companyLeads: [knownBob], companySaved: 1 })], error: 'x' }), NOW);
    card.element.querySelector<HTMLButtonElement>('[data-testid=capture]')?.click();
    await vi.waitFor(() => expect(card.element.querySelector('form')).not.toBeNull());
    expect(getMessage).not.toHaveBeenCalled();
  });
});
