/**
 * Code the bench installs in the page before it loads (page.addInitScript serialises the
 * function, so it must not refer to anything outside itself). It records Event Timing entries
 * and input counts, and the moment the first monthly cost is on screen.
 */
export interface ProbedEvent {
  name: string;
  duration: number;
  /** aria-label or role of the event's target, to tell the slider from the picker. */
  target: string | null;
}

export interface Probes {
  events: ProbedEvent[];
  /**
   * Per input event, ms from its timestamp to the end of the frame that follows it. Chromium's
   * Event Timing does not report the input events a range fires while dragged, so drag steps
   * are timed this way: a frame callback, then a task queued from it, which runs once that
   * frame's rendering work is done.
   */
  frames: ProbedEvent[];
  /**
   * The same, less the wait for that frame to begin where the input came before it: from the
   * later of the input and the frame's start (its vsync, the frame callback's timestamp) to the
   * frame's end. A key lands anywhere within a frame and waits up to one for the next, whatever
   * the page does; a pointer's moves are dispatched as a frame begins. This is what the page's
   * own work takes, the same for both, and whether a step is shown within one frame.
   */
  frameWork: ProbedEvent[];
  /** Events dispatched, by "name target", reported to Event Timing or not. */
  dispatched: Record<string, number>;
  /** performance.now() at the frame that first shows a monthly cost figure, prerendered or live. */
  firstCost: Promise<number>;
  /** The same for the app's own cost table, whose controls work: the live page. */
  liveCost: Promise<number>;
}

declare global {
  interface Window {
    versusProbes?: Probes;
  }
}

export function installProbes(): void {
  const describe = (node: EventTarget | null) =>
    node instanceof Element ? (node.getAttribute('aria-label') ?? node.getAttribute('role')) : null;
  const probes: Probes = {
    events: [],
    frames: [],
    frameWork: [],
    dispatched: {},
    firstCost: Promise.resolve(0),
    liveCost: Promise.resolve(0),
  };
  window.versusProbes = probes;

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[]) {
      probes.events.push({ name: entry.name, duration: entry.duration, target: describe(entry.target) });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);

  for (const name of ['input', 'keydown']) {
    document.addEventListener(
      name,
      (event) => {
        const key = `${name} ${describe(event.target)}`;
        probes.dispatched[key] = (probes.dispatched[key] ?? 0) + 1;
      },
      { capture: true, passive: true },
    );
  }

  document.addEventListener(
    'input',
    (event) => {
      const start = event.timeStamp;
      const target = describe(event.target);
      requestAnimationFrame((frameStart) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const end = performance.now();
          probes.frames.push({ name: 'input', duration: end - start, target });
          probes.frameWork.push({ name: 'input', duration: end - Math.max(start, frameStart), target });
        };
        channel.port2.postMessage(null);
      });
    },
    { capture: true, passive: true },
  );

  /** performance.now() at the frame that first shows a monthly cost figure drawn by `drawnBy`. */
  const costShown = (drawnBy: (cell: Element) => boolean) =>
    new Promise<number>((resolve) => {
      const shown = () =>
        [...document.querySelectorAll('table[aria-label="Monthly cost"] tbody td.strong')].some(
          (cell) => drawnBy(cell) && /\d/.test(cell.textContent ?? ''),
        );
      const observer = new MutationObserver(() => {
        if (!shown()) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now()));
      });
      // Classes too: the app takes the prerendered copy over in place, and #root then drops .first-view.
      observer.observe(document, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['class'],
      });
    });
  probes.firstCost = costShown(() => true);
  // While #root holds a stand-in (the prerendered copy or a link's first figures) it is inert; then it is live.
  probes.liveCost = costShown((cell) => cell.closest('[inert]') === null);
}

/**
 * The probes as page script. tsx compiles with esbuild's keepNames, which wraps inner functions
 * in a `__name()` helper that exists only in Node; the page gets a no-op one, which the bench's
 * other page.evaluate calls rely on too.
 */
export const PROBES_SCRIPT = `globalThis.__name = (fn) => fn; (${installProbes.toString()})();`;
