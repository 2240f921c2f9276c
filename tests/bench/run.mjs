// `npm run bench`: prints Pipewell's figures, measured in Debian's Chromium with the built
// extension loaded. No pass/fail: the issues name the targets, the output shows the numbers.
// `npm run bench -- capture popup` runs only the named suites.
import { blockNetwork, extensionIdOf, launchWithExtension, missingPrerequisite } from '../support/launch.mjs';
import { seedLeads } from './seed.mjs';

const SUITES = {
  bundle: () => import('./suites/bundle.mjs'),
  capture: () => import('./suites/capture.mjs'),
  popup: () => import('./suites/popup.mjs'),
  'content-script': () => import('./suites/content-script.mjs'),
  health: () => import('./suites/health.mjs'),
  io: () => import('./suites/io.mjs'),
  rescore: () => import('./suites/rescore.mjs'),
};

const missing = missingPrerequisite();
if (missing) {
  console.error(missing);
  process.exit(1);
}
const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const names = wanted.length ? wanted : Object.keys(SUITES);
const unknown = names.filter((name) => !SUITES[name]);
if (unknown.length) {
  console.error(`Unknown suite(s): ${unknown.join(', ')}. Known: ${Object.keys(SUITES).join(', ')}`);
  process.exit(1);
}

console.log(`Pipewell bench — ${new Date().toISOString()} — ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}`);
const context = await launchWithExtension();
await blockNetwork(context);
const extensionId = await extensionIdOf(context);
const worker = context.serviceWorkers()[0];
const env = {
  context,
  extensionId,
  worker,
  seedLeads,
  async openExtensionPage(path) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return page;
  },
};
try {
  for (const name of names) {
    const suite = await SUITES[name]();
    await suite.default(env);
  }
} finally {
  await context.close();
}
