/**
 * Input to the end of the next frame while a person drags "Requests per month" or steps it with
 * the arrow keys (timed in the page), and input-to-next-paint while they type in the model
 * picker (Event Timing); see page-probes.ts and percentiles.ts.
 */
import type { Page } from '@playwright/test';
import type { Durations } from './percentiles';

const SLIDER = 'Requests per month';
/** A pointer reports about once a frame while it moves. */
const FRAME_MS = 16;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function durationsOf(page: Page, event: string, target: string): Promise<Durations> {
  // Event Timing entries arrive after the paint that ends them: give the last ones time to land.
  await pause(500);
  return page.evaluate(
    ([name, label]) => {
      const probes = window.versusProbes!;
      return {
        count: probes.dispatched[`${name} ${label}`] ?? 0,
        reported: probes.events.filter((e) => e.name === name && e.target === label).map((e) => e.duration),
      };
    },
    [event, target] as const,
  );
}

/** The slider's input events, each timed to the end of the frame that follows it: from the input, and from the later of the input and that frame's start. */
async function framesOf(page: Page): Promise<SliderTimes> {
  await pause(500);
  return page.evaluate((label) => {
    const probes = window.versusProbes!;
    const of = (list: typeof probes.frames) => {
      const durations = list.filter((f) => f.target === label).map((f) => f.duration);
      return { count: durations.length, reported: durations };
    };
    return { fromInput: of(probes.frames), work: of(probes.frameWork) };
  }, SLIDER);
}

export interface SliderTimes {
  /** From each input event to the end of the next frame. */
  fromInput: Durations;
  /** From the later of the input and the next frame's start to that frame's end (see Probes.frameWork). */
  work: Durations;
}

async function resetProbes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probes = window.versusProbes!;
    probes.events.length = 0;
    probes.frames.length = 0;
    probes.frameWork.length = 0;
    for (const key of Object.keys(probes.dispatched)) delete probes.dispatched[key];
  });
}

/** Drags the slider's thumb from its place to the right, back to the left and home, a step a frame. */
export async function dragRequestsSlider(page: Page, stepsEachWay = 60): Promise<SliderTimes> {
  const slider = page.getByRole('slider', { name: SLIDER });
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  if (!box) throw new Error(`The "${SLIDER}" slider is not on screen.`);
  const ratio = await slider.evaluate((input: HTMLInputElement) => Number(input.value) / Number(input.max));
  const y = box.y + box.height / 2;
  const at = (fraction: number) => box.x + box.width * Math.min(0.98, Math.max(0.02, fraction));
  await resetProbes(page);
  await page.mouse.move(at(ratio), y);
  await page.mouse.down();
  const path = [
    ...Array.from({ length: stepsEachWay }, (_, i) => ratio + ((i + 1) / stepsEachWay) * 0.3),
    ...Array.from({ length: stepsEachWay * 2 }, (_, i) => ratio + 0.3 - ((i + 1) / stepsEachWay) * 0.3),
    ...Array.from({ length: stepsEachWay }, (_, i) => ratio - 0.3 + ((i + 1) / stepsEachWay) * 0.3),
  ];
  for (const fraction of path) {
    await page.mouse.move(at(fraction), y);
    await pause(FRAME_MS);
  }
  await page.mouse.up();
  return framesOf(page);
}

/**
 * Steps the slider with the arrow keys, a key a frame, up and back down, timed as the drag is
 * (see SliderTimes). Event Timing would time
 * a key to the next frame Chromium presents, which for a headless page can be seconds later
 * when no other frame is due, whatever the key's own work.
 */
export async function stepRequestsSlider(page: Page, stepsEachWay = 40): Promise<SliderTimes> {
  const slider = page.getByRole('slider', { name: SLIDER });
  await slider.scrollIntoViewIfNeeded();
  await slider.focus();
  await resetProbes(page);
  for (const key of ['ArrowRight', 'ArrowLeft']) {
    for (let step = 0; step < stepsEachWay; step += 1) {
      await page.keyboard.press(key);
      await pause(FRAME_MS);
    }
  }
  return framesOf(page);
}

/** Types queries into "Model 1" at a brisk typing pace and puts its model back with Escape. */
export async function typeInPicker(page: Page, queries: readonly string[]): Promise<Durations> {
  const combobox = page.getByRole('combobox', { name: 'Model 1', exact: true });
  await combobox.focus();
  await resetProbes(page);
  for (const query of queries) {
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(query, { delay: 80 });
  }
  await page.keyboard.press('Escape');
  const durations = await durationsOf(page, 'keydown', 'combobox');
  return durations;
}
