import type { SelfHostingTable } from '../../domain/cost/self-hosting-rows';
import type { DisplayCurrency } from '../../state/display-currency';
import { TableScroll } from '../../components/ui/table-scroll';

const gb = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

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
              {table.gpu.name} GPUs
            </th>
            <th scope="col" className="number">
              Hardware floor a month
            </th>
            <th scope="col" className="number">
              API cost a month
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.flatMap((row) =>
            row.estimates.map((e, i) => (
              <tr key={`${row.modelId}-${e.precision}`}>
                {i === 0 ? (
                  <th scope="rowgroup" rowSpan={row.estimates.length}>
                    {row.modelName}
                  </th>
                ) : null}
                <td>{e.precision.toUpperCase()}</td>
                <td className="number">
                  {gb.format(e.weights.gb)} GB
                  <span className="cell-note">
                    {e.weights.from === 'catalog' ? `stated (${e.weights.label})` : 'from parameter count'}
                  </span>
                </td>
                <td className="number">{e.gpus}</td>
                <td className="number">{display.money(e.monthlyUsd)}</td>
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
