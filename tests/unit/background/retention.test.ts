import { describe, expect, it } from 'vitest';
import { applyRetention, retentionJob } from '../../../lib/background/retention-job';
import { anna, createHarness, T0 } from './harness';
import { bo, capture, DAY } from './hygiene-fixtures';

const cy = { ...bo, name: 'Cy Ek', email: 'cy@ek.se', linkedinUrl: 'https://www.linkedin.com/in/cy-ek/' };
const dee = { ...bo, name: 'Dee Holm', email: 'dee@holm.se', linkedinUrl: 'https://www.linkedin.com/in/dee-holm/' };

describe('retention', () => {
  it('deletes archived and lost leads, with their activities, once their months have run out', async () => {
    const h = await createHarness();
    const archived = await capture(h, anna);
    const lost = await capture(h, bo);
    const won = await capture(h, cy);
    const open = await capture(h, dee);
    await h.call('lead.archive', { id: archived.id, reason: 'Not interested' });
    await h.call('lead.move', { id: lost.id, stageId: 'lost', reason: 'No budget' });
    await h.call('lead.move', { id: won.id, stageId: 'won' });

    // 12 months (the default) from 2 Nov 2026 09:00 is 2 Nov 2027 09:00.
    const preview = await h.call('hygiene.retention', { horizonDays: 366 });
    expect(preview.retentionMonths).toBe(12);
    expect(preview.items.map((i) => [i.name, i.status, i.deleteAt])).toEqual([
      ['Anna Berg', 'archived', Date.UTC(2027, 10, 2, 9)],
      ['Bo Lind', 'lost', Date.UTC(2027, 10, 2, 9)],
    ]);
    expect((await h.call('hygiene.retention', {})).items).toEqual([]); // nothing within 30 days yet

    h.advance(Date.UTC(2027, 10, 2, 9) - T0 - DAY);
    expect(await applyRetention(h.ctx)).toBe(0); // a day early: kept
    h.advance(DAY);
    await retentionJob.run(h.ctx);

    expect((await h.repo.allLeads()).map((l) => l.id).sort()).toEqual([won.id, open.id].sort());
    const left = new Set((await h.repo.allActivities()).map((a) => a.leadId));
    expect(left.has(archived.id) || left.has(lost.id)).toBe(false);
    expect(h.changes.at(-1)).toBe(h.ctx.now()); // the badge hears about it
  });

  it('follows the months the user set', async () => {
    const h = await createHarness();
    const lead = await capture(h, anna);
    await h.call('lead.archive', { id: lead.id, reason: 'Duplicate' });
    await h.call('settings.update', { settings: { retentionMonths: 1 } });
    h.advance(29 * DAY); // 1 Dec: within the month
    expect(await applyRetention(h.ctx)).toBe(0);
    h.advance(DAY); // 2 Dec 09:00: one calendar month after it closed
    expect(await applyRetention(h.ctx)).toBe(1);
    expect(await h.repo.allLeads()).toEqual([]);
  });
});
