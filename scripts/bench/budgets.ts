/**
 * The performance budgets of the built app. Byte budgets do not depend on the machine's load,
 * so `npm test` checks them on every build (check-bytes.ts); the timing budgets are checked by
 * `npm run bench` only, on an otherwise idle machine.
 */
export interface Budget {
  label: string;
  /** The largest (or, for scores, the smallest) value that passes. */
  limit: number;
  unit: 'kB' | 'ms' | 'score' | '×';
  /** Scores must reach the limit; everything else must stay at or under it. */
  atLeast?: boolean;
}

export const BUDGETS = {
  firstViewJs: { label: 'First-view JavaScript (gzip)', limit: 150, unit: 'kB' },
  firstViewCatalog: { label: 'First-view catalog (gzip)', limit: 150, unit: 'kB' },
  firstCost: { label: 'Navigation to first monthly cost, default view', limit: 500, unit: 'ms' },
  sharedLinkVsDefault: {
    label: 'First monthly cost, shared link to two other models, against the default view (median of each)',
    limit: 1.2,
    unit: '×',
  },
  // From the later of the input and the start of the next frame to that frame's end: whether a
  // step is shown within one frame (see Probes.frameWork in page-probes.ts).
  sliderP95With8: {
    label: 'Slider drag, to end of the frame that shows the step, 8 models (p95)',
    limit: 16,
    unit: 'ms',
  },
  arrowKeyP95With8: {
    label: 'Slider arrow key, to end of the frame that shows the step, 8 models (p95)',
    limit: 16,
    unit: 'ms',
  },
  pickerKeystroke20k: { label: 'Picker keystroke, 20,000 models (p95)', limit: 16, unit: 'ms' },
  lighthousePerformance: { label: 'Lighthouse performance', limit: 95, unit: 'score', atLeast: true },
  lighthouseAccessibility: { label: 'Lighthouse accessibility', limit: 100, unit: 'score', atLeast: true },
} as const satisfies Record<string, Budget>;

export const withinBudget = (value: number, budget: Budget) =>
  budget.atLeast ? value >= budget.limit : value <= budget.limit;

/** kB as the build tools print it: 1,000 bytes. */
export const kilobytes = (bytes: number) => bytes / 1000;
