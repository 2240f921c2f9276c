import { type ImportPlan, planImport } from '../io';
import { fillGaps, type LeadPatch } from '../io/lead-patch';
import type { ParsedRequestOf, ResponseOf } from '../messaging/protocol';
import { ChunkRows, type RowProblem } from '../messaging/protocol/io';
import { identityKeys, type Lead } from '../model';
import type { BackgroundContext } from './context';
import { findSession, idSequence, keepSession, newSlot, type PlanSession, slotIndex } from './io-plan-session';

type Request = ParsedRequestOf<'io.planImport'>;

/**
 * `io.planImport`: plans one chunk with lib/io's planner and folds it into the import's plan.
 * The planner's lookup answers from earlier chunks first, then from the stored leads, so a
 * person named in two chunks is one lead, exactly as if the file had been planned in one go.
 * The page sends a chunk before the previous one is answered; a plan's chunks take turns here.
 */
export async function planImportChunk(ctx: BackgroundContext, request: Request): Promise<ResponseOf<'io.planImport'>> {
  if (!request.planId) return planInSession(ctx, await startSession(ctx, request), request);
  const session = findSession(ctx, request.planId);
  const turn = session.turn.then(() => planInSession(ctx, session, request));
  session.turn = turn.catch(() => undefined);
  return turn;
}

async function planInSession(ctx: BackgroundContext, session: PlanSession, request: Request): Promise<ResponseOf<'io.planImport'>> {
  if (JSON.stringify([session.headers, session.mapping]) !== JSON.stringify([request.headers, request.mapping])) {
    throw new Error('the columns or their mapping changed during the check; check the file again');
  }
  if (request.firstRow !== session.nextRow) throw new Error(`rows arrived out of order (row ${request.firstRow}, expected ${session.nextRow})`);
  const rows = readChunkRows(request.rows);
  const settings = await ctx.settings();
  // The planner numbers a table's rows from 2; this chunk's rows start at `firstRow`.
  const shift = request.firstRow - 2;
  const end = request.firstRow + rows.length;
  const problems = request.problems.filter((p) => p.row >= request.firstRow && p.row < end).map((p) => ({ ...p, row: p.row - shift }));
  const planned = await planImport(
    { headers: session.headers, rows, problems },
    session.mapping,
    (key) => session.slots.get(key) ?? session.stored.identities.get(key),
    {
      now: ctx.now(),
      newId: session.newId,
      stages: settings.stages,
      defaultCurrency: settings.defaultCurrency,
      // A full Pipewell row keeps its id: a stored lead's id, or an earlier chunk's, is that lead.
      leadExists: (id) => session.stored.ids.has(id) || session.slots.has(`id:${id}`),
    },
  );
  if (!planned.ok) throw new Error(planned.error);
  fold(session, planned.data);
  const shifted = (list: RowProblem[]) => list.map((p) => ({ ...p, row: p.row + shift }));
  session.nextRow = end;
  session.rows += rows.length;
  session.rejectedCount += planned.data.rejected.length;
  session.warningCount += planned.data.warnings.length;
  return {
    planId: session.id,
    rows: session.rows,
    newLeads: session.newLeads.length,
    merged: session.merges.size,
    repeats: Math.max(0, session.rows - session.rejectedCount - session.newLeads.length - session.merges.size),
    rejectedCount: session.rejectedCount,
    warningCount: session.warningCount,
    rejected: shifted(planned.data.rejected),
    warnings: shifted(planned.data.warnings),
  };
}

/** A chunk's rows from their JSON text, parsed with their schema like the rest of the message. */
function readChunkRows(text: string): string[][] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error('rows: not JSON text');
  }
  const rows = ChunkRows.safeParse(value);
  if (rows.success) return rows.data;
  const issue = rows.error.issues[0];
  throw new Error(`${['rows', ...(issue?.path ?? [])].join('.')}: ${issue?.message ?? 'invalid'}`);
}

async function startSession(ctx: BackgroundContext, request: Request): Promise<PlanSession> {
  const stored = await ctx.repo.identityIndex();
  const session: PlanSession = {
    id: ctx.newId(),
    newId: idSequence(ctx.newId()),
    turn: Promise.resolve(),
    headers: request.headers,
    mapping: request.mapping,
    nextRow: 2,
    newLeads: [],
    merges: new Map(),
    slots: new Map(),
    stored: { ids: new Set(stored.ids), identities: stored.identities, writes: stored.writes },
    rows: 0,
    rejectedCount: 0,
    warningCount: 0,
  };
  keepSession(ctx, session);
  return session;
}

function fold(session: PlanSession, plan: ImportPlan): void {
  for (const { leadId, fields } of plan.merges) addPatch(session, leadId, fields);
  // Only a full Pipewell row carries a lead id; a mapped file's new leads are never named by one.
  const byId = session.mapping.mode === 'pipewell';
  for (const lead of plan.newLeads) addNew(session, lead, byId);
}

/** A new lead; later chunks find it by its identities, and by its id when a full Pipewell row names it again. */
function addNew(session: PlanSession, lead: Lead, byId: boolean): void {
  const slot = newSlot(session.newLeads.push(lead) - 1);
  if (byId) session.slots.set(`id:${lead.id}`, slot);
  for (const key of lead.identities) if (!session.slots.has(key)) session.slots.set(key, slot);
}

/** What a row says about a lead already planned (new or stored); the earlier row wins a conflict. */
function addPatch(session: PlanSession, target: string, patch: LeadPatch): void {
  const index = slotIndex(session.slots.get(`id:${target}`) ?? target);
  if (index !== undefined) {
    session.newLeads[index] = fillGaps(session.newLeads[index]!, patch);
  } else {
    const prior = session.merges.get(target);
    session.merges.set(target, prior ? fillGaps(prior, patch) : patch);
  }
  for (const key of identityKeys(patch)) if (!session.slots.has(key)) session.slots.set(key, target);
}
