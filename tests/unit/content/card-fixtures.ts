import type { LeadSummary } from '../../../lib/messaging/protocol';
import type { OverlayState, PersonView } from '../../../lib/content/overlay-store';
import { DEFAULT_STAGES, type Prospect } from '../../../lib/model';

export const NOW = Date.UTC(2026, 4, 20, 12);

export const alice: Prospect = {
  source: 'gmail',
  kind: 'person',
  name: 'Alice Moreau',
  email: 'alice@contoso.example',
  title: 'VP Sales',
  company: 'Contoso Inc.',
  phone: '+1 (415) 555-0132',
  sourceUrl: 'https://mail.google.com/mail/u/0/#inbox/abc',
};

export const bob: Prospect = { ...alice, name: 'Bob Nguyen', email: 'bob@contoso.example', title: undefined, phone: undefined };

export const knownBob: LeadSummary = {
  id: 'lead-bob',
  name: 'Bob Nguyen',
  stageId: 'qualified',
  stageName: 'Qualified',
  status: 'open',
  score: 71.6,
  grade: 'B',
  lastTouchAt: NOW - 3 * 86_400_000,
  nextStep: 'Demo',
};

export const nordlys: Prospect = {
  source: 'linkedin',
  kind: 'company',
  name: 'Nordlys Analytics',
  sourceUrl: 'https://www.linkedin.com/company/nordlys-analytics/',
  companyFacts: { name: 'Nordlys Analytics', industry: 'Software Development', sizeBand: '51-200' },
};

export const view = (prospect: Prospect, patch: Partial<PersonView> = {}): PersonView => ({ key: prospect.email ?? prospect.name, prospect, ...patch });

export function state(patch: Partial<OverlayState> = {}): OverlayState {
  return { url: alice.sourceUrl, people: [], stages: DEFAULT_STAGES, defaultCurrency: 'SEK', ignoreDomains: [], dismissed: false, ...patch };
}
