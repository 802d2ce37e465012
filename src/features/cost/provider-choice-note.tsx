import { choiceSummary } from '../../domain/cost/provider-choice';
import { useProviderChoice } from '../../state/views/routes-view';
import './provider-choice-note.css';

/**
 * Beside the costs, whenever the user's provider choice narrows the routes: what it is, where to
 * change it, and a way back to every route in one step.
 */
export function ProviderChoiceNote() {
  const { choice, active, reset } = useProviderChoice();
  if (!active) return null;
  return (
    <p className="field-hint provider-choice-note">
      These costs follow your provider choice ({choiceSummary(choice)}); change it under{' '}
      <a href="#routes-heading">Provider routes</a>, or{' '}
      <button type="button" className="button-quiet button-inline" onClick={reset}>
        count every route again
      </button>
      .
    </p>
  );
}
