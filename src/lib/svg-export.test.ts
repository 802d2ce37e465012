import { describe, expect, it } from 'vitest';
import { mountHtml as mount } from '../test/mount-html';
import { backgroundBehind, findChartSvg, serializeSvg } from './svg-export';

const chart = `
  <div style="background-color: rgb(10, 20, 30)">
    <svg class="recharts-surface" width="600" height="360"><g><line stroke="var(--border)" style="stroke: rgb(1, 2, 3)" x1="0" x2="10"></line><text fill="var(--muted)">1k</text></g></svg>
    <div class="legend"><svg width="14" height="14"><path d="M0 0"></path></svg></div>
  </div>`;

describe('serializeSvg', () => {
  it('writes a standalone SVG with the chart, its background, title and legend, and no CSS variables', () => {
    const container = mount(chart);
    const svg = findChartSvg(container);
    expect(svg?.getAttribute('width')).toBe('600');
    const result = serializeSvg(svg!, {
      title: 'Monthly cost',
      legend: [{ label: 'Alpha 1', color: '#2563eb', dash: '6 3' }],
    });
    expect(result.width).toBe(600);
    expect(result.height).toBe(28 + 360 + 20 + 8);
    const doc = new DOMParser().parseFromString(result.text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.querySelector('rect')?.getAttribute('fill')).toBe('rgb(10, 20, 30)');
    expect(root.querySelector('title')?.textContent).toBe('Monthly cost');
    expect([...root.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['Monthly cost', '1k', 'Alpha 1']);
    expect(result.text).not.toContain('var(');
    expect(root.querySelector('g line')?.getAttribute('style')).toContain('stroke: rgb(1, 2, 3)');
    // The page's chart is left as it was.
    expect(svg!.querySelector('line')?.getAttribute('stroke')).toBe('var(--border)');
  });

  it('draws caption lines between the title and the chart, and makes room for them', () => {
    const svg = findChartSvg(mount(chart));
    const result = serializeSvg(svg!, { title: 'Monthly cost', caption: ['Traffic: 1,000 requests', '0% by batch'] });
    expect(result.height).toBe(28 + 2 * 16 + 4 + 360);
    const root = new DOMParser().parseFromString(result.text, 'image/svg+xml').documentElement;
    const texts = [...root.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts.slice(0, 3)).toEqual(['Monthly cost', 'Traffic: 1,000 requests', '0% by batch']);
    // The chart starts below the caption, not over it.
    expect(Number(root.querySelector('svg')?.getAttribute('y'))).toBe(28 + 2 * 16 + 4);
  });

  it('falls back to white where nothing behind the chart has a background', () => {
    const container = mount('<svg width="10" height="10"></svg>');
    expect(backgroundBehind(container.querySelector('svg'))).toBe('#ffffff');
  });

  it('finds no chart in an empty container', () => {
    expect(findChartSvg(mount('<p>Loading chart…</p>'))).toBeUndefined();
    expect(findChartSvg(null)).toBeUndefined();
  });
});
