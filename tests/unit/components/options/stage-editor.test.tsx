// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_STAGES } from '../../../../lib/model';
import { StageEditor } from '../../../../components/options/StageEditor';
import { button, click, render, typeInto } from './render';

const counts = { contacted: 4 };
const setup = (onRemove = vi.fn(async () => true)) => {
  const onSave = vi.fn();
  return { onSave, onRemove, ui: <StageEditor stages={DEFAULT_STAGES} counts={counts} busy={false} onSave={onSave} onRemove={onRemove} newId={() => 'n1'} /> };
};
const names = (container: Element) => [...container.querySelectorAll<HTMLInputElement>('[data-testid=stage-name]')].map((i) => i.value);

describe('StageEditor', () => {
  it('renames, reorders and adds stages, and saves them together', async () => {
    const { onSave, ui } = setup();
    const { container, unmount } = await render(ui);
    expect(button(container, 'Save stages')?.disabled).toBe(true);
    await typeInto(container.querySelector('[data-testid=stage-name]'), 'Inbox');
    await click(button(container, 'Move Contacted up'));
    await click(container.querySelector('[data-testid=add-stage]'));
    expect(names(container)).toEqual(['Contacted', 'Inbox', 'Qualified', 'Proposal', 'Negotiation', 'New stage', 'Won', 'Lost']);
    await click(button(container, 'Save stages'));
    expect(onSave.mock.lastCall?.[0].map((s: { id: string }) => s.id)).toEqual(
      ['contacted', 'new', 'qualified', 'proposal', 'negotiation', 'stage-n1', 'won', 'lost'],
    );
    await unmount();
  });

  it('asks where the leads go before removing a saved stage', async () => {
    const { onRemove, ui } = setup();
    const { container, unmount } = await render(ui);
    await click(button(container, 'Remove Contacted'));
    const panel = container.querySelector('[data-testid=stage-removal]');
    expect(panel?.textContent).toContain('Move the leads of Contacted to (4 leads)');
    const select = container.querySelector<HTMLSelectElement>('[data-testid=stage-move-to]');
    expect([...(select?.options ?? [])].map((o) => o.value)).not.toContain('contacted');
    await typeInto(select, 'qualified');
    await click(container.querySelector('[data-testid=confirm-remove-stage]'));
    expect(onRemove).toHaveBeenCalledWith('contacted', 'qualified');
    await unmount();
  });

  it('drops an unsaved stage at once, and keeps unsaved edits when a removal lands', async () => {
    const { onRemove, ui } = setup();
    const { container, rerender, unmount } = await render(ui);
    await click(container.querySelector('[data-testid=add-stage]'));
    await click(button(container, 'Remove New stage'));
    expect(onRemove).not.toHaveBeenCalled();
    expect(names(container)).not.toContain('New stage');
    await typeInto(container.querySelector('[data-testid=stage-name]'), 'Inbox');
    const after = DEFAULT_STAGES.filter((s) => s.id !== 'proposal');
    await rerender(<StageEditor stages={after} counts={counts} busy={false} onSave={() => {}} onRemove={onRemove} newId={() => 'n2'} />);
    expect(names(container)).toEqual(['Inbox', 'Contacted', 'Qualified', 'Negotiation', 'Won', 'Lost']);
    await unmount();
  });
});
