/**
 * Turns a chart drawn in the page into a standalone SVG or PNG file. The charts take their
 * colors from CSS variables (theme-aware), which mean nothing outside the page, so every
 * element gets its computed paint and font inlined. Legends that the chart library draws in
 * HTML are redrawn inside the SVG from the entries given.
 */

export interface LegendEntry {
  label: string;
  color: string;
  /** SVG stroke-dasharray; empty for a solid line. */
  dash?: string;
}

export interface SvgExportOptions {
  /** Drawn above the chart, so the file says what it shows. */
  title?: string;
  /** Short lines drawn under the title, such as the traffic the figures were worked out for. */
  caption?: readonly string[];
  legend?: readonly LegendEntry[];
}

export interface SerializedSvg {
  text: string;
  width: number;
  height: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Properties that decide how an SVG element looks; others (layout, cursor...) do not matter here. */
const PAINT_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;
const TITLE_HEIGHT = 28;
const CAPTION_ROW = 16;
const LEGEND_ROW = 20;

/** The first non-transparent background behind an element, for the file's backdrop. */
export function backgroundBehind(element: Element | null): string {
  for (let el = element; el; el = el.parentElement) {
    const color = getComputedStyle(el).backgroundColor;
    if (color && color !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(color)) return color;
  }
  return '#ffffff';
}

function inlineComputedStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const style = (target as SVGElement).style;
  for (const property of PAINT_PROPERTIES) {
    const value = computed.getPropertyValue(property);
    if (value) style.setProperty(property, value);
  }
  // Attributes naming a CSS variable would stay unresolved in the file; the inline style replaces them.
  for (const attribute of [...target.attributes])
    if (attribute.value.includes('var(')) target.removeAttribute(attribute.name);
}

function element(tag: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, String(value));
  if (text !== undefined) el.textContent = text;
  return el;
}

function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const rect = svg.getBoundingClientRect();
  const width = rect.width || Number(svg.getAttribute('width')) || 600;
  const height = rect.height || Number(svg.getAttribute('height')) || 360;
  return { width: Math.round(width), height: Math.round(height) };
}

/** The chart as a standalone SVG document, with title and legend drawn around it. */
export function serializeSvg(svg: SVGSVGElement, options: SvgExportOptions = {}): SerializedSvg {
  const { width, height: chartHeight } = svgSize(svg);
  const chart = svg.cloneNode(true) as SVGSVGElement;
  inlineComputedStyles(svg, chart);
  const sources = svg.querySelectorAll('*');
  chart.querySelectorAll('*').forEach((target, i) => {
    const source = sources[i];
    if (source) inlineComputedStyles(source, target);
  });

  const text = getComputedStyle(svg);
  const color = text.color || '#000000';
  const font = text.fontFamily || 'sans-serif';
  const caption = options.caption ?? [];
  const captionTop = options.title ? TITLE_HEIGHT : 0;
  const top = captionTop + caption.length * CAPTION_ROW + (caption.length ? 4 : 0);
  const legend = options.legend ?? [];
  const height = top + chartHeight + legend.length * LEGEND_ROW + (legend.length ? 8 : 0);

  // No xmlns attribute: the serializer declares the namespace of an element made with createElementNS.
  const root = element('svg', { width, height, viewBox: `0 0 ${width} ${height}` });
  root.append(element('rect', { width: '100%', height: '100%', fill: backgroundBehind(svg) }));
  if (options.title) {
    root.append(element('title', {}, options.title));
    root.append(
      element(
        'text',
        { x: 8, y: 19, fill: color, 'font-family': font, 'font-size': 15, 'font-weight': 600 },
        options.title,
      ),
    );
  }
  caption.forEach((line, i) => {
    const y = captionTop + (i + 1) * CAPTION_ROW - 4;
    root.append(element('text', { x: 8, y, fill: color, 'font-family': font, 'font-size': 12 }, line));
  });
  chart.setAttribute('x', '0');
  chart.setAttribute('y', String(top));
  chart.setAttribute('width', String(width));
  chart.setAttribute('height', String(chartHeight));
  root.append(chart);
  legend.forEach((entry, i) => {
    const y = top + chartHeight + 4 + i * LEGEND_ROW + LEGEND_ROW / 2;
    root.append(
      element('line', {
        x1: 12,
        x2: 40,
        y1: y,
        y2: y,
        stroke: entry.color,
        'stroke-width': 2,
        'stroke-dasharray': entry.dash ?? '',
      }),
    );
    root.append(element('text', { x: 48, y: y + 4, fill: color, 'font-family': font, 'font-size': 13 }, entry.label));
  });
  const serialized = new XMLSerializer().serializeToString(root);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${serialized}`, width, height };
}

/** Draws the SVG on a canvas at `scale` times its size (sharp on high-density screens) and encodes a PNG. */
export async function svgToPng(svg: SerializedSvg, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The browser could not draw the chart image.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(svg.width * scale);
    canvas.height = Math.round(svg.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, svg.width, svg.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The chart's own SVG inside a container: the largest one, since legend icons are small SVGs too. */
export function findChartSvg(container: Element | null): SVGSVGElement | undefined {
  const svgs = [...(container?.querySelectorAll('svg') ?? [])];
  const area = (svg: SVGSVGElement) => {
    const { width, height } = svgSize(svg);
    return width * height;
  };
  return svgs.sort((a, b) => area(b) - area(a))[0];
}
