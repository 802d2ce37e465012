import { TRAFFIC_FIELDS, type TrafficProfile } from '../../domain/traffic/profile';
import { TRAFFIC_PRESETS } from '../../domain/traffic/presets';
import { useComparisonStore } from '../../state/comparison-store';

const sameProfile = (a: TrafficProfile, b: TrafficProfile) => TRAFFIC_FIELDS.every((field) => a[field] === b[field]);

/**
 * Buttons that set the whole traffic profile at once; the matching one shows as pressed.
 * `onApply` runs after each press, even one that changes no figure, so the fields can drop
 * whatever the user was typing in them.
 */
export function TrafficPresets({ onApply }: { onApply: () => void }) {
  const traffic = useComparisonStore((s) => s.traffic);
  const setTraffic = useComparisonStore((s) => s.setTraffic);
  const active = TRAFFIC_PRESETS.find((p) => sameProfile(p.profile, traffic));
  return (
    <div>
      <div className="presets" role="group" aria-label="Traffic presets">
        {TRAFFIC_PRESETS.map((preset) => (
          <button
            key={preset.id}
            type="button"
            className="button-quiet"
            aria-pressed={preset === active}
            title={preset.rationale}
            onClick={() => {
              setTraffic(preset.profile);
              onApply();
            }}
          >
            {preset.label}
          </button>
        ))}
      </div>
      <p className="field-hint">{active ? active.rationale : 'Custom traffic profile.'}</p>
    </div>
  );
}
