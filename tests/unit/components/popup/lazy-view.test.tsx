// @vitest-environment happy-dom
import { Suspense } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyView } from '../../../../components/popup/lazy-view';
import { mount, waitFor } from './render';

function Greeting({ name }: { name: string }) {
  return <p data-testid="greeting">Hello {name}</p>;
}

/** Mounts `view` under a Suspense boundary and tells whether its fallback was ever on screen. */
async function mountWatched(View: typeof Greeting) {
  let fellBack = false;
  const observer = new MutationObserver(() => (fellBack ||= document.querySelector('[data-testid=fallback]') !== null));
  observer.observe(document.body, { childList: true, subtree: true });
  const view = await mount(<Suspense fallback={<p data-testid="fallback" />}><View name="Anna" /></Suspense>);
  await waitFor(() => expect(view.get('greeting')?.textContent).toBe('Hello Anna'));
  observer.disconnect();
  return { view, fellBack };
}

afterEach(() => document.body.replaceChildren());

describe('lazyView', () => {
  it('loads a view on first use, showing the fallback meanwhile', async () => {
    const greeting = lazyView(() => Promise.resolve(Greeting));
    const { view, fellBack } = await mountWatched(greeting.View);
    expect(fellBack).toBe(true);
    await view.unmount();
  });

  it('draws a prefetched view at once, without the fallback, and loads it only once', async () => {
    let loads = 0;
    const greeting = lazyView(() => ((loads += 1), Promise.resolve(Greeting)));
    await greeting.prefetch();
    await greeting.prefetch();
    const { view, fellBack } = await mountWatched(greeting.View);
    expect(fellBack).toBe(false);
    expect(loads).toBe(1);
    await view.unmount();
  });

  it('tries a failed load again', async () => {
    let loads = 0;
    const greeting = lazyView(() => (++loads === 1 ? Promise.reject(new Error('gone')) : Promise.resolve(Greeting)));
    await expect(greeting.prefetch()).rejects.toThrow('gone');
    await greeting.prefetch();
    const { view, fellBack } = await mountWatched(greeting.View);
    expect(fellBack).toBe(false);
    await view.unmount();
  });
});
