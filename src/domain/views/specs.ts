/** The specifications table: one row per spec, one cell per model, every value with its provenance. */
import { factView, type FactView } from './fact-view';
import { capitalize } from './prose';
import { exactTokensText, parametersText, tokensText } from '../format/quantity-text';
import type { Fact, Model, Modality } from '../types';

export interface SpecPart {
  /** Prefix that says which value this is where a cell holds several ("total", "active"). */
  label?: string;
  text: string;
  /** Provenance; absent for values the model record holds without a per-value source (modes). */
  view?: FactView;
}

export interface SpecCell {
  modelId: string;
  /** Empty when no source states the value. */
  parts: SpecPart[];
}

export interface SpecRow {
  id: string;
  label: string;
  cells: SpecCell[];
  differs: boolean;
}

const MODALITY_TEXT: Record<Modality, string> = {
  text: 'Text',
  image: 'Image',
  audio: 'Audio',
  video: 'Video',
  pdf: 'PDF',
};

/** Token counts show the short form and, where it rounds, the exact count. */
export function tokenCountText(tokens: number): string {
  const short = tokensText(tokens);
  const exact = exactTokensText(tokens);
  return short === exact ? short : `${short} (${exact})`;
}

const MODALITY_ORDER: Modality[] = ['text', 'image', 'audio', 'video', 'pdf'];
/** In one fixed order, so two models' lists read alike and sources' orderings do not matter. */
const modalitiesText = (list: Modality[]) =>
  list.length
    ? [...list]
        .sort((a, b) => MODALITY_ORDER.indexOf(a) - MODALITY_ORDER.indexOf(b))
        .map((m) => MODALITY_TEXT[m] ?? m)
        .join(', ')
    : 'None';
const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
const plain = (value: string) => value;

function part<T>(fact: Fact<T> | undefined, format: (value: T) => string, label?: string): SpecPart[] {
  if (!fact) return [];
  const view = factView(fact, format);
  return [{ ...(label ? { label } : {}), text: view.text, view }];
}

interface SpecDefinition {
  id: string;
  label: string;
  parts: (model: Model) => SpecPart[];
}

const SPECS: SpecDefinition[] = [
  { id: 'release-date', label: 'Release date', parts: (m) => part(m.releaseDate, plain) },
  { id: 'context-window', label: 'Context window', parts: (m) => part(m.contextWindow, tokenCountText) },
  { id: 'max-output', label: 'Max output', parts: (m) => part(m.maxOutput, tokenCountText) },
  {
    id: 'parameters',
    label: 'Parameters (total / active)',
    parts: (m) => [
      ...part(m.parametersTotal, parametersText, 'total'),
      ...part(m.parametersActive, parametersText, 'active'),
    ],
  },
  { id: 'architecture', label: 'Architecture', parts: (m) => part(m.architecture, plain) },
  { id: 'license', label: 'License', parts: (m) => part(m.license, plain) },
  { id: 'open-weights', label: 'Open weights', parts: (m) => part(m.openWeights, yesNo) },
  { id: 'commercial-use', label: 'Commercial use', parts: (m) => part(m.commercialUse, plain) },
  { id: 'knowledge-cutoff', label: 'Knowledge cutoff', parts: (m) => part(m.knowledgeCutoff, plain) },
  { id: 'input-modalities', label: 'Input modalities', parts: (m) => part(m.inputModalities, modalitiesText) },
  { id: 'output-modalities', label: 'Output modalities', parts: (m) => part(m.outputModalities, modalitiesText) },
  {
    id: 'modes',
    label: 'Modes',
    parts: (m) => (m.modes.length ? [{ text: m.modes.map(capitalize).join(', ') }] : []),
  },
];

/** The text a cell compares by, so "differs" ignores provenance and looks only at values. */
const cellKey = (cell: SpecCell) => cell.parts.map((p) => `${p.label ?? ''}:${p.text}`).join('|');

export function buildSpecRows(models: readonly Model[]): SpecRow[] {
  return SPECS.map((spec) => {
    const cells = models.map((model) => ({ modelId: model.id, parts: spec.parts(model) }));
    return { id: spec.id, label: spec.label, cells, differs: new Set(cells.map(cellKey)).size > 1 };
  });
}
