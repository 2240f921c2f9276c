/**
 * What a parse or plan gives back: the value, or one readable sentence for the user.
 * Same shape as the messaging replies, so a handler can return it as it is.
 */
export type Result<T> = { ok: true; data: T } | { ok: false; error: string };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });

export const fail = <T = never>(error: string): Result<T> => ({ ok: false, error });
