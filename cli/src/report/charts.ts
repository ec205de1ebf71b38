// Small inline SVG charts for the HTML report: no script, no external resource, every label escaped.
import { escapeHtml } from './escape';

export interface Bar {
  label: string;
  value: number;
  /** What the bar shows as text ("42", "63%"). */
  shown: string;
}

const WIDTH = 640;
const LABEL = 230;
const ROW = 18;

/** A horizontal bar chart, one bar a row, longest first as given. */
export function barChart(caption: string, bars: Bar[], max?: number): string {
  if (bars.length === 0) return '';
  const top = max ?? Math.max(1, ...bars.map((b) => b.value));
  const span = WIDTH - LABEL - 130; // room for the value after the longest bar
  const height = bars.length * ROW + 8;
  const rows = bars.map((b, i) => {
    const y = 4 + i * ROW;
    const w = Math.max(1, Math.round((b.value / top) * span));
    return `<g><title>${escapeHtml(`${b.label}: ${b.shown}`)}</title>`
      + `<text x="${LABEL - 6}" y="${y + 12}" text-anchor="end">${escapeHtml(truncate(b.label, 18))}</text>`
      + `<rect x="${LABEL}" y="${y + 2}" width="${w}" height="${ROW - 5}" class="bar"/>`
      + `<text x="${LABEL + w + 4}" y="${y + 12}">${escapeHtml(b.shown)}</text></g>`;
  });
  return `<figure class="chart"><figcaption>${escapeHtml(caption)}</figcaption>`
    + `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">${rows.join('')}</svg></figure>`;
}

export interface Series {
  label: string;
  points: Array<{ year: number; value: number }>;
}

/** A small line chart of one issuer's figure across years. */
export function yearChart(caption: string, series: Series): string {
  const pts = [...series.points].sort((a, b) => a.year - b.year);
  if (pts.length < 2) return '';
  const w = 300;
  const h = 120;
  const pad = 28;
  const minYear = pts[0].year;
  const maxYear = pts[pts.length - 1].year;
  const top = Math.max(1, ...pts.map((p) => p.value));
  const x = (year: number) => pad + ((year - minYear) / Math.max(1, maxYear - minYear)) * (w - 2 * pad);
  const y = (v: number) => h - pad - (v / top) * (h - 2 * pad);
  const line = pts.map((p) => `${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const dots = pts.map((p) => `<g><title>${escapeHtml(`${p.year}: ${p.value}`)}</title><circle cx="${x(p.year).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="3" class="dot"/>`
    + `<text x="${x(p.year).toFixed(1)}" y="${(y(p.value) - 6).toFixed(1)}" text-anchor="middle">${p.value}</text>`
    + `<text x="${x(p.year).toFixed(1)}" y="${h - 8}" text-anchor="middle">${p.year}</text></g>`).join('');
  return `<figure class="chart small"><figcaption>${escapeHtml(caption)}</figcaption>`
    + `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`
    + `<polyline points="${line}" class="line"/>${dots}</svg></figure>`;
}

function truncate(s: string, n: number): string {
  const chars = [...s];
  return chars.length <= n ? s : `${chars.slice(0, n - 1).join('')}…`;
}
