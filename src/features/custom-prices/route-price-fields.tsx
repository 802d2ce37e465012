import type { DraftErrors, RouteDraft } from '../../domain/custom/draft';
import { SelectField, TextField } from './text-field';

interface RoutePriceFieldsProps {
  idPrefix: string;
  draft: RouteDraft;
  errors: DraftErrors<RouteDraft>;
  onChange: (patch: Partial<RouteDraft>) => void;
  currencies: readonly string[];
}

/** Provider, prices, currency and note: what a route form and a new model's first route share. */
export function RoutePriceFields({ idPrefix, draft, errors, onChange, currencies }: RoutePriceFieldsProps) {
  const perMillion = `per 1M tokens, in ${draft.currency || 'the chosen currency'}`;
  return (
    <>
      <TextField
        id={`${idPrefix}-providerName`}
        label="Provider name"
        value={draft.providerName}
        onChange={(providerName) => onChange({ providerName })}
        error={errors.providerName}
        hint="Who sells you this price, e.g. “Azure (our contract)”."
      />
      <div className="custom-prices-row">
        <TextField
          id={`${idPrefix}-input`}
          label="Input price"
          inputMode="decimal"
          value={draft.input}
          onChange={(input) => onChange({ input })}
          error={errors.input}
          hint={perMillion}
        />
        <TextField
          id={`${idPrefix}-output`}
          label="Output price"
          inputMode="decimal"
          value={draft.output}
          onChange={(output) => onChange({ output })}
          error={errors.output}
          hint={perMillion}
        />
        <TextField
          id={`${idPrefix}-cacheRead`}
          label="Cache read price (optional)"
          inputMode="decimal"
          value={draft.cacheRead}
          onChange={(cacheRead) => onChange({ cacheRead })}
          error={errors.cacheRead}
          hint="Empty: cached tokens cost the input price."
        />
        <SelectField
          id={`${idPrefix}-currency`}
          label="Price currency"
          value={draft.currency}
          onChange={(currency) => onChange({ currency })}
          options={currencies.map((c) => ({ value: c, label: c }))}
          error={errors.currency}
        />
      </div>
      <TextField
        id={`${idPrefix}-note`}
        label="Note (optional)"
        value={draft.note}
        onChange={(note) => onChange({ note })}
        error={errors.note}
      />
    </>
  );
}

/** Moves focus to the first field with an error, so keyboard and screen reader users land on it. */
export function focusFirstError(idPrefix: string, errors: object, order: readonly string[]): void {
  const first = order.find((key) => key in errors);
  if (first) document.getElementById(`${idPrefix}-${first}`)?.focus();
}

export const ROUTE_FIELD_ORDER = [
  'modelId',
  'providerName',
  'input',
  'output',
  'cacheRead',
  'currency',
  'note',
] as const;
