import { useId, useState } from 'react';
import { GPU_TYPES, selfHostingCaveats } from '../../domain/cost/self-hosting';
import type { CatalogIndex } from '../../domain/types';
import { SelfHostingTableView } from './self-hosting-table';
import { useSelfHostingView } from '../../state/views/self-hosting-view';

/** Hardware floor for running open-weight models yourself, beside their API cost. */
export function SelfHostingPanel({ index }: { index: CatalogIndex }) {
  const id = useId();
  const { table, display, selfHosting, setSelfHosting } = useSelfHostingView(index);
  const [priceDraft, setPriceDraft] = useState<string | null>(null);
  const [priceError, setPriceError] = useState<string | null>(null);

  const onPrice = (text: string) => {
    setPriceDraft(text);
    const value = Number(text.replace(/[$,\s]/g, ''));
    if (text.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1000) {
      setPriceError('Enter a price per GPU-hour between 0 and 1,000 USD.');
      return;
    }
    setPriceError(null);
    setSelfHosting({ hourlyUsd: value });
  };

  return (
    <section aria-labelledby="self-hosting-heading" className="panel self-hosting">
      <h2 id="self-hosting-heading">Self-hosting estimate</h2>
      <div className="options-row">
        <div className="field">
          <label htmlFor={`${id}-gpu`}>GPU type</label>
          <select id={`${id}-gpu`} value={table.gpu.id} onChange={(e) => setSelfHosting({ gpuId: e.target.value })}>
            {GPU_TYPES.map((gpu) => (
              <option key={gpu.id} value={gpu.id}>
                {gpu.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-price`}>Price per GPU-hour (USD)</label>
          <input
            id={`${id}-price`}
            inputMode="decimal"
            autoComplete="off"
            value={priceDraft ?? String(selfHosting.hourlyUsd)}
            aria-invalid={priceError ? true : undefined}
            aria-describedby={`${id}-price-note`}
            onChange={(e) => onPrice(e.target.value)}
            onBlur={() => !priceError && setPriceDraft(null)}
          />
          <p id={`${id}-price-note`} className={priceError ? 'field-error' : 'field-hint'}>
            {priceError ?? 'Your assumption: replace it with a real quote.'}
          </p>
        </div>
      </div>
      {table.rows.length > 0 ? <SelfHostingTableView table={table} display={display} /> : null}
      {table.skipped.length > 0 ? (
        <p className="field-hint">
          No estimate for {table.skipped.map((s) => `${s.modelName} (${s.reason})`).join(', ')}.
        </p>
      ) : null}
      <ul className="caveats">
        {selfHostingCaveats().map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </section>
  );
}
