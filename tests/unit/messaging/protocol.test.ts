import { describe, expect, it } from 'vitest';
import { protocol, type MessageName } from '../../../lib/messaging/protocol';
import { anna, captureId, createHarness, EXTENSION_ID } from '../background/harness';
import { DEFAULT_SCORING_MODEL as model } from '../../../lib/model';

const big = 'x'.repeat(100_000);
const id = 'lead-1';
const unorderedGrades = { ...model, grades: { A: 10, B: 50, C: 30 } };
const hugeLabel = { ...model, fit: { ...model.fit, company: { ...model.fit.company, label: big } } };

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
  'company.leads': { valid: { name: 'Nordvik AB' }, invalid: { name: '   ' }, oversized: { name: big } },
  'settings.get': { valid: {}, invalid: null, oversized: 'x' },
  'settings.update': { valid: { settings: { weeklyNewLeadTarget: 5 } }, invalid: { settings: { weeklyNewLeadTarget: -1 } }, oversized: { settings: { lostReasons: Array(51).fill('x') } } },
  'pipeline.board': { valid: {}, invalid: null, oversized: 'x' },
  'ui.openLead': { valid: { id }, invalid: { id: '' }, oversized: { id: big } },
  'overlay.inject': { valid: { site: 'linkedin' }, invalid: { site: 'facebook' }, oversized: { site: big } },
  'pipeline.metrics': { valid: { days: 90 }, invalid: { days: 45 }, oversized: { days: 100_000 } },
  'pipeline.snapshot': { valid: {}, invalid: null, oversized: 'x' },
  'scoring.getModel': { valid: {}, invalid: null, oversized: 'x' },
  'scoring.preview': { valid: { model }, invalid: { model: unorderedGrades }, oversized: { model: hugeLabel } },
  'scoring.saveModel': { valid: { model }, invalid: { model: unorderedGrades }, oversized: { model: hugeLabel } },
  'scoring.progress': { valid: {}, invalid: null, oversized: 'x' },
  'scoring.calibrate': { valid: {}, invalid: { model: unorderedGrades }, oversized: { model: hugeLabel } },
  'stage.remove': { valid: { stageId: 'proposal', moveTo: 'qualified' }, invalid: { stageId: 'proposal' }, oversized: { stageId: big, moveTo: 'new' } },
  'hygiene.queue': { valid: {}, invalid: { limit: 0 }, oversized: { limit: 100_000 } },
  'hygiene.status': { valid: {}, invalid: null, oversized: 'x' },
  'hygiene.finish': { valid: {}, invalid: null, oversized: 'x' },
  'hygiene.retention': { valid: { horizonDays: 30 }, invalid: { horizonDays: -1 }, oversized: { horizonDays: 1_000_000 } },
  'hygiene.bulk': { valid: { ids: [id], action: 'archive', reason: 'Not interested' }, invalid: { ids: [id], action: 'lost' }, oversized: { ids: Array(501).fill(id), action: 'touch' } },
  'io.exportCsv': { valid: { columnSet: 'hubspot', query: { stageId: 'new' } }, invalid: { columnSet: 'excel' }, oversized: { columnSet: 'pipewell', query: { text: big } } },
  'io.backup': { valid: {}, invalid: null, oversized: 'x' },
  'io.nextPart': { valid: { id }, invalid: {}, oversized: { id: big } },
  'io.upload': { valid: { text: '{}' }, invalid: { text: 42 }, oversized: { text: 'x'.repeat(8_000_001) } },
  'io.keepAlive': { valid: { id }, invalid: { id: '' }, oversized: { id: big } },
  // A chunk's rows travel as JSON text; the background parses them with ChunkRows (tests/unit/background/io.test.ts).
  'io.planImport': { valid: { headers: ['Namn'], mapping: { mode: 'columns', targets: ['name'] }, firstRow: 2, rows: '[["Åsa"]]' }, invalid: { headers: ['Namn'], mapping: { mode: 'columns', targets: ['shoe'] }, firstRow: 2, rows: '[]' }, oversized: { headers: [big], mapping: { mode: 'pipewell' }, firstRow: 2, rows: '[]' } },
  'io.commitImport': { valid: { planId: id }, invalid: {}, oversized: { planId: big } },
  'io.restore': { valid: { text: '{}' }, invalid: { text: '{}', uploadId: id }, oversized: { text: 'x'.repeat(8_000_001) } },
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
