/**
 * Whether the browser keeps what the app saves. Storage can be full or refused (private modes,
 * quotas, a site setting): the comparison then still works, but nothing of it outlives the visit,
 * and panels holding the user's own work say so.
 */
import { create } from 'zustand';

export const useStorageStatus = create<{ refused: boolean }>(() => ({ refused: false }));

/** Records how the last write to storage went. */
export const noteStorageWrite = (ok: boolean) => useStorageStatus.setState({ refused: !ok });

export const useStorageRefused = () => useStorageStatus((s) => s.refused);
