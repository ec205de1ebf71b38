// The national statistics tables (report-format.md §2.4–2.6, rendered as in §9.1), built from the label
// definitions, with every label written out and 0 in every data cell.
import {
  TABLE_A_HEADER_FIRST, TABLE_A_PARTS, TABLE_B_COLUMNS, TABLE_B_GROUPS, TABLE_B_NOTE, TABLE_B_ROWS,
  TABLE_C_GROUPS, TABLE_C_OUTCOMES, type LabelDef,
} from '../format/tableLabels';

export type TableStyle = 'markdown' | 'tsv';
export type FormatEra = '2019' | '2021';

function inEra(def: LabelDef, era: FormatEra): boolean {
  return def.era === undefined || def.era === era;
}

/** Table A: one table, a caption row and a 信息内容 header row per 第二十条 item. */
function tableARows(era: FormatEra): string[][] {
  const parts = TABLE_A_PARTS.filter((p) => p.rows.some((r) => inEra(r, era)));
  const rows: string[][] = [];
  for (const p of parts) {
    const columns = p.columns.filter((c) => inEra(c, era));
    rows.push([p.caption]);
    rows.push([TABLE_A_HEADER_FIRST, ...columns.map((c) => c.label)]);
    for (const r of p.rows.filter((x) => inEra(x, era))) rows.push([r.label, ...columns.map(() => '0')]);
  }
  return rows;
}

/** Table B: three label columns (group, sub-group, row) flattened from the merged cells, then seven data columns. */
function tableBRows(era: FormatEra): string[][] {
  const zeros = TABLE_B_COLUMNS.map(() => '0');
  const rows: string[][] = [[TABLE_B_NOTE, '', '', ...TABLE_B_COLUMNS.map((c) => c.label)]];
  for (const r of TABLE_B_ROWS.filter((x) => inEra(x, era))) {
    const leaf = /^(三（[一二三四五六七]）)\d$/.exec(r.id);
    let labels: string[];
    if (leaf) labels = [TABLE_B_GROUPS['三'], TABLE_B_GROUPS[leaf[1]], r.label];
    else if (r.id.startsWith('三')) labels = [TABLE_B_GROUPS['三'], r.label, ''];
    else labels = [r.label, '', ''];
    rows.push([...labels, ...zeros]);
  }
  return rows;
}

/** Table C: a group row, an outcome row and the single data row of 15 cells. */
function tableCRows(): string[][] {
  const groups = TABLE_C_GROUPS.flatMap((g) => {
    const name = g === '行政复议' ? g : `行政诉讼（${g}）`;
    return [name, ...TABLE_C_OUTCOMES.slice(1).map(() => '')];
  });
  const outcomes = TABLE_C_GROUPS.flatMap(() => [...TABLE_C_OUTCOMES]);
  return [groups, outcomes, outcomes.map(() => '0')];
}

/** Renders rows padded to one width: a Markdown pipe table (delimiter after the first row) or tab-separated lines. */
export function renderTable(rows: string[][], style: TableStyle): string[] {
  const width = Math.max(...rows.map((r) => r.length));
  const padded = rows.map((r) => [...r, ...new Array<string>(width - r.length).fill('')]);
  if (style === 'tsv') return padded.map((r) => r.join('\t'));
  const line = (r: string[]) => `|${r.map((c) => (c ? ` ${c} ` : ' ')).join('|')}|`;
  return [line(padded[0]), `|${new Array<string>(width).fill('---').join('|')}|`, ...padded.slice(1).map(line)];
}

/** Lines of a national table (no trailing newline) with every label and 0 in every data cell. */
export function nationalTableLines(id: 'A' | 'B' | 'C', era: FormatEra, style: TableStyle): string[] {
  const rows = id === 'A' ? tableARows(era) : id === 'B' ? tableBRows(era) : tableCRows();
  return renderTable(rows, style);
}
