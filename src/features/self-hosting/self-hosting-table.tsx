import './self-hosting.css';
import { SourceNote } from '../../components/provenance/source-note';
import type { SelfHostingEstimate } from '../../domain/cost/self-hosting';
import type { SelfHostingTable } from '../../domain/cost/self-hosting-rows';
import type { DisplayCurrency } from '../../state/display-currency';
import { TableScroll } from '../../components/ui/table-scroll';

const gb = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Where the weights' size comes from: the source that states it, with its wording, or the parameter count. */
function WeightsCell({ estimate, modelName }: { estimate: SelfHostingEstimate; modelName: string }) {
  const { weights } = estimate;
  return (
    <td className="number">
      {gb.format(weights.gb)} GB
      {weights.from === 'catalog' ? (
        <span className="cell-note">
          stated{' '}
          <SourceNote sourceId={weights.source} label={`${estimate.label} weights, ${modelName}`}>
            {weights.note ? <p className="source-wording">“{weights.note}”</p> : null}
          </SourceNote>
        </span>
      ) : (
        <span className="cell-note">from parameter count</span>
      )}
    </td>
  );
}

export function SelfHostingTableView({ table, display }: { table: SelfHostingTable; display: DisplayCurrency }) {
  return (
    <TableScroll label={'Self-hosting estimate'}>
      <table aria-label="Self-hosting estimate">
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col">Precision</th>
            <th scope="col" className="number">
              Weights
            </th>
            <th scope="col" className="number">
              Memory needed
            </th>
            <th scope="col">GPUs that hold it</th>
            <th scope="col" className="number">
              Hardware floor a month on {table.gpu.name}
            </th>
            <th scope="col" className="number">
              API cost a month
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.flatMap((row) =>
            row.estimates.map((e, i) => (
              <tr key={`${row.modelId}-${e.label}-${e.weights.gb}`}>
                {i === 0 ? (
                  <th scope="rowgroup" rowSpan={row.estimates.length}>
                    {row.modelName}
                  </th>
                ) : null}
                <td>{e.label}</td>
                <WeightsCell estimate={e} modelName={row.modelName} />
                <td className="number">{gb.format(e.memoryNeededGb)} GB</td>
                <td>
                  <ul className="gpu-fits">
                    {e.fits.map((fit) => (
                      <li key={fit.gpu.id}>
                        {fit.gpus} × {fit.gpu.name}
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="number">
                  {display.money(e.monthlyUsd)}
                  <span className="cell-note">
                    {e.gpus} × {e.gpu.name}
                  </span>
                </td>
                {i === 0 ? (
                  <td className="number" rowSpan={row.estimates.length}>
                    {row.apiMonthlyUsd !== undefined ? display.money(row.apiMonthlyUsd) : 'Unavailable'}
                  </td>
                ) : null}
              </tr>
            )),
          )}
        </tbody>
      </table>
    </TableScroll>
  );
}
