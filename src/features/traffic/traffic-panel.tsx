import { NumberSliderField } from '../../components/ui/number-slider-field';
import { fail, ok, type Result } from '../../domain/result';
import { useComparisonStore } from '../../state/comparison-store';

const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function parseRequests(text: string): Result<number> {
  const trimmed = text.trim().replace(/[,_\s]/g, '');
  if (trimmed === '') return fail('Enter a number of requests.');
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return fail(`“${text}” is not a number.`);
  if (value < 0) return fail('Requests cannot be negative.');
  if (value > 1e12) return fail('At most 1,000,000,000,000 requests a month.');
  return ok(Math.round(value));
}

export function TrafficPanel() {
  const traffic = useComparisonStore((s) => s.traffic);
  const setTraffic = useComparisonStore((s) => s.setTraffic);
  return (
    <section aria-labelledby="traffic-heading" className="panel traffic">
      <h2 id="traffic-heading">Traffic</h2>
      <NumberSliderField
        label="Requests per month"
        value={traffic.requests}
        min={1}
        max={1e10}
        scale="log"
        parse={parseRequests}
        describe={(v) => `${count.format(v)} requests a month`}
        hint={`≈ ${count.format(traffic.requests / 30)} requests a day`}
        onChange={(requests) => setTraffic({ requests })}
      />
    </section>
  );
}
