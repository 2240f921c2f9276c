import { lazyView } from './lazy-view';

// Only the board's code is loaded before the first rows; these views follow once it is drawn.
export const LeadDetailView = lazyView(() => import('./detail/LeadDetail').then((m) => m.LeadDetail));
export const HealthView = lazyView(() => import('./health/HealthPanel').then((m) => m.HealthPanel));
export const ReviewView = lazyView(() => import('../review/ReviewPanel').then((m) => m.ReviewPanel));
export const MoveDialogView = lazyView(() => import('./move/MoveDialog').then((m) => m.MoveDialog));

/** Loads every view ahead, so switching to one later draws it at once. */
export function prefetchViews(): void {
  for (const view of [MoveDialogView, LeadDetailView, HealthView, ReviewView]) void view.prefetch().catch(() => undefined);
}
