import { PAGE_SUMMARY_ID, pageSummaryOf, pageSummaryScript, readPageSummary } from './page-summary';

const index = {
  rates: [{ currency: 'EUR', perUsd: 0.9, date: '2025-06-10', source: 'ecb' }],
  sources: [
    {
      id: 'ecb',
      title: 'ECB reference rates',
      publisher: 'European Central Bank',
      date: '2025-06-10',
      license: 'free reuse',
      contributed: 'exchange rates',
    },
  ],
  providers: [
    { id: 'openai', name: 'OpenAI </script><script>alert(1)</script>', source: 'models.dev', openaiCompatible: true },
  ],
};

describe('the catalog summary in the page', () => {
  it('is read back as written, provider names with markup in them included', () => {
    document.body.innerHTML = pageSummaryScript(pageSummaryOf(index));
    expect(document.querySelectorAll('script')).toHaveLength(1);
    expect(readPageSummary()).toEqual({
      rates: index.rates,
      sources: index.sources,
      providers: [{ id: 'openai', name: index.providers[0]!.name }],
    });
  });

  it('is left unused when missing, not JSON or not the expected shape', () => {
    for (const body of [
      '',
      `<script type="application/json" id="${PAGE_SUMMARY_ID}">{"rates":</script>`,
      `<script type="application/json" id="${PAGE_SUMMARY_ID}">{"rates":[{"currency":"EUR","perUsd":-1}],"sources":[],"providers":[]}</script>`,
    ]) {
      document.body.innerHTML = body;
      expect(readPageSummary()).toBeUndefined();
    }
  });
});
