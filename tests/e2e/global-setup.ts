import { missingPrerequisite } from '../support/launch.mjs';

/** Fails the run at once, with the reason, instead of skipping the browser tests. */
export default function globalSetup(): void {
  const missing = missingPrerequisite();
  if (missing) throw new Error(missing);
}
