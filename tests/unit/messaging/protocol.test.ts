import { describe, expect, it } from 'vitest';
import { protocol, type MessageName } from '../../../lib/messaging/protocol';
import { anna, captureId, createHarness, EXTENSION_ID } from '../background/harness';

const big = 'x'.repeat(100_000);
const id = 'lead-1';

/** For every message: a valid request, an invalid one and an oversized one. */
const CASES: Record<MessageName, { valid: unknown; invalid: unknown; oversized: unknown }> = {
  'lead.capture': { valid: { captureId: captureId(), prospect: anna }, invalid: { captureId: 'not-a-uuid', prospect: anna }, oversized: { captureId: captureId(), prospect: { ...anna, name: big } } },
  'lead.get': { valid: { id }, invalid: { id: 42 }, oversized: { id: big } },
  'lead.list': { valid: { sort: 'score', limit: 10 }, invalid: { sort: 'shoe-size' }, oversized: { limit: 1_000_000 } },
  'lead.update': { valid: { id, fields: { title: 'CEO' } }, invalid: { id, fields: { name: '' } }, oversized: { id, fields: { notes: big, title: big } } },
  'lead.move': { valid: { id, stageId: 'won' }, invalid: { id }, oversized: { id, stageId: big } },
  'lead.archive': { valid: { id, reason: 'Not interested' }, invalid: { id, reason: '' }, oversized: { id, reason: big } },
  'lead.touch': { valid: { id, note: 'Called' }, invalid: { note: 'Called' }, oversized: { id, note: big } },
  'lead.snooze': { valid: { id, days: 7 }, invalid: { id, days: 0 }, oversized: { id, days: 100_000 } },
  'lead.delete': { valid: { id }, invalid: {}, oversized: { id: big } },
  'lead.lookup': { valid: { identities: ['a@b.se'] }, invalid: { identities: [] }, oversized: { identities: Array(501).fill('a@b.se') } },
  'activity.profileViewed': { valid: { linkedinUrl: anna.linkedinUrl, url: anna.sourceUrl }, invalid: { url: anna.sourceUrl }, oversized: { linkedinUrl: big, url: big } },
  'activity.emails': { valid: { messages: [], threadUrl: 'https://mail.google.com/mail/u/0/#inbox/1' }, invalid: { messages: [{ messageId: 'm' }], threadUrl: '' }, oversized: { messages: Array(501).fill({ messageId: 'm', from: { email: 'a@b.se' }, to: [] }), threadUrl: 'x' } },
  'company.capture': { valid: { prospect: { ...anna, kind: 'company', name: 'Nordvik AB', companyFacts: { name: 'Nordvik AB' } } }, invalid: { prospect: { kind: 'company' } }, oversized: { prospect: { ...anna, kind: 'company', name: big } } },
  'settings.get': { valid: {}, invalid: null, oversized: 'x' },
  'settings.update': { valid: { settings: { weeklyNewLeadTarget: 5 } }, invalid: { settings: { weeklyNewLeadTarget: -1 } }, oversized: { settings: { lostReasons: Array(51).fill('x') } } },
  'pipeline.board': { valid: {}, invalid: null, oversized: 'x' },
  'ui.openLead': { valid: { id }, invalid: { id: '' }, oversized: { id: big } },
};

describe('protocol schemas', () => {
  it('has a case for every message', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(protocol).sort());
  });

  it.each(Object.entries(CASES))('%s accepts a valid request and rejects invalid and oversized ones', (name, c) => {
    const schema = protocol[name as MessageName].request;
    expect(schema.safeParse(c.valid).success).toBe(true);
    expect(schema.safeParse(c.invalid).success).toBe(false);
    expect(schema.safeParse(c.oversized).success).toBe(false);
  });
});

describe('router', () => {
  it('answers a bad request with a clear error and changes nothing', async () => {
    const h = await createHarness();
    const reply = await h.raw({ channel: 'pipewell', name: 'lead.capture', data: { captureId: 'nope', prospect: anna } });
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('captureId') });
    expect(await h.repo.allLeads()).toHaveLength(0);
  });

  it('refuses senders that are not Pipewell', async () => {
    const h = await createHarness();
    const reply = await h.raw({ channel: 'pipewell', name: 'lead.list', data: {} }, { id: 'someone-else', url: 'https://evil.example/' });
    expect(reply).toEqual({ ok: false, error: 'sender is not part of Pipewell' });
  });

  it('names an unknown message and ignores non-Pipewell messages', async () => {
    const h = await createHarness();
    expect(await h.raw({ channel: 'pipewell', name: 'lead.explode', data: {} })).toEqual({ ok: false, error: 'unknown message "lead.explode"' });
    expect(await h.raw({ type: 'something-else' })).toBeUndefined();
    expect(await h.raw('a string')).toBeUndefined();
  });

  it('reports a handler failure as an error reply', async () => {
    const h = await createHarness();
    expect(await h.raw({ channel: 'pipewell', name: 'lead.get', data: { id: 'missing' } })).toEqual({ ok: false, error: 'lead.get: no lead with id missing' });
  });

  it('accepts content scripts only from the sites Pipewell works on', async () => {
    const { isTrustedSender } = await import('../../../lib/messaging/handle');
    const origin = `chrome-extension://${EXTENSION_ID}/`;
    expect(isTrustedSender({ id: EXTENSION_ID, url: 'https://www.linkedin.com/in/x/' }, EXTENSION_ID, origin)).toBe(true);
    expect(isTrustedSender({ id: EXTENSION_ID, url: 'https://mail.google.com/mail/u/0/' }, EXTENSION_ID, origin)).toBe(true);
    expect(isTrustedSender({ id: EXTENSION_ID, url: `${origin}popup.html` }, EXTENSION_ID, origin)).toBe(true);
    expect(isTrustedSender({ id: EXTENSION_ID, url: 'https://evil.example/' }, EXTENSION_ID, origin)).toBe(false);
    expect(isTrustedSender({ id: EXTENSION_ID, url: 'http://www.linkedin.com/in/x/' }, EXTENSION_ID, origin)).toBe(false);
    expect(isTrustedSender({ id: 'other', url: 'https://www.linkedin.com/' }, EXTENSION_ID, origin)).toBe(false);
  });
});
