// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SCORING_MODEL, type ScoringModel } from '../../../../lib/model';
import { listCriteria } from '../../../../lib/scoring';
import { ModelEditor } from '../../../../components/options/ModelEditor';
import { ModelPreview } from '../../../../components/options/ModelPreview';
import { button, click, render, typeInto } from './render';

const pointsOf = (model: ScoringModel, id: string) => listCriteria(model).find((c) => c.id === id)?.points;

describe('ModelEditor', () => {
  it('hands back a model with the criterion’s new points, and ignores half-typed numbers', async () => {
    const onChange = vi.fn();
    const { container, unmount } = await render(<ModelEditor model={DEFAULT_SCORING_MODEL} onChange={onChange} newId={() => 'x1'} />);
    const input = container.querySelector('[data-testid="criterion-fit.seniority.head"]');
    expect(input?.closest('label')?.textContent).toBe('Points for Head-of title');
    await typeInto(input, '-');
    expect(onChange).not.toHaveBeenCalled();
    await typeInto(input, '-5');
    expect(pointsOf(onChange.mock.lastCall?.[0], 'fit.seniority.head')).toBe(-5);
    expect(pointsOf(onChange.mock.lastCall?.[0], 'fit.seniority.vp')).toBe(35);
    await unmount();
  });

  it('edits the half-life and adds a rule of the user’s own', async () => {
    const onChange = vi.fn();
    const { container, unmount } = await render(<ModelEditor model={DEFAULT_SCORING_MODEL} onChange={onChange} newId={() => 'x1'} />);
    await typeInto(container.querySelector('[data-testid=decay-days]'), '14');
    expect(onChange.mock.lastCall?.[0].engagement.decay).toEqual({ kind: 'halfLife', days: 14 });
    await click(container.querySelector('[data-testid=add-rule]'));
    expect(onChange.mock.lastCall?.[0].fit.custom).toEqual([
      { id: 'custom.x1', label: 'New rule', points: 10, field: 'tags', operator: 'exists' },
    ]);
    await unmount();
  });
});

describe('ModelPreview', () => {
  const preview = { up: 14, down: 3, same: 80, moves: [{ leadId: 'a', name: 'Anna Berg', from: 'C' as const, to: 'B' as const, fromScore: 45, toScore: 52 }] };

  it.each([
    [{ dirty: false, pending: false }, 'No changes yet. Edit the model to see how your leads would move.'],
    [{ dirty: true, pending: true }, 'Working out the effect on your leads…'],
    [{ dirty: true, pending: false, preview }, '14 leads move up a grade, 3 down'],
    [{ dirty: true, pending: false, preview: { ...preview, up: 1 } }, '1 lead moves up a grade, 3 down'],
    [{ dirty: true, pending: false, invalid: 'grades: Grade thresholds must fall from A to C' }, 'Fix this before saving: grades: Grade thresholds must fall from A to C'],
  ])('says what saving would do (%o)', async (props, summary) => {
    const { container, unmount } = await render(<ModelPreview {...props} />);
    expect(container.querySelector('[data-testid=preview-summary]')?.textContent).toBe(summary);
    await unmount();
  });

  it('lists the leads that move and counts those not listed', async () => {
    const { container, unmount } = await render(<ModelPreview dirty pending={false} preview={preview} />);
    expect(container.querySelector('[data-testid=preview-moves]')?.textContent).toContain('Anna Berg');
    expect(container.textContent).toContain('…and 16 more');
    expect(button(container, /Apply/)).toBeUndefined();
    await unmount();
  });
});
