import { useState } from 'react';
import { NumberSliderField } from '../../components/ui/number-slider-field';
import { parseTrafficField } from '../../domain/traffic/profile';
import { useComparisonStore } from '../../state/comparison-store';
import { TrafficPresets } from './traffic-presets';
import { perDay, TRAFFIC_FIELD_VIEWS } from './traffic-fields';

export function TrafficPanel() {
  const traffic = useComparisonStore((s) => s.traffic);
  const setTraffic = useComparisonStore((s) => s.setTraffic);
  // A preset replaces every field's text, a half-typed or refused one included: the fields are
  // mounted afresh, without the draft and the error each keeps of its own.
  const [presetsApplied, setPresetsApplied] = useState(0);
  return (
    <section aria-labelledby="traffic-heading" className="panel traffic">
      <h2 id="traffic-heading">Traffic</h2>
      <TrafficPresets onApply={() => setPresetsApplied((n) => n + 1)} />
      <div className="traffic-fields">
        {TRAFFIC_FIELD_VIEWS.map((view) => (
          <NumberSliderField
            key={`${view.field}:${presetsApplied}`}
            label={view.label}
            value={traffic[view.field]}
            scale={view.scale}
            parse={(text) => parseTrafficField(view.field, text)}
            format={view.format}
            describe={view.describe}
            hint={view.field === 'requests' ? perDay(traffic.requests) : undefined}
            onChange={(value, dragging) => setTraffic({ [view.field]: value }, dragging)}
          />
        ))}
      </div>
      {traffic.cachedShare + traffic.cacheWriteShare > 1 ? (
        <p className="field-error" role="status">
          Cached input share and cache-write share add up to more than 100 % of input tokens: costs count cache writes
          as the remaining {Math.round((1 - traffic.cachedShare) * 100)} %.
        </p>
      ) : null}
    </section>
  );
}
