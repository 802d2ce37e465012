import type { ReactNode } from 'react';
import { TableScroll } from './table-scroll';
import './card-table.css';
import './model-table.css';

export interface ModelTableProps<Row> {
  /** The table's name, for its sideways-scrolling wrapper and, without `labelledBy`, the table itself. */
  label: string;
  /** Id of the heading that names the table. */
  labelledBy?: string;
  describedBy?: string;
  className?: string;
  /** Header of the first column, which names each row. */
  corner: string;
  /** One column each, in order; every row has a cell per model in the same order. */
  models: readonly { id: string; name: string }[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  rowHeader: (row: Row) => ReactNode;
  rowClassName?: (row: Row) => string | undefined;
  /** The content of row `row` in the column of `models[index]`. */
  cell: (row: Row, index: number) => ReactNode;
  /** A last column after the models', such as a leader. */
  last?: { header: string; cell: (row: Row) => ReactNode };
}

/** A table with a column per compared model and a row per fact, the shape of every comparison table. */
export function ModelTable<Row>({
  label,
  labelledBy,
  describedBy,
  className,
  corner,
  models,
  rows,
  rowKey,
  rowHeader,
  rowClassName,
  cell,
  last,
}: ModelTableProps<Row>) {
  return (
    <TableScroll label={label}>
      <table
        {...(labelledBy ? { 'aria-labelledby': labelledBy } : { 'aria-label': label })}
        {...(describedBy ? { 'aria-describedby': describedBy } : {})}
        // Below 480 px wide each row reads as a card of labelled values (model-table.css).
        className={className ? `card-table model-table ${className}` : 'card-table model-table'}
      >
        <thead>
          <tr>
            <th scope="col">{corner}</th>
            {models.map((m) => (
              <th key={m.id} scope="col">
                {m.name}
              </th>
            ))}
            {last ? <th scope="col">{last.header}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className={rowClassName?.(row)}>
              <th scope="row">{rowHeader(row)}</th>
              {models.map((m, i) => (
                <td key={m.id} data-label={m.name}>
                  <div className="model-table-value">{cell(row, i)}</div>
                </td>
              ))}
              {last ? (
                <td data-label={last.header}>
                  <div className="model-table-value">{last.cell(row)}</div>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
