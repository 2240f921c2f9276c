/** One import row read: its value and any notes for the user, or the reason it is refused. */
export type RowOutcome<T> = { ok: true; value: T; warnings: string[] } | { ok: false; reason: string };
