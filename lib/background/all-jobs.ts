import { hygieneJob } from './hygiene-job';
import type { Job } from './jobs';
import { snapshotJob } from './metrics';
import { retentionJob } from './retention-job';

/** Every periodic job of the background; a feature adds its own here. */
export const ALL_JOBS: Job[] = [hygieneJob, retentionJob, snapshotJob];
