// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { RescoreProgress } from '../../../../lib/messaging/protocol/scoring';
import { RescoreStatus } from '../../../../components/options/RescoreStatus';
import { type PollProgress, useRescoreProgress } from '../../../../components/options/use-rescore-progress';
import { render } from './render';

const at = (done: number, running: boolean): RescoreProgress => ({ jobId: 'job-1', running, done, total: 4000, version: 2 });

function Probe({ poll, onFinished }: { poll: PollProgress; onFinished: () => void }) {
  const { progress } = useRescoreProgress({ poll, onFinished, intervalMs: 1 });
  return <RescoreStatus progress={progress} />;
}

describe('useRescoreProgress', () => {
  it('polls while the job runs, shows progress, and reports the end once', async () => {
    // Each poll waits until the test answers it, so what the page shows is checked at each step.
    const pending: ((progress: RescoreProgress) => void)[] = [];
    const poll = vi.fn(() => new Promise<RescoreProgress>((resolve) => pending.push(resolve)));
    const answer = async (progress: RescoreProgress) => {
      await act(() => vi.waitFor(() => expect(pending).toHaveLength(1)));
      await act(async () => pending.pop()?.(progress));
    };
    const onFinished = vi.fn();
    const { container, unmount } = await render(<Probe poll={poll} onFinished={onFinished} />);
    await answer(at(0, true));
    expect(container.textContent).toBe('Re-scoring leads: 0 of 4000');
    expect(container.querySelector('progress')?.getAttribute('max')).toBe('4000');
    await answer(at(2000, true));
    expect(container.textContent).toBe('Re-scoring leads: 2000 of 4000');
    expect(onFinished).not.toHaveBeenCalled();
    await answer(at(4000, false));
    expect(container.textContent).toBe('All 4000 leads re-scored');
    expect(onFinished).toHaveBeenCalledTimes(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(poll).toHaveBeenCalledTimes(3);
    await unmount();
  });

  it('shows nothing before any job, and does not report an end it never saw', async () => {
    const poll = vi.fn(async (): Promise<RescoreProgress> => ({ jobId: null, running: false, done: 0, total: 0, version: 0 }));
    const onFinished = vi.fn();
    const { container, unmount } = await render(<Probe poll={poll} onFinished={onFinished} />);
    expect(container.textContent).toBe('');
    expect(onFinished).not.toHaveBeenCalled();
    await unmount();
  });
});
