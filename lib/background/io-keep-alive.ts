import type { ParsedRequestOf, ResponseOf } from '../messaging/protocol';
import type { BackgroundContext } from './context';
import { isSessionHeld } from './io-plan-session';
import { isBackupHeld } from './io-restore';
import { isUploadHeld } from './io-transfer';

/**
 * `io.keepAlive`: a page holding the id of a plan, an upload or a checked backup asks now and
 * then. The question keeps the worker awake (Chrome stops an idle one after 30 s, and what it
 * holds in memory with it); the answer says whether the thing is still held.
 */
export async function keepAlive(ctx: BackgroundContext, { id }: ParsedRequestOf<'io.keepAlive'>): Promise<ResponseOf<'io.keepAlive'>> {
  return { alive: isSessionHeld(ctx, id) || isUploadHeld(ctx, id) || isBackupHeld(ctx, id) };
}
