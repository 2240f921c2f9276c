// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { CalibrationReport as Report } from '../../../../lib/messaging/protocol/scoring';
import { CalibrationReport } from '../../../../components/options/CalibrationReport';
import { button, click, render } from './render';

const empty = { grades: [], auc: null, criteria: [], suggestions: [] };
const winCount = (leads: number, won: number) => ({ leads, won, winRate: leads ? won / leads : null });

const full: Report = {
  enoughData: true,
  message: '',
  closed: 24,
  won: 10,
  lost: 14,
  grades: [
    { grade: 'A', leads: 4, won: 3, lost: 1, winRate: 0.75 },
    { grade: 'B', leads: 0, won: 0, lost: 0, winRate: null },
    { grade: 'C', leads: 10, won: 5, lost: 5, winRate: 0.5 },
    { grade: 'D', leads: 10, won: 2, lost: 8, winRate: 0.2 },
  ],
  auc: 0.7321,
  criteria: [
    { criterion: 'fit.seniority.vp', label: 'VP title', part: 'fit', points: 35, matching: winCount(8, 6), other: winCount(16, 4), lift: 1.8, difference: 0.5, z: 2.9 },
    { criterion: 'fit.seniority.junior', label: 'Intern or student title', part: 'fit', points: -15, matching: winCount(0, 0), other: winCount(24, 10), lift: null, difference: null, z: null },
  ],
  suggestions: [{ criterion: 'fit.seniority.vp', label: 'VP title', part: 'fit', direction: 'raise', from: 35, to: 53, reason: 'Won 75% of 8 leads matching it, 25% of 16 others' }],
};

describe('CalibrationReport', () => {
  it.each([
    [{ ...empty, enoughData: false, message: '', closed: 7, won: 3, lost: 4 }, 'Only 7 closed leads so far. The report needs at least 20 won or lost leads; with fewer it would be guessing.'],
    [{ ...empty, enoughData: false, message: '', closed: 1, won: 1, lost: 0 }, 'Only 1 closed lead so far. The report needs at least 20 won or lost leads; with fewer it would be guessing.'],
    [{ ...empty, enoughData: false, message: '', closed: 22, won: 22, lost: 0 }, 'The report needs both won and lost leads (won 22, lost 0).'],
  ])('says why it cannot judge yet instead of guessing', async (report, text) => {
    const { container, unmount } = await render(<CalibrationReport report={report} onApply={() => {}} onRefresh={() => {}} />);
    expect(container.querySelector('[data-testid=calibration-not-enough]')?.textContent).toBe(text);
    expect(container.querySelector('[data-testid=auc]')).toBeNull();
    await unmount();
  });

  it('shows win rate per grade, AUC and lift with the counts behind them', async () => {
    const { container, unmount } = await render(<CalibrationReport report={full} onApply={() => {}} onRefresh={() => {}} />);
    const rows = [...container.querySelectorAll('[data-testid=grade-win-rates] tbody tr')].map((r) => r.textContent);
    expect(rows).toEqual(['A4375%', 'B00—', 'C10550%', 'D10220%']);
    expect(container.querySelector('[data-testid=auc]')?.textContent).toBe('0.73');
    const lift = container.querySelector('[data-testid=criterion-lift] tbody')?.textContent;
    expect(lift).toContain('6 of 8 won (75%)');
    expect(lift).toContain('4 of 16 won (25%)');
    expect(lift).toContain('×1.80');
    expect(lift).not.toContain('Intern');
    expect(container.querySelector('details')?.textContent).toContain('1 criteria no closed lead matched');
    await unmount();
  });

  it('applies a suggestion in one click', async () => {
    const onApply = vi.fn();
    const { container, unmount } = await render(<CalibrationReport report={full} onApply={onApply} onRefresh={() => {}} />);
    expect(container.querySelector('[data-testid=suggestions]')?.textContent).toContain('Leads matching: 6 of 8 won (75%) · Other leads: 4 of 16 won (25%)');
    await click(button(container, 'Apply: Raise VP title from 35 to 53'));
    expect(onApply).toHaveBeenCalledWith(full.suggestions[0]);
    await unmount();
  });
});
