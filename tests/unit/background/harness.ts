import { type BackgroundContext, loadSettings } from '../../../lib/background/context';
import { registerHandlers } from '../../../lib/background/register';
import { forgetBoard } from '../../../lib/background/settings';
import { createRepository, openPipewellDb, type Repository } from '../../../lib/db';
import type { Reply } from '../../../lib/messaging/envelope';
import { createRouter, type Sender } from '../../../lib/messaging/handle';
import type { MessageName, RequestOf, ResponseOf } from '../../../lib/messaging/protocol';
import { DEFAULT_SCORING_MODEL, type Prospect, type ScoringModel, type Settings } from '../../../lib/model';
import { scoreLead } from '../../../lib/scoring';

export const T0 = Date.UTC(2026, 10, 2, 9);
export const EXTENSION_ID = 'pipewell-test';
export const POPUP: Sender = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/popup.html` };

/** The real handlers over a real (fake-indexeddb) repository, with a clock the test moves. */
export async function createHarness(scorer?: BackgroundContext['score'] | 'withModel') {
  const repo: Repository = createRepository(await openPipewellDb(`test-${Math.random()}`));
  let clock = T0;
  let ids = 0;
  let settings: Settings | undefined;
  let model: ScoringModel = DEFAULT_SCORING_MODEL;
  // `withModel` scores every write with the model saved last, like the real background.
  const score: BackgroundContext['score'] =
    scorer === 'withModel' ? (lead, activities, now) => scoreLead(lead, activities, model, now) : (scorer ?? (() => undefined));
  const changes: number[] = [];
  const ctx: BackgroundContext = {
    repo,
    now: () => clock,
    newId: () => `id-${++ids}`,
    score,
    onLeadsChanged: () => {
      forgetBoard(ctx);
      changes.push(clock);
    },
    settings: async () => (settings ??= await loadSettings(repo)),
    saveSettings: async (next) => {
      await repo.putMeta('settings', next);
      settings = next;
    },
    scoringModel: async () => model,
    saveScoringModel: async (next) => {
      await repo.putMeta('scoringModel', next);
      model = next;
    },
  };
  const router = createRouter((sender) => sender.id === EXTENSION_ID);
  registerHandlers(router, ctx);
  return {
    ctx,
    repo,
    router,
    changes,
    advance: (ms: number) => (clock += ms),
    /** Sends like a client would, through the router (validation included). */
    async call<N extends MessageName>(name: N, data: RequestOf<N>, sender: Sender = POPUP): Promise<ResponseOf<N>> {
      const reply = (await router.dispatch({ channel: 'pipewell', name, data }, sender)) as Reply<ResponseOf<N>>;
      if (!reply.ok) throw new Error(reply.error);
      return reply.data;
    },
    raw: (message: unknown, sender: Sender = POPUP) => router.dispatch(message, sender),
  };
}

export const anna: Prospect = {
  source: 'linkedin',
  kind: 'person',
  name: 'Anna Berg',
  title: 'Head of Sales',
  company: 'Nordvik AB',
  location: 'Malmö, Sweden',
  linkedinUrl: 'https://www.linkedin.com/in/anna-berg/',
  sourceUrl: 'https://www.linkedin.com/in/anna-berg/',
};

let captures = 0;
/** A well-formed capture id (the protocol wants a UUID). */
export function captureId(): string {
  captures += 1;
  return `00000000-0000-4000-8000-${String(captures).padStart(12, '0')}`;
}
