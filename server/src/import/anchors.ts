// Where a piece of converted text was in the original file, as its reader finds it: "原文第3页第12行" /
// "page 3, line 12", "表2第4行" / "table 2, row 4". Plain data in, plain data out: the CLI and the server use it
// for findings on imported files.
import type { SourceAnchor } from './types';

/** A place in the original file (1-based numbers, as the reader counts them); the JSON output's `source`. */
export interface SourcePlace {
  page?: number;
  line?: number;
  paragraph?: number;
  table?: number;
  row?: number;
}

/**
 * The narrowest anchor whose span holds `offset` (a finding's start), as a place in the original; undefined
 * when no anchor holds it. `anchors` are in text order (by start); spans may nest (a table and its rows).
 */
export function sourcePlaceAt(anchors: readonly SourceAnchor[], offset: number): SourcePlace | undefined {
  // The last anchor starting at or before the offset, found by binary search; nested ones start later.
  let lo = 0;
  let hi = anchors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (anchors[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  let best: SourceAnchor | undefined;
  // Walk back over the anchors that start before the offset: a containing one may start well before (a table).
  for (let i = lo - 1, seen = 0; i >= 0 && seen < 64; i--, seen++) {
    const a = anchors[i];
    if (offset < a.end || (offset === a.end && a.start === a.end)) {
      if (!best || a.end - a.start < best.end - best.start) best = a;
      if (a.row !== undefined || a.line !== undefined) break;
    }
  }
  if (!best) return undefined;
  const place: SourcePlace = {};
  for (const key of ['page', 'line', 'paragraph', 'table', 'row'] as const) if (best[key] !== undefined) place[key] = best[key];
  return Object.keys(place).length ? place : undefined;
}

/**
 * "第3页第12行" / "page 3, line 12"; "第3页第20行，第2个表格第4行" / "page 3, line 20, table 2, row 4"; "第5段" /
 * "paragraph 5". Tables are counted in the file ("第2个表格"), not named as the report names them (表二).
 */
export function describePlace(place: SourcePlace): { zh: string; en: string } {
  const zh: string[] = [];
  const en: string[] = [];
  if (place.page !== undefined) {
    zh.push(`第${place.page}页${place.line !== undefined ? `第${place.line}行` : ''}`);
    en.push(`page ${place.page}${place.line !== undefined ? `, line ${place.line}` : ''}`);
  }
  if (place.table !== undefined) {
    zh.push(`第${place.table}个表格${place.row !== undefined ? `第${place.row}行` : ''}`);
    en.push(`table ${place.table}${place.row !== undefined ? `, row ${place.row}` : ''}`);
  } else if (place.paragraph !== undefined && place.page === undefined) {
    zh.push(`第${place.paragraph}段`);
    en.push(`paragraph ${place.paragraph}`);
  }
  return { zh: zh.join('，'), en: en.join(', ') };
}

/** The suffix of a finding's line in `nianbao check`'s text output: "（原文第3页第12行）" / " (source: page 3, line 12)". */
export function placeSuffix(place: SourcePlace | undefined, lang: 'zh' | 'en'): string {
  if (!place) return '';
  const d = describePlace(place);
  const text = lang === 'en' ? d.en : d.zh;
  if (!text) return '';
  return lang === 'en' ? ` (source: ${text})` : `（原文${text}）`;
}
