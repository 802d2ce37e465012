/** Outcome of an operation that can fail for a reason worth telling the user. */
export type Result<T> = { ok: true; data: T } | { ok: false; reason: string };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = <T = never>(reason: string): Result<T> => ({ ok: false, reason });
