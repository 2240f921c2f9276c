import { browser } from 'wxt/browser';
import { createRepository, DB_WRITTEN_CHANNEL, openPipewellDb, type Repository } from '../db';
import { Envelope } from '../messaging/envelope';
import { createRouter, isTrustedSender, type Sender } from '../messaging/handle';
import type { Settings } from '../model';
import { type CompiledModel, compileModel, scoreLead } from '../scoring';
import { type BackgroundContext, loadScoringModel, loadSettings } from './context';
import { ALL_JOBS } from './all-jobs';
import { createJobRunner } from './jobs';
import { keepAwakeUntil } from './keep-awake';
import { registerHandlers } from './register';
import { forgetBoard } from './settings';

export interface StartOptions {
  onLeadsChanged?: (ctx: BackgroundContext) => void;
  dbName?: string;
}

/**
 * Builds the background: the router is registered at once (so a message that wakes the worker
 * is not lost); the database opens behind it and every handler waits for it.
 */
export function startBackground(options: StartOptions) {
  const extensionOrigin = browser.runtime.getURL('/');
  const router = createRouter((sender) => isTrustedSender(sender, browser.runtime.id, extensionOrigin));
  let settingsCache: Settings | undefined;
  let repo: Repository | undefined;
  let model: CompiledModel | undefined;
  const ctx: BackgroundContext = {
    get repo() {
      if (!repo) throw new Error('database is not open yet');
      return repo;
    },
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
    score: (lead, activities, now) => (model ? scoreLead(lead, activities, model, now) : undefined),
    onLeadsChanged: () => {
      forgetBoard(ctx);
      options.onLeadsChanged?.(ctx);
    },
    settings: async () => (settingsCache ??= await loadSettings(ctx.repo)),
    saveSettings: async (settings) => {
      await ctx.repo.putMeta('settings', settings);
      settingsCache = settings;
    },
    scoringModel: async () => (model ??= compileModel(await loadScoringModel(ctx.repo))).model,
    saveScoringModel: async (next) => {
      await ctx.repo.putMeta('scoringModel', next);
      model = compileModel(next);
    },
  };
  registerHandlers(router, ctx);
  const ready = openPipewellDb(options.dbName).then(async (db) => {
    repo = createRepository(db, { onSettling: keepAwakeUntil });
    model = compileModel(await loadScoringModel(repo));
    void repo.settle(); // leads an import left in batches when the worker last stopped
  });

  /** The runtime.onMessage listener: answers Pipewell envelopes, leaves everything else alone. */
  function listener(message: unknown, sender: Sender) {
    if (!Envelope.safeParse(message).success) return undefined;
    return ready.then(() => router.dispatch(message, sender));
  }

  const jobs = createJobRunner(ALL_JOBS, () => ready.then(() => ctx));
  if (typeof BroadcastChannel !== 'undefined' && !options.dbName) {
    new BroadcastChannel(DB_WRITTEN_CHANNEL).onmessage = () => {
      repo?.forgetCached();
      ctx.onLeadsChanged();
    };
  }

  return { ctx, router, ready, listener, jobs };
}
