import './sources.css';
import { useId } from 'react';
import { SourceTitle } from '../../components/provenance/source-link';
import type { CatalogIndex } from '../../domain/types';
import { TableScroll } from '../../components/ui/table-scroll';

/** Every source the catalog draws on, with its license and what it contributed. */
export function SourcesPanel({ index }: { index: CatalogIndex }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="panel sources">
      <h2 id={headingId}>Sources</h2>
      <p className="muted">
        {index.meta.pricesAsOf
          ? `Prices as of ${index.meta.pricesAsOf}`
          : `Sources dated up to ${index.meta.generatedAt}`}
        {index.meta.sourceDates
          ? `; source data from ${index.meta.sourceDates.from} to ${index.meta.sourceDates.to}`
          : ''}
        . Every route shows the date of its price. Where sources disagree, figures are marked “Disputed”.
      </p>
      <TableScroll label={'Sources'}>
        <table aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Publisher</th>
              <th scope="col">Date</th>
              <th scope="col">License</th>
              <th scope="col">Attribution</th>
              <th scope="col">Contributed</th>
            </tr>
          </thead>
          <tbody>
            {index.sources.map((source) => (
              <tr key={source.id}>
                <th scope="row">
                  <SourceTitle source={source} id={source.id} />
                </th>
                <td>{source.publisher}</td>
                <td className="nowrap">{source.date}</td>
                <td>{source.license}</td>
                <td>{source.attribution ?? <span className="muted">Not required</span>}</td>
                <td className="contributed">{source.contributed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
