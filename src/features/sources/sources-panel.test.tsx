import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPanel } from '../../test/render-panel';
import { fixtureIndex, LEADERBOARD_ATTRIBUTION } from '../../mocks/fixture-catalog';
import { SourcesPanel } from './sources-panel';

describe('SourcesPanel', () => {
  it('lists every source with title, link where known, publisher, date, license, attribution and contribution', () => {
    renderPanel((index) => <SourcesPanel index={index} />);
    const table = screen.getByRole('table', { name: 'Sources' });
    expect(within(table).getAllByRole('row')).toHaveLength(fixtureIndex.sources.length + 1);

    const leaderboard = within(table)
      .getByRole('rowheader', { name: 'LLM Stats leaderboard data' })
      .closest('tr') as HTMLElement;
    expect(within(leaderboard).getByRole('link')).toHaveAttribute(
      'href',
      'https://github.com/JonathanChavezTamales/llm-leaderboard',
    );
    expect(leaderboard).toHaveTextContent('CC BY 4.0');
    expect(leaderboard).toHaveTextContent(LEADERBOARD_ATTRIBUTION);
    expect(leaderboard).toHaveTextContent('Independent benchmark scores.');

    const reseller = within(table).getByRole('rowheader', { name: 'Reseller model page' });
    expect(within(reseller).queryByRole('link')).not.toBeInTheDocument();
  });
});
