import { describe, expect, it } from 'vitest';
import { readParts, uploadText } from '../../../components/data/transfer';
import { firstPart } from '../../../lib/background/io-transfer';
import { MAX_PART_CHARS } from '../../../lib/messaging/protocol/io';
import { DEFAULT_SCORING_MODEL } from '../../../lib/model';
import { anna, captureId, createHarness, T0 } from './harness';
import { awkwardLeads, byId, lead } from './io-fixtures';

type Harness = Awaited<ReturnType<typeof createHarness>>;

const model = { ...DEFAULT_SCORING_MODEL, version: 4, weights: { fit: 60, engagement: 20, qualification: 20 } };

async function backupOf(h: Harness): Promise<string> {
  const first = await h.call('io.backup', {});
  return (await readParts(h.call, first)).join('');
}

/** A database with leads, activities, a snapshot, changed settings and a changed scoring model. */
async function fullHarness(): Promise<Harness> {
  const h = await createHarness();
  await h.call('lead.capture', { captureId: captureId(), prospect: anna });
  await h.repo.putLeads(awkwardLeads());
  await h.call('settings.update', { settings: { defaultCurrency: 'SEK', weeklyNewLeadTarget: 3 } });
  await h.ctx.saveScoringModel(model);
  await h.repo.putSnapshot({ day: '2026-11-01', at: T0, metrics: { openDeals: 5 } });
  return h;
}

describe('io.backup → io.restore', () => {
  it('restores everything, replacing what was there, and resets the settings and scoring caches', async () => {
    const from = await fullHarness();
    const text = await backupOf(from);
    const to = await createHarness();
    await to.repo.putLeads([lead({ name: 'Replaced' })]);
    await to.ctx.settings();

    const id = await uploadText(to.call, text, 1000);
    expect(await to.call('io.restore', { uploadId: id, dryRun: true })).toMatchObject({ leads: 6, activities: 1, snapshots: 1, restored: false });
    expect(await to.repo.countLeads()).toBe(1);
    expect(await to.call('io.restore', { uploadId: id })).toMatchObject({ leads: 6, restored: true });

    const [was, now] = [await from.repo.exportAll(), await to.repo.exportAll()];
    expect(now.leads.sort(byId)).toEqual(was.leads.sort(byId));
    expect(now.activities).toEqual(was.activities);
    expect(now.snapshots).toEqual(was.snapshots);
    expect((await to.call('settings.get', {})).settings).toMatchObject({ defaultCurrency: 'SEK', weeklyNewLeadTarget: 3 });
    expect(await to.ctx.scoringModel()).toEqual(model);
    expect(to.changes).toHaveLength(1);
    await expect(to.call('io.restore', { uploadId: id })).rejects.toThrow('no longer available');
  });

  it('leaves out a stored row that no longer reads as a lead, and says how many', async () => {
    const h = await fullHarness();
    await h.repo.putLeads([{ ...lead({ id: 'broken' }), stageHistory: [] }]);
    expect(await h.call('io.backup', {})).toMatchObject({ leads: 6, activities: 1, skipped: 1 });
  });

  it('migrates a backup of an older format version', async () => {
    const h = await createHarness();
    const old = JSON.parse(await backupOf(await fullHarness()));
    const v0 = { ...old, version: 0, exportedAt: T0, snapshots: undefined, leads: old.leads.map(({ dealValue, currency, ...rest }: Record<string, unknown>) => ({ ...rest, deal: { value: dealValue, currency } })) };
    await h.call('io.restore', { text: JSON.stringify(v0) });
    expect((await h.repo.getLead('a1'))?.dealValue).toBe(125000.5);
  });

  it.each([
    ['not JSON', 'Name,Email\r\nÅsa,a@x.se', 'it is not valid JSON'],
    ['JSON of another kind', '{"contacts":[{"name":"Åsa"}]}', 'has no "format": "pipewell-backup"'],
    ['another tool’s export', '{"format":"hubspot-export","leads":[]}', 'its format is “hubspot-export”'],
    ['a future version', null, 'made by a newer Pipewell (backup version 99'],
    ['a damaged lead', 'damaged', 'This backup is damaged: leads['],
    ['a wrong encoding', '{"format":"pipewell-backup","name":"\uFFFDsa"}', 'not UTF-8 text'],
  ])('refuses %s with a clear error and changes nothing', async (_, input, message) => {
    const h = await fullHarness();
    const good = JSON.parse(await backupOf(h));
    const text = input === null ? JSON.stringify({ ...good, version: 99 })
      : input === 'damaged' ? JSON.stringify({ ...good, leads: [...good.leads, { ...good.leads[0], id: 'x', email: 'e'.repeat(300) }] })
      : input;
    const before = await h.repo.exportAll();
    await expect(h.call('io.restore', { text })).rejects.toThrow(message);
    expect(await h.repo.exportAll()).toEqual(before);
    expect((await h.ctx.settings()).defaultCurrency).toBe('SEK');
  });
});

describe('repo.replaceAll', () => {
  it('lands nothing when one row fails at write: the old database stays whole', async () => {
    const h = await fullHarness();
    const before = await h.repo.exportAll();
    const [good] = awkwardLeads();
    const keyless = { ...good!, id: undefined } as unknown as typeof good & object;
    await expect(h.repo.replaceAll({ leads: [good!, keyless], activities: [], snapshots: [], meta: [] })).rejects.toBeDefined();
    expect(await h.repo.exportAll()).toEqual(before);
  });
});

describe('long texts in parts', () => {
  it('sends an answer over one message’s limit in parts, never splitting a surrogate pair', async () => {
    const h = await createHarness();
    const text = `${'a'.repeat(MAX_PART_CHARS - 1)}😀${'b'.repeat(MAX_PART_CHARS)}é`;
    const first = firstPart(h.ctx, text);
    expect(first.text.length).toBe(MAX_PART_CHARS - 1);
    const parts = await readParts(h.call, first);
    expect(parts).toHaveLength(3);
    expect(parts.join('')).toBe(text);
    await expect(h.call('io.nextPart', { id: first.more! })).rejects.toThrow('no longer available');
  });
});
