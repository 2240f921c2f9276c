import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { anna, captureId, createHarness } from './harness';
import { DAY } from './hygiene-fixtures';

const annaWithEmail = { ...anna, email: 'anna.berg@nordvik.se' };
const EMAIL_KEY = 'email:anna.berg@nordvik.se';
const LINKEDIN_KEY = 'linkedin:https://www.linkedin.com/in/anna-berg/';

/** Every row of every store of every database, as text: what is left to find anywhere. */
async function everything(): Promise<string> {
  const dumps: unknown[] = [];
  for (const { name, version } of await indexedDB.databases()) {
    const db = await openDB(name!, version);
    for (const store of db.objectStoreNames) dumps.push(store, await db.getAll(store));
    db.close();
  }
  return JSON.stringify(dumps);
}

/** Opens the harness's database directly, to ask its indexes rather than the repository. */
async function rawDb() {
  const [info] = await indexedDB.databases();
  return openDB(info!.name!, info!.version);
}

describe('forget this person (lead.delete)', () => {
  it('erases the lead, every activity about them and their identities, and they are not recognised again', async () => {
    const h = await createHarness();
    const capture = captureId();
    const { lead } = await h.call('lead.capture', { captureId: capture, prospect: annaWithEmail, qualification: { notes: 'Met at Nordic SaaS day' } });
    await h.call('activity.profileViewed', { linkedinUrl: anna.linkedinUrl!, url: anna.sourceUrl });
    await h.call('activity.emails', {
      messages: [{ messageId: 'm-1', from: { email: annaWithEmail.email }, to: [{ email: 'me@seller.se' }] }],
      selfEmail: 'me@seller.se',
      threadUrl: 'https://mail.google.com/mail/u/0/#inbox/1',
    });
    h.advance(DAY);
    await h.call('lead.touch', { id: lead.id, note: 'Called about pricing' });
    const dedupeKeys = (await h.repo.allActivities()).flatMap((a) => (a.dedupeKey ? [a.dedupeKey] : []));
    expect(dedupeKeys.length).toBeGreaterThanOrEqual(3);
    expect(await everything()).toContain('anna-berg');

    expect(await h.call('lead.delete', { id: lead.id })).toEqual({ deleted: true });

    const db = await rawDb();
    expect(await db.get('leads', lead.id)).toBeUndefined();
    expect(await db.getAllFromIndex('activities', 'leadId', lead.id)).toEqual([]);
    for (const key of dedupeKeys) expect(await db.getKeyFromIndex('activities', 'dedupeKey', key)).toBeUndefined();
    for (const key of [EMAIL_KEY, LINKEDIN_KEY]) expect(await db.getKeyFromIndex('leads', 'identities', key)).toBeUndefined();
    db.close();
    const left = await everything();
    for (const trace of [lead.id, 'anna-berg', 'anna.berg@nordvik.se', 'Anna Berg', 'Nordic SaaS day', 'Called about pricing']) {
      expect(left).not.toContain(trace);
    }

    const { matches } = await h.call('lead.lookup', { identities: [anna.linkedinUrl!, annaWithEmail.email, 'https://se.linkedin.com/in/Anna-Berg/'] });
    expect(matches).toEqual({});
    expect(await h.call('activity.profileViewed', { linkedinUrl: anna.linkedinUrl!, url: anna.sourceUrl })).toEqual({ logged: false });
    // The old capture id is forgotten too: capturing her again makes a new lead, not an error.
    const again = await h.call('lead.capture', { captureId: capture, prospect: anna });
    expect(again).toMatchObject({ created: true, duplicate: false });
    expect(again.lead.id).not.toBe(lead.id);
  });

  it('answers deleted: false for an unknown id and changes nothing', async () => {
    const h = await createHarness();
    await h.call('lead.capture', { captureId: captureId(), prospect: anna });
    const before = await everything();
    expect(await h.call('lead.delete', { id: 'nobody' })).toEqual({ deleted: false });
    expect(await everything()).toBe(before);
  });
});
