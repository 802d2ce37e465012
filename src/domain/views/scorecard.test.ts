import { describe, expect, it } from 'vitest';
import { fixtureIndex, fixtureModels } from '../../mocks/fixture-catalog';
import { attributionsFor, scoreSourceIds } from '../attribution';
import { buildBenchmarkRows } from './benchmarks';
import { buildScorecard } from './scorecard';

const models = fixtureModels.slice(0, 3);
const rows = buildScorecard({
  models,
  summaries: fixtureIndex.models,
  providers: fixtureIndex.providers,
  benchmarkRows: buildBenchmarkRows(models.slice(0, 2), fixtureIndex.benchmarks),
});
const texts = (id: string) => rows.find((r) => r.id === id)?.cells.map((c) => c.text);

describe('buildScorecard', () => {
  it.each<{ id: string; expected: string[] }>([
    { id: 'product-type', expected: ['Open-weight model', 'Proprietary model (hosted API only)', 'Open-weight model'] },
    { id: 'best-for', expected: ['Coding and agents', 'Rag', 'Not tagged'] },
    { id: 'context-window', expected: ['256K', '1.05M', 'Unknown'] },
    {
      id: 'cheapest-output',
      expected: ['$2 / 1M tokens on Cheap Cloud', '$8 / 1M tokens on Big Cloud', 'No pay-as-you-go price'],
    },
    {
      id: 'routes',
      expected: ['2 pay-as-you-go of 3 in all', '2 pay-as-you-go of 2 in all', '0 pay-as-you-go of 1 in all'],
    },
    { id: 'shared-benchmarks', expected: ['Leads 1 of 1 shared', 'Leads 0 of 1 shared', 'Leads 0 of 1 shared'] },
  ])('$id', ({ id, expected }) => expect(texts(id)).toEqual(expected));

  it('keeps the disputed context window with its provenance', () => {
    expect(rows.find((r) => r.id === 'context-window')?.cells[0]?.view?.disputed).toBe(true);
  });
});

describe('attributionsFor', () => {
  it('returns the distinct attribution texts of the sources used, and nothing for sources without one', () => {
    expect(attributionsFor(['llm-leaderboard', 'fixture', 'llm-leaderboard'], fixtureIndex.sources)).toEqual([
      'Benchmark data from LLM Stats (llm-leaderboard by Jonathan Chavez Tamales), CC BY 4.0',
    ]);
    expect(attributionsFor(['fixture', 'unknown'], fixtureIndex.sources)).toEqual([]);
  });
});

describe('scoreSourceIds', () => {
  it('keeps the sources that say they contributed scores', () => {
    expect(scoreSourceIds(fixtureIndex.sources)).toEqual(['llm-leaderboard', 'vendor-docs']);
  });
});
