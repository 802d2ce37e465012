import type { SliderScale } from '../../components/ui/slider-scale';
import type { TrafficField } from '../../domain/traffic/profile';

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });

export interface TrafficFieldView {
  field: TrafficField;
  /** Accessible name of the slider and of the number field. */
  label: string;
  scale: SliderScale;
  format: (value: number) => string;
  describe: (value: number) => string;
}

const countField = (field: TrafficField, label: string, scale: SliderScale, unit: string): TrafficFieldView => ({
  field,
  label,
  scale,
  format: (v) => String(v),
  describe: (v) => `${whole.format(v)} ${unit}`,
});

const shareField = (field: TrafficField, label: string, of: string): TrafficFieldView => ({
  field,
  label,
  scale: { kind: 'linear', min: 0, max: 1, step: 0.01 },
  format: (v) => percent.format(v).replace(/,/g, ''),
  describe: (v) => `${percent.format(v)} of ${of}`,
});

/**
 * The traffic controls in display order. Slider ranges cover real workloads; the number fields
 * accept anything up to the domain's maxima.
 */
export const TRAFFIC_FIELD_VIEWS: readonly TrafficFieldView[] = [
  countField('requests', 'Requests per month', { kind: 'log', min: 1, max: 1e10 }, 'requests a month'),
  countField('inputTokens', 'Input tokens per request', { kind: 'log', min: 10, max: 2e6 }, 'input tokens'),
  countField('outputTokens', 'Output tokens per request', { kind: 'log', min: 1, max: 2e5 }, 'output tokens'),
  shareField('cachedShare', 'Cached input share', 'input tokens read from cache'),
  shareField('cacheWriteShare', 'Cache-write share', 'input tokens written to cache'),
  countField(
    'reasoningTokens',
    'Reasoning tokens per request',
    { kind: 'log', min: 10, max: 1e6, zero: true },
    'reasoning tokens',
  ),
  shareField('batchShare', 'Batch share', 'requests sent through a batch API'),
];

export const perDay = (requestsPerMonth: number) => `≈ ${whole.format(requestsPerMonth / 30)} requests a day`;
