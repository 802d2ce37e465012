import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { factView } from '../../domain/views/fact-view';
import { fixtureIndex, fixtureModels, LEADERBOARD_ATTRIBUTION } from '../../mocks/fixture-catalog';
import { AttributionNotice } from './attribution-notice';
import { DisputedMarker } from './disputed-marker';
import { RouteSourceNote } from './route-source-note';
import { SourceNote } from './source-note';
import { SourcesProvider } from './sources-context';

const withSources = (ui: ReactElement) =>
  render(<SourcesProvider sources={fixtureIndex.sources}>{ui}</SourcesProvider>);

describe('SourceNote', () => {
  it('opens on click with title, link, date and license, and Escape closes it and returns focus', async () => {
    const user = userEvent.setup();
    withSources(<SourceNote sourceId="llm-leaderboard" date="2026-06-01" label="MMLU-Pro, Alpha 1" />);
    const button = screen.getByRole('button', { name: 'Source: MMLU-Pro, Alpha 1' });
    expect(button).toHaveTextContent('Source');
    expect(button).toHaveAttribute('aria-expanded', 'false');

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const link = screen.getByRole('link', { name: 'LLM Stats leaderboard data' });
    expect(link).toHaveAttribute('href', 'https://github.com/JonathanChavezTamales/llm-leaderboard');
    expect(screen.getByText('CC BY 4.0')).toBeVisible();
    expect(screen.getByText(LEADERBOARD_ATTRIBUTION)).toBeVisible();

    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(link).not.toBeVisible();
    expect(button).toHaveFocus();
  });

  it('is operable with the keyboard alone', async () => {
    const user = userEvent.setup();
    withSources(<SourceNote sourceId="fixture" />);
    await user.tab();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Source' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('shows a source without an address as text, and an unlisted id as such', async () => {
    const user = userEvent.setup();
    withSources(
      <>
        <SourceNote sourceId="reseller-page" label="a" />
        <SourceNote sourceId="nowhere" label="b" />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Source: a' }));
    await user.click(screen.getByRole('button', { name: 'Source: b' }));
    expect(screen.getByText('Reseller model page')).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Reseller model page' })).not.toBeInTheDocument();
    expect(screen.getByText('Unlisted source (nowhere)')).toBeVisible();
  });
});

describe('RouteSourceNote', () => {
  it('builds its details only once opened: source, price date and every confirming source', async () => {
    const user = userEvent.setup();
    const route = { ...fixtureModels[0]!.routes[0]!, checked: '2026-05-04', confirmedBy: ['llm-leaderboard'] };
    const { container } = withSources(<RouteSourceNote route={route} label="price on Cheap Cloud" />);
    expect(container.querySelector('dl')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Source: price on Cheap Cloud' }));
    expect(container.querySelector('dl')).toHaveTextContent('Price dated2026-05-04');
    expect(screen.getByText('Also stated by 1 other source:')).toBeVisible();
    expect(screen.getByRole('link', { name: 'LLM Stats leaderboard data' })).toBeVisible();
  });
});

describe('DisputedMarker', () => {
  const context = fixtureModels[0]?.contextWindow;
  if (!context) throw new Error('fixture lost its disputed context window');

  it('shows a visible "Disputed" text and lists every claim with value, note, source and the rule', async () => {
    const user = userEvent.setup();
    withSources(<DisputedMarker fact={factView(context, (v) => `${v / 1000}K`)} label="Context window, Alpha 1" />);
    const button = screen.getByRole('button', { name: 'Disputed: Context window, Alpha 1' });
    expect(button).toHaveTextContent('Disputed');
    await user.click(button);
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      '128K — 128K — Reseller model page',
      '256K (used here) — 256K — Test fixture',
      '262.144K — 262,144 tokens — Alpha Lab model documentation',
    ]);
    expect(within(items[2] as HTMLElement).getByRole('link')).toHaveAttribute('href', 'https://example.com/alpha-docs');
    expect(screen.getByText('Rule: Most recent first-party statement wins.')).toBeVisible();
  });

  it('renders nothing for an undisputed fact', () => {
    const { container } = withSources(<DisputedMarker fact={factView({ value: 1, source: 'fixture' }, String)} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('AttributionNotice', () => {
  it('shows the attribution of a source whose license asks for it', () => {
    render(<AttributionNotice sourceIds={['llm-leaderboard', 'fixture']} sources={fixtureIndex.sources} />);
    expect(screen.getByText(`${LEADERBOARD_ATTRIBUTION}.`)).toBeVisible();
  });
});
