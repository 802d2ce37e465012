import { useState, type RefObject } from 'react';
import { downloadBlob } from '../../lib/download';
import { findChartSvg, serializeSvg, svgToPng, type LegendEntry } from '../../lib/svg-export';
import './chart-download.css';

interface ChartDownloadProps {
  /** Element that holds the chart's <svg>. */
  target: RefObject<HTMLElement | null>;
  /** File name without extension. */
  fileName: string;
  /** Shown in the file and in the buttons' accessible names. */
  title: string;
  /** Series to redraw under the chart where the chart's legend is HTML. */
  legend?: readonly LegendEntry[];
  /** Lines under the title in the file, such as the traffic the figures hold for. */
  caption?: readonly string[];
}

/** "Download SVG" and "Download PNG" of a chart on the page; works with any chart that renders an <svg>. */
export function ChartDownload({ target, fileName, title, legend, caption }: ChartDownloadProps) {
  const [error, setError] = useState<string | null>(null);

  const serialize = () => {
    const svg = findChartSvg(target.current);
    if (!svg) throw new Error('The chart has not been drawn yet; try again in a moment.');
    return serializeSvg(svg, caption ? { title, legend, caption } : { title, legend });
  };

  const run = async (format: 'svg' | 'png') => {
    setError(null);
    try {
      const svg = serialize();
      const blob =
        format === 'svg' ? new Blob([svg.text], { type: 'image/svg+xml;charset=utf-8' }) : await svgToPng(svg);
      downloadBlob(`${fileName}.${format}`, blob);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The chart could not be saved.');
    }
  };

  return (
    <div className="chart-download">
      <button
        type="button"
        className="button-quiet"
        aria-label={`Download SVG of “${title}”`}
        onClick={() => void run('svg')}
      >
        Download SVG
      </button>
      <button
        type="button"
        className="button-quiet"
        aria-label={`Download PNG of “${title}”`}
        onClick={() => void run('png')}
      >
        Download PNG
      </button>
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
