// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LeadDetail } from '../../../../components/popup/detail/LeadDetail';
import { DEFAULT_SETTINGS } from '../../../../lib/model';
import { anna, captureId, createHarness } from '../../background/harness';
import { click, connect, mount, type, waitFor } from './render';
import { scoreByValue } from './scorer';

async function detail() {
  const h = await createHarness(scoreByValue);
  const { lead } = await h.call('lead.capture', { captureId: captureId(), prospect: { ...anna, sourceUrl: 'javascript:alert(1)' }, qualification: { dealValue: 30_000 } });
  connect(h);
  const onBack = vi.fn();
  const announce = vi.fn();
  const view = await mount(<LeadDetail id={lead.id} settings={DEFAULT_SETTINGS} addLostReason={vi.fn()} onBack={onBack} announce={announce} />);
  await waitFor(() => expect(view.all('activity')).toHaveLength(1));
  return { h, id: lead.id, view, onBack, announce };
}

afterEach(() => document.body.replaceChildren());

describe('the lead detail', () => {
  it('shows the score with its reasons, the LinkedIn link, and no link for a non-web source URL', async () => {
    const { view } = await detail();
    expect(view.get('score-total')?.textContent).toBe('30');
    expect(view.get('score-reason')?.textContent).toBe('Deal value+30');
    expect(view.get<HTMLAnchorElement>('linkedin-link')?.href).toBe('https://www.linkedin.com/in/anna-berg/');
    expect(view.get('source-link')).toBeNull();
    await view.unmount();
  });

  it('qualifies a lead in a few clicks: three BANT yes turn the badge to qualified', async () => {
    const { h, id, view } = await detail();
    expect(view.get('qualified-badge')?.textContent).toBe('Unqualified');
    for (const key of ['budget', 'authority', 'need']) await click(view.get(`bant-${key}-yes`));
    await waitFor(() => expect(view.get('qualified-badge')?.textContent).toBe('Qualified'));
    const lead = await h.repo.getLead(id);
    expect([lead?.bant.budget.answer, lead?.bant.authority.answer, lead?.bant.need.answer, lead?.bant.timing.answer]).toEqual(['yes', 'yes', 'yes', 'unknown']);
    await view.unmount();
  });

  it('saves an edited field as the user’s own when it loses focus, and logs it', async () => {
    const { h, id, view, announce } = await detail();
    const title = view.get<HTMLInputElement>('field-title');
    await type(title, 'Chief Revenue Officer');
    title?.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    await waitFor(async () => expect(await h.repo.getLead(id)).toMatchObject({ title: 'Chief Revenue Officer', editedFields: ['title'] }));
    await waitFor(() => expect(view.all('activity')).toHaveLength(2));
    expect(announce).toHaveBeenCalledWith('Saved');
    await view.unmount();
  });

  it('adds tags and a note', async () => {
    const { h, id, view } = await detail();
    await type(view.get('tag-input'), 'enterprise');
    await click(view.host.querySelector('form button[type=submit]'));
    await type(view.get('note-input'), 'Wants a pilot in May');
    await click(view.get('note-input')?.closest('form')?.querySelector('button[type=submit]') ?? null);
    await waitFor(async () => expect(await h.repo.getLead(id)).toMatchObject({ tags: ['enterprise'], notes: 'Wants a pilot in May' }));
    await view.unmount();
  });

  it('forgets the person only after confirmation, then goes back', async () => {
    const { h, id, view, onBack } = await detail();
    await click(view.get('forget-lead'));
    expect(view.get('forget-dialog')).not.toBeNull();
    expect(await h.repo.getLead(id)).toBeDefined();
    await click(view.get('confirm-forget'));
    await waitFor(() => expect(onBack).toHaveBeenCalled());
    expect(await h.repo.getLead(id)).toBeUndefined();
    await view.unmount();
  });
});
