/** Capability comparison: the tri-state table and what a switch between two models gains or loses. */
import { factView, type FactView } from './fact-view';
import { inSentence } from './prose';
import { CAPABILITY_IDS, type CapabilityId, type CapabilityState, type Model } from '../types';

export const CAPABILITY_LABELS: Record<CapabilityId, string> = {
  vision: 'Vision',
  multimodal: 'Multimodal input',
  reasoning: 'Reasoning',
  'function-calling': 'Function calling',
  'tool-use': 'Tool use',
  'structured-outputs': 'Structured outputs',
  'code-execution': 'Code execution',
  'computer-use': 'Computer use',
  'prompt-caching': 'Prompt caching',
  'batch-api': 'Batch API',
  'web-search': 'Web search',
  'parallel-agents': 'Parallel agents',
};

export const CAPABILITY_STATE_TEXT: Record<CapabilityState, string> = { yes: 'Yes', no: 'No', unknown: 'Unknown' };

/** A missing entry is unknown, never "no": the catalog only records what a source states. */
export function capabilityState(model: Model, id: CapabilityId): CapabilityState {
  return model.capabilities[id]?.value ?? 'unknown';
}

export interface CapabilityCell {
  modelId: string;
  state: CapabilityState;
  text: string;
  /** Provenance of a known state; absent when unknown. */
  fact?: FactView;
}

export interface CapabilityRow {
  id: CapabilityId;
  label: string;
  cells: CapabilityCell[];
  /** The models' states are not all the same (unknown counts as its own state). */
  differs: boolean;
}

export function buildCapabilityRows(models: readonly Model[]): CapabilityRow[] {
  return CAPABILITY_IDS.map((id) => {
    const cells = models.map((model): CapabilityCell => {
      const fact = model.capabilities[id];
      const state = capabilityState(model, id);
      return {
        modelId: model.id,
        state,
        text: CAPABILITY_STATE_TEXT[state],
        ...(fact ? { fact: factView(fact, (v) => CAPABILITY_STATE_TEXT[v]) } : {}),
      };
    });
    return { id, label: CAPABILITY_LABELS[id], cells, differs: new Set(cells.map((c) => c.state)).size > 1 };
  });
}

export function visibleCapabilityRows(rows: readonly CapabilityRow[], onlyDifferences: boolean): CapabilityRow[] {
  return onlyDifferences ? rows.filter((row) => row.differs) : [...rows];
}

export interface CapabilitySwitch {
  /** Present on the current model, known absent on the target. */
  lost: CapabilityId[];
  /** Known absent on the current model, present on the target. */
  gained: CapabilityId[];
  /** Present on the current model, unknown on the target: to be checked, not claimed lost. */
  unverified: CapabilityId[];
}

/** What moving traffic from `from` to `to` changes in capabilities. */
export function capabilitySwitch(from: Model, to: Model): CapabilitySwitch {
  const result: CapabilitySwitch = { lost: [], gained: [], unverified: [] };
  for (const id of CAPABILITY_IDS) {
    const a = capabilityState(from, id);
    const b = capabilityState(to, id);
    if (a === 'yes' && b === 'no') result.lost.push(id);
    else if (a === 'no' && b === 'yes') result.gained.push(id);
    else if (a === 'yes' && b === 'unknown') result.unverified.push(id);
  }
  return result;
}

/** Lower-case labels for use inside a sentence. */
export function capabilityNames(ids: readonly CapabilityId[]): string[] {
  return ids.map((id) => inSentence(CAPABILITY_LABELS[id]));
}
