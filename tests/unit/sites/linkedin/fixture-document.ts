/**
 * Documents for adapter tests, parsed by a happy-dom Window that never loads anything: the
 * real pages carry iframes and scripts pointing at LinkedIn's trackers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

const window = new Window({
  settings: {
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    disableComputedStyleRendering: true,
    handleDisabledFileLoadingAsSuccess: true,
    navigation: { disableChildFrameNavigation: true, disableChildPageNavigation: true, disableMainFrameNavigation: true },
  },
});

/** Our own fixtures: invented people, real structure (tests/fixtures/linkedin). */
export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/linkedin');

/** `html` as a Document. happy-dom implements the DOM the adapter reads; its TS types are its own. */
export function parseHtml(html: string): Document {
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** A fixture file of tests/fixtures/linkedin as a Document. */
export function loadFixture(name: string): Document {
  return parseHtml(readFileSync(path.join(FIXTURES, name), 'utf8'));
}
