// Positioned text items as a PDF's text layer gives them, and the lines they form. Coordinates are PDF
// points with y growing downwards across the whole document (page k starts at k × PAGE_STRIDE), so that
// "below" means the same thing on one page and across a page break.

export const PAGE_STRIDE = 100_000;

/** One run of text at one position (pdf.js TextItem, reduced). */
export interface PdfItem {
  text: string;
  /** Left edge and baseline, y downwards from the top of the document. */
  x: number;
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
  /** 1-based page number. */
  page: number;
}

/** Items on one baseline, left to right. */
export interface PdfLine {
  items: PdfItem[];
  y: number;
  x: number;
  right: number;
  /** The largest font size on the line. */
  size: number;
  page: number;
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’—…·]/;

export function isCjk(ch: string | undefined): boolean {
  return !!ch && CJK.test(ch);
}

export function isBlank(text: string): boolean {
  return !/\S/.test(text.replace(/\u3000/g, ' '));
}

/**
 * Groups the items of one page into lines by baseline (within a third of the font size). Blank items stay
 * (they are the spaces the writer typed) but do not count for a line's extent.
 */
export function linesOf(items: PdfItem[]): PdfLine[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: PdfLine[] = [];
  for (const item of sorted) {
    const last = lines[lines.length - 1];
    if (last && last.page === item.page && Math.abs(last.y - item.y) < Math.min(last.size, item.size) / 3) {
      last.items.push(item);
      if (!isBlank(item.text)) last.size = Math.max(last.size, item.size);
      continue;
    }
    lines.push({ items: [item], y: item.y, x: item.x, right: item.x + item.width, size: isBlank(item.text) ? 0 : item.size, page: item.page });
  }
  const out: PdfLine[] = [];
  for (const line of lines) {
    const solid = line.items.filter((i) => !isBlank(i.text));
    if (solid.length === 0) continue;
    line.items.sort((a, b) => a.x - b.x);
    line.x = Math.min(...solid.map((i) => i.x));
    line.right = Math.max(...solid.map((i) => i.x + i.width));
    out.push(line);
  }
  return out;
}

/** The text of items on one line: a space where the writer typed one or the gap is wider than a third of a character. */
export function joinItems(items: PdfItem[]): string {
  let out = '';
  let prev: PdfItem | undefined;
  for (const item of items) {
    if (isBlank(item.text)) {
      if (out) out += ' ';
      continue;
    }
    if (prev) {
      const gap = item.x - (prev.x + prev.width);
      if (gap > Math.min(prev.size, item.size) / 3 && !out.endsWith(' ')) out += ' ';
    }
    out += item.text;
    prev = item;
  }
  return out.replace(/[ \t\u00a0]+/g, ' ').trim();
}

/** The largest horizontal gap between neighbouring items, in units of their font size. */
export function widestGap(line: PdfLine): number {
  const solid = line.items.filter((i) => !isBlank(i.text));
  let widest = 0;
  for (let i = 1; i < solid.length; i++) {
    const a = solid[i - 1];
    const b = solid[i];
    widest = Math.max(widest, (b.x - (a.x + a.width)) / Math.min(a.size, b.size));
  }
  return widest;
}

/** The most common value (by weight) of numbers rounded to a tenth. */
export function mode(values: Array<[number, number]>): number {
  const weights = new Map<number, number>();
  for (const [v, w] of values) {
    const k = Math.round(v * 10) / 10;
    weights.set(k, (weights.get(k) ?? 0) + w);
  }
  let best = 0;
  let bestWeight = -1;
  for (const [k, w] of weights) if (w > bestWeight) [best, bestWeight] = [k, w];
  return best;
}
