// Two stand-in extensions that put Pipewell's content-script figures in scale on this machine.
// - floor: a content script that only touches `chrome.runtime` and the URL. No content script
//   that talks to its background costs less.
// - least card: the smallest script that does what the issues ask of a page load: read the
//   heading, ask its background about that person (one message), and draw a four-element card
//   in a shadow root. No detection across vintages or languages, no form, no observers.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const MATCHES = ['https://www.linkedin.com/*', 'https://mail.google.com/*'];

const FLOOR_SCRIPT = 'void chrome.runtime.id; void new URL(location.href).pathname;\n';

const CARD_WORKER = `chrome.runtime.onMessage.addListener((message, _sender, reply) => {
  reply({ known: false, url: message.url });
});
`;

const CARD_SCRIPT = `(async () => {
  const heading = document.querySelector('h1, h2');
  const name = (heading?.textContent ?? document.title).trim().slice(0, 80);
  const answer = await chrome.runtime.sendMessage({ type: 'lookup', url: location.href, name });
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = ':host{all:initial;position:fixed;top:64px;right:16px;z-index:2147483646}'
    + '.c{font:13px/1.4 system-ui,sans-serif;background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:10px 12px;width:240px}'
    + '.n{font-weight:600;display:block}.t{color:#57606a;display:block}'
    + 'button{margin-top:8px;background:#0a66c2;color:#fff;border:0;border-radius:16px;padding:4px 12px;font:inherit}';
  const card = document.createElement('div');
  card.className = 'c';
  const who = document.createElement('span');
  who.className = 'n';
  who.textContent = name;
  const state = document.createElement('span');
  state.className = 't';
  state.textContent = answer.known ? 'In pipeline' : 'Not in pipeline';
  const add = document.createElement('button');
  add.textContent = 'Add to pipeline';
  card.append(who, state, add);
  root.append(style, card);
  document.body.append(host);
})();
`;

function writeExtension(name, files, manifest) {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), `pipewell-${name}-`)), 'chrome-mv3');
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name, version: '1.0', ...manifest }));
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  return dir;
}

/** The floor: a content script that touches `chrome.runtime` and the URL, nothing else. */
export function floorExtension() {
  return writeExtension('floor', { 'floor.js': FLOOR_SCRIPT }, { content_scripts: [{ matches: MATCHES, js: ['floor.js'] }] });
}

/** The least card: one heading read, one message to its worker, a four-element shadow-root card. */
export function leastCardExtension() {
  return writeExtension(
    'least-card',
    { 'worker.js': CARD_WORKER, 'card.js': CARD_SCRIPT },
    { background: { service_worker: 'worker.js' }, content_scripts: [{ matches: MATCHES, js: ['card.js'] }] },
  );
}
