import { z } from 'zod';

/** Every Pipewell message travels in this envelope; anything else is not ours to answer. */
export const Envelope = z.object({
  channel: z.literal('pipewell'),
  name: z.string().min(1).max(60),
  data: z.unknown(),
});
export type Envelope = z.infer<typeof Envelope>;

export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

export const ReplySchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

export { PipewellError } from './pipewell-error';

/** One readable line from a zod error: the first problem and where it is. */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid input';
  const where = issue.path.length ? issue.path.join('.') : 'input';
  return `${where}: ${issue.message}`;
}
