import type { Job } from './jobs';

/** Every periodic job of the background; a feature adds its own here. */
export const ALL_JOBS: Job[] = [];
