import { describe, expect, it } from 'vitest';
import { anna, createHarness, T0 } from './harness';
import { bo, capture, DAY } from './hygiene-fixtures';

async function twoStale() {
  const h = await createHarness();
  const a = await capture(h, anna);
  const b = await capture(h, bo);
  h.advance(8 * DAY);
  return { h, ids: [a.id, b.id] };
}

describe('hygiene.bulk', () => {
  it('archives a selection with a reason, logging an activity on each', async () => {
    const { h, ids } = await twoStale();
    expect(await h.call('hygiene.bulk', { ids, action: 'archive', reason: 'Unresponsive' })).toEqual({ updated: 2 });
    for (const id of ids) {
      const { lead, activities } = await h.call('lead.get', { id });
      expect(lead).toMatchObject({ status: 'archived', lostReason: 'Unresponsive', closedAt: T0 + 8 * DAY });
      expect(activities[0]).toMatchObject({ type: 'archived', summary: 'Archived: Unresponsive' });
    }
    expect((await h.call('hygiene.status', {})).toReview).toBe(0);
  });

  it('marks a selection lost in the lost stage, snoozes, and logs touches', async () => {
    const { h, ids } = await twoStale();
    await h.call('hygiene.bulk', { ids: [ids[0]!], action: 'lost', reason: 'No budget' });
    expect((await h.call('lead.get', { id: ids[0]! })).lead).toMatchObject({ stageId: 'lost', status: 'lost', lostReason: 'No budget' });
    await h.call('hygiene.bulk', { ids: [ids[1]!], action: 'snooze', days: 14 });
    expect((await h.call('lead.get', { id: ids[1]! })).lead.snoozedUntil).toBe(T0 + 22 * DAY);
    h.advance(15 * DAY);
    await h.call('hygiene.bulk', { ids: [ids[1]!], action: 'touch', note: 'Sent a check-in' });
    const { lead } = await h.call('lead.get', { id: ids[1]! });
    expect(lead.lastTouchAt).toBe(T0 + 23 * DAY);
    expect(lead.notes).toBe('Sent a check-in');
  });

  it('changes nothing when one id is unknown', async () => {
    const { h, ids } = await twoStale();
    const before = await h.repo.exportAll();
    await expect(h.call('hygiene.bulk', { ids: [...ids, 'gone'], action: 'archive', reason: 'Duplicate' })).rejects.toThrow(/gone; nothing was changed/);
    expect(await h.repo.exportAll()).toEqual(before);
  });

  it('refuses archive or lost without a reason, and snooze without days', async () => {
    const { h, ids } = await twoStale();
    await expect(h.call('hygiene.bulk', { ids, action: 'archive' })).rejects.toThrow(/reason/);
    await expect(h.call('hygiene.bulk', { ids, action: 'snooze' })).rejects.toThrow(/days/);
  });
});
