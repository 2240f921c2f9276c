import type { ParsedRequestOf, ResponseOf } from '../messaging/protocol';
import { Settings } from '../model';
import type { BackgroundContext } from './context';

export async function getSettings(ctx: BackgroundContext): Promise<ResponseOf<'settings.get'>> {
  return { settings: await ctx.settings() };
}

/** Saves a partial change; a stage removed while leads sit in it is refused, not orphaned. */
// Settings changes apply one after another: two saves at once (a reason added in the popup, a
// toggle on the options page) each build on the other instead of the last one winning.
const queues = new WeakMap<BackgroundContext, Promise<unknown>>();

export function updateSettings(ctx: BackgroundContext, request: ParsedRequestOf<'settings.update'>): Promise<ResponseOf<'settings.update'>> {
  const run = (queues.get(ctx) ?? Promise.resolve()).catch(() => undefined).then(() => applySettings(ctx, request));
  queues.set(ctx, run);
  return run;
}

async function applySettings(
  ctx: BackgroundContext,
  { settings: patch }: ParsedRequestOf<'settings.update'>,
): Promise<ResponseOf<'settings.update'>> {
  const next = Settings.parse({ ...(await ctx.settings()), ...patch });
  if (patch.stages) {
    const kept = new Set(next.stages.map((s) => s.id));
    const board = await boardColumns(ctx);
    const orphaned = board.columns.filter((c) => c.count > 0 && !kept.has(c.stage.id));
    if (orphaned.length) throw new Error(`move the leads out of ${orphaned.map((c) => c.stage.name).join(', ')} first`);
    if (!next.stages.some((s) => s.kind === 'open')) throw new Error('at least one open stage is needed');
  }
  await ctx.saveSettings(next);
  ctx.onLeadsChanged();
  return { settings: next };
}

type Board = ResponseOf<'pipeline.board'>;

// The board reads every lead; the popup asks for it on every open. It is kept until the next
// write (every write calls ctx.onLeadsChanged, which calls forgetBoard).
const boards = new WeakMap<BackgroundContext, Promise<Board>>();

export function forgetBoard(ctx: BackgroundContext): void {
  boards.delete(ctx);
}

/** `pipeline.board`: count and value per stage (open leads; won/lost counted by status). */
export function boardColumns(ctx: BackgroundContext): Promise<Board> {
  let board = boards.get(ctx);
  if (!board) {
    board = computeBoard(ctx);
    boards.set(ctx, board);
    board.catch(() => forgetBoard(ctx));
  }
  return board;
}

async function computeBoard(ctx: BackgroundContext): Promise<Board> {
  const settings = await ctx.settings();
  const leads = await ctx.repo.allLeadFields(['status', 'stageId', 'dealValue', 'currency']);
  const columns = settings.stages.map((stage) => ({ stage, count: 0, value: {} as Record<string, number> }));
  const byId = new Map(columns.map((c) => [c.stage.id, c]));
  for (const lead of leads) {
    if (lead.status === 'archived') continue;
    const column = byId.get(lead.stageId);
    if (!column) continue;
    column.count += 1;
    if (lead.dealValue !== undefined) column.value[lead.currency] = (column.value[lead.currency] ?? 0) + lead.dealValue;
  }
  return { columns, total: leads.length };
}
