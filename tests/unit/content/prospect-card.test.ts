// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CardActions, createProspectCard, type ProspectCard } from '../../../lib/content/card/prospect-card';
import { alice, bob, knownBob, nordlys, NOW, state, view } from './card-fixtures';
import { installFakeExtension } from './fake-extension';

let actions: { [K in keyof CardActions]: ReturnType<typeof vi.fn> };
let card: ProspectCard;
let shadow: ShadowRoot;

const $ = <T extends Element = HTMLElement>(testid: string) => shadow.querySelector<T & HTMLElement>(`[data-testid="${testid}"]`);
const all = (testid: string) => [...shadow.querySelectorAll<HTMLElement>(`[data-testid="${testid}"]`)];
const press = (target: Element, key: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));

beforeEach(() => {
  installFakeExtension(() => undefined);
  actions = { beforeQualify: vi.fn(async () => undefined), capture: vi.fn(), saveCompany: vi.fn(), openLead: vi.fn(), close: vi.fn() };
  card = createProspectCard(actions as unknown as CardActions);
  const host = document.createElement('pipewell-overlay');
  shadow = host.attachShadow({ mode: 'open' });
  shadow.append(card.element);
  document.body.append(host);
});

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('the page card', () => {
  it('lists each person: known ones with stage, grade and score, others with "Add to pipeline"', () => {
    card.update(state({ people: [view(alice), view(bob, { known: knownBob })] }), NOW);
    expect(all('prospect-name').map((n) => n.textContent)).toEqual(['Alice Moreau', 'Bob Nguyen']);
    const [first, second] = all('prospect');
    expect(first?.querySelector('[data-testid=capture]')?.textContent).toBe('Add to pipeline');
    expect(first?.textContent).toContain('VP Sales · Contoso Inc.');
    expect(second?.querySelector('[data-testid=known-stage]')?.textContent).toBe('Qualified');
    expect(second?.querySelector('[aria-label="Grade B"]')?.textContent).toBe('B');
    expect(second?.textContent).toContain('Last touch: 3 d ago');
    expect(second?.textContent).toContain('Next step: Demo');
    second?.querySelector<HTMLElement>('[data-testid=open-lead]')?.click();
    expect(actions.openLead).toHaveBeenCalledWith('lead-bob');
  });

  it('renders page text as text, never as markup', () => {
    const hostile = { ...alice, name: '<img src=x onerror=alert(1)>', title: '<b>VP</b>' };
    card.update(state({ people: [view(hostile)] }), NOW);
    expect($('prospect-name')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(shadow.querySelector('img, b')).toBeNull();
  });

  it('shows an error in an alert, and hides the line when the error clears', () => {
    card.update(state({ people: [view(alice)], error: 'lead.lookup: offline' }), NOW);
    const alert = shadow.querySelector<HTMLElement>('[role=alert]');
    expect(alert?.hidden).toBe(false);
    expect(alert?.textContent).toBe('Something went wrong: lead.lookup: offline');
    card.update(state({ people: [view(alice)] }), NOW);
    expect(alert?.hidden).toBe(true);
  });

  it('closes from its × button', () => {
    card.update(state({ people: [view(alice)] }), NOW);
    shadow.querySelector<HTMLElement>('button[aria-label=Close]')?.click();
    expect(actions.close).toHaveBeenCalledOnce();
  });
});

describe('the qualification form', () => {
  async function openForm() {
    card.update(state({ people: [view(alice), view(bob)] }), NOW);
    $('capture')?.click();
    // The form waits for the overlay's settings (beforeQualify) before it draws.
    await vi.waitFor(() => expect($('qualify-name')).not.toBeNull());
    expect(actions.beforeQualify).toHaveBeenCalledOnce();
  }

  it('opens pre-filled from the page, with focus on the first question', async () => {
    await openForm();
    expect($<HTMLInputElement>('qualify-name')?.value).toBe('Alice Moreau');
    expect($<HTMLInputElement>('qualify-title')?.value).toBe('VP Sales');
    expect($<HTMLInputElement>('qualify-company')?.value).toBe('Contoso Inc.');
    expect($<HTMLInputElement>('qualify-phone')?.value).toBe('+1 (415) 555-0132');
    expect(shadow.activeElement).toBe($('qualify-budget-unknown'));
    expect([...shadow.querySelectorAll('[data-testid=qualify-stage] option')].map((o) => o.textContent)).toEqual(['New', 'Contacted', 'Qualified', 'Proposal', 'Negotiation']);
  });

  it('saves on Enter from any field, with the answers and the corrected person', async () => {
    await openForm();
    $<HTMLInputElement>('qualify-budget-yes')!.checked = true;
    $<HTMLInputElement>('qualify-need-no')!.checked = true;
    $<HTMLInputElement>('qualify-title')!.value = '  Chief Revenue Officer ';
    $<HTMLInputElement>('qualify-value')!.value = '48000,50';
    $<HTMLInputElement>('qualify-next-step')!.value = 'Intro call';
    $<HTMLSelectElement>('qualify-stage')!.value = 'contacted';
    press($('qualify-next-step')!, 'Enter');
    expect(actions.capture).toHaveBeenCalledOnce();
    const [person, qualification] = actions.capture.mock.calls[0]!;
    expect(person.prospect).toMatchObject({ name: 'Alice Moreau', title: 'Chief Revenue Officer', email: 'alice@contoso.example' });
    expect(qualification).toMatchObject({ dealValue: 48000.5, currency: 'SEK', nextStep: 'Intro call', stageId: 'contacted' });
    expect(qualification.bant.budget.answer).toBe('yes');
    expect(qualification.bant.need.answer).toBe('no');
    expect(qualification.bant.timing.answer).toBe('unknown');
  });

  it('keeps what the user typed while the page updates, and saves once while saving', async () => {
    await openForm();
    $<HTMLInputElement>('qualify-next-step')!.value = 'Call back';
    card.update(state({ people: [view(alice), view(bob)], savingKey: alice.email }), NOW);
    expect($<HTMLInputElement>('qualify-next-step')?.value).toBe('Call back');
    expect($<HTMLButtonElement>('save-lead')?.disabled).toBe(true);
    expect($('save-lead')?.textContent).toBe('Saving…');
    press($('qualify-next-step')!, 'Enter');
    expect(actions.capture).not.toHaveBeenCalled();
  });

  it('goes back to the list on Esc, focus on the person’s button', async () => {
    await openForm();
    press($('qualify-title')!, 'Escape');
    expect($('save-lead')).toBeNull();
    expect(shadow.activeElement).toBe(all('capture')[0]);
  });

  it('shows the person as known once the capture has landed', async () => {
    await openForm();
    card.update(state({ people: [view(alice, { known: { ...knownBob, id: 'lead-alice', stageName: 'New' } }), view(bob)] }), NOW);
    expect($('save-lead')).toBeNull();
    expect(all('prospect')[0]?.querySelector('[data-testid=known-stage]')?.textContent).toBe('New');
  });
});

describe('the company card', () => {
  it('shows the facts and the leads there, and saves the facts to them', () => {
    const company = view(nordlys, { companyLeads: [{ ...knownBob, name: 'Maja Ek' }] });
    card.update(state({ people: [company] }), NOW);
    expect($('company-industry')?.textContent).toBe('Software Development');
    expect($('company-companySize')?.textContent).toBe('51-200');
    expect($('company-headquarters')).toBeNull();
    expect($('company-leads')?.textContent).toContain('Maja Ek · Qualified');
    $('capture-company')?.click();
    expect(actions.saveCompany).toHaveBeenCalledWith(company);
    card.update(state({ people: [{ ...company, companySaved: 1 }] }), NOW);
    expect(shadow.querySelector('[role=status]')?.textContent).toBe('Company facts saved to 1 leads');
  });
});
