// Hover on a cell of the national tables: its row × column label, the value, every identity the cell
// takes part in with the current values (report-format.md §2.7), and the article behind its row.
import type { Cell, LocalizedText, NationalRow, NationalTable, ReportDocument, TableRow } from '../model';
import { TABLE_A_PARTS, TABLE_B_GROUPS, TABLE_B_ROWS, TABLE_C_COLUMNS } from '../format/tableLabels';
import { isFilled, sumExpression, valueOf } from '../analysis/tableCells';
import { TABLE_NAMES } from '../format/names';
import { identitiesOf, identitiesWith, type BalanceIdentity, type SumIdentity } from '../analysis/tableIdentities';
import { ARTICLE_20, TABLE_B_TIPS, tipLine } from '../format/articles';
import { cellAt, rawSpan, tableAt } from './locate';
import { fmtNumber, md, same, verdict, type HoverContent } from './render';
import { foldTraditional } from '../text/traditional';

const TABLE_LINE = { A: TABLE_NAMES.A.full, B: TABLE_NAMES.B.full, C: TABLE_NAMES.C.full };

function shown(cell: Cell | undefined): LocalizedText {
  if (!cell || cell.kind === 'blank') return { zh: '（空白）', en: '(blank)' };
  return same(md(cell.text));
}

/** "三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密"; the 填报说明 in （二）'s label is shown apart. */
function bRowPath(id: string): string {
  const def = TABLE_B_ROWS.find((r) => r.id === id);
  if (!def) return id;
  const m = /^三（([一二三四五六七])）(\d)?$/.exec(id);
  if (!m) return def.label;
  const path = [TABLE_B_GROUPS['三']];
  if (m[2]) path.push(TABLE_B_GROUPS[`三（${m[1]}）`]);
  path.push(def.label.replace(/^(（[一二三四五六七]）[^（]+)（[^）]*）$/, '$1'));
  return path.join(' › ');
}

function writtenAs(nr: NationalRow): LocalizedText[] {
  if (nr.label.distance === 0 || !nr.label.written.text) return [];
  const w = md(nr.label.written.text);
  return [{ zh: `表中写作“${w}”，统一格式为“${md(nr.label.canonical)}”`, en: `written “${w}”; the national format has “${md(nr.label.canonical)}”` }];
}

/** Blank cells count as 0 in the sums (as table-sum counts them): said when an identity has one. */
function noteBlanks(line: LocalizedText | undefined, cells: Array<Cell | undefined>): LocalizedText | undefined {
  if (!line || !cells.some((c) => !isFilled(c))) return line;
  return { zh: `${line.zh}（空白格按 0 计）`, en: `${line.en} (blank cells count as 0)` };
}

// ---------------- Table B ----------------

/** B3: the row's 总计 is the sum of the six applicant columns. */
function bRowSum(t: NationalTable, nr: NationalRow): LocalizedText | undefined {
  const i = identitiesOf(t).find((x): x is SumIdentity => x.kind === 'b-row' && x.row === nr);
  if (!i) return undefined;
  const expr = `${sumExpression(i.values)} = ${fmtNumber(i.sum)}`;
  if (i.holds === undefined) return noteBlanks({ zh: `本行六类申请人之和：${expr}；总计（空白）`, en: `Row, six applicant columns: ${expr}; 总计 (blank)` }, i.parts);
  const v = verdict(i.holds, valueOf(i.total), i.sum);
  return noteBlanks({ zh: `本行总计 = 六类申请人之和：${expr}，总计 ${md(i.total.text)} ${v.zh}`, en: `Row 总计 = the six applicant columns: ${expr}, 总计 ${md(i.total.text)} ${v.en}` }, i.parts);
}

/** B2: （七）总计 of the column is the sum of the outcome rows; the full sum on the total itself. */
function bColumnSum(t: NationalTable, cell: Cell): LocalizedText | undefined {
  const i = identitiesWith(t, cell).find((x): x is SumIdentity => x.kind === 'b-column');
  if (!i) return undefined;
  const col = i.column!;
  const stated = i.holds !== undefined ? md(i.total.text) : '（空白）';
  const v = i.holds !== undefined ? verdict(i.holds, valueOf(i.total), i.sum) : same('');
  if (i.total === cell) {
    const expr = `${sumExpression(i.values)} = ${fmtNumber(i.sum)}`;
    return noteBlanks({ zh: `（七）总计（${col}列）= 各项办理结果之和：${expr} ${v.zh}`, en: `（七）总计 (column ${col}) = the outcome rows: ${expr} ${v.en}` }, i.parts);
  }
  return noteBlanks({
    zh: `计入（七）总计（${col}列）：各项办理结果之和 ${fmtNumber(i.sum)}，（七）总计 ${stated} ${v.zh}`,
    en: `Counts towards （七）总计 (column ${col}): the outcome rows add up to ${fmtNumber(i.sum)}, （七）总计 ${stated} ${v.en}`,
  }, i.parts);
}

/** The （三）–（六） group a leaf row belongs to, summed over the column (no printed subtotal exists). */
function bGroupSum(t: NationalTable, rowId: string, col: string): LocalizedText | undefined {
  const m = /^(三（[三四五六]）)\d$/.exec(rowId);
  if (!m) return undefined;
  const cells = t.rows.filter((r) => r.id.startsWith(m[1]) && r.id !== m[1]).map((r) => r.cells.get(col));
  if (cells.length < 2 || !cells.some(isFilled)) return undefined;
  const values = cells.map(valueOf);
  const expr = `${sumExpression(values)} = ${fmtNumber(values.reduce((a, b) => a + b, 0))}`;
  const group = TABLE_B_GROUPS[m[1]];
  return noteBlanks({ zh: `${group}小计（${col}列，表中无此行）：${expr}`, en: `${group} subtotal (column ${col}, not a row of the table): ${expr}` }, cells);
}

/** B1: 一 + 二 = （七）总计 + 四, per column. */
function bBalance(t: NationalTable, cell: Cell): LocalizedText | undefined {
  const i = identitiesWith(t, cell).find((x): x is BalanceIdentity => x.kind === 'b-balance');
  if (!i) return undefined;
  const [a, b, c, d] = i.values;
  const v = verdict(i.holds, i.right, i.left, { left: { zh: '一 + 二 ', en: '一 + 二 is' }, right: { zh: '（七）总计 + 四', en: '（七）总计 + 四' } });
  const f = fmtNumber;
  const text = `一 + 二 = ${f(a)} + ${f(b)} = ${f(i.left)}；（七）总计 + 四 = ${f(c)} + ${f(d)} = ${f(i.right)}`;
  return noteBlanks({ zh: `勾稽关系（${i.column}列）：${text} ${v.zh}`, en: `Balance (column ${i.column}): ${text} ${v.en}` }, i.cells);
}

function bTips(rowId: string): LocalizedText[] {
  return (TABLE_B_TIPS[rowId] ?? []).map(tipLine);
}

function tableBCell(t: NationalTable, nr: NationalRow, cell: Cell): HoverContent {
  const col = cell.colId!;
  const value = shown(cell);
  const path = bRowPath(nr.id);
  const lines = [
    TABLE_LINE.B,
    ...writtenAs(nr),
    bRowSum(t, nr),
    bColumnSum(t, cell),
    bGroupSum(t, nr.id, col),
    bBalance(t, cell),
    ...bTips(nr.id),
  ].filter((l): l is LocalizedText => !!l);
  return { span: cell, title: { zh: `${path} × ${col} = ${value.zh}`, en: `${path} × ${col} = ${value.en}` }, lines };
}

function tableBLabel(t: NationalTable, nr: NationalRow, cell: Cell): HoverContent {
  const lines = [TABLE_LINE.B, ...writtenAs(nr), bRowSum(t, nr), ...bTips(nr.id)].filter((l): l is LocalizedText => !!l);
  return { span: cell, title: same(bRowPath(nr.id)), lines };
}

const B_NOTE: LocalizedText = {
  zh: '勾稽关系：本年新收 + 上年结转 = 本年度办理结果总计 + 结转下年度继续办理（每一列分别成立）',
  en: 'Balance: received this year + carried over = （七）总计 of the outcomes + carried over to next year (in every column)',
};

// ---------------- Table C ----------------

function cColumnPath(colId: string): string {
  return (TABLE_C_COLUMNS.find((c) => c.id === colId)?.label ?? colId).replace(/ \/ /g, ' › ');
}

/** C1: each group's 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
function cGroupSum(t: NationalTable, cell: Cell): LocalizedText | undefined {
  const i = identitiesWith(t, cell).find((x): x is SumIdentity => x.kind === 'c-group');
  if (!i) return undefined;
  const group = i.group!;
  const expr = `${sumExpression(i.values)} = ${fmtNumber(i.sum)}`;
  if (i.holds === undefined) return noteBlanks({ zh: `${group}：四项结果之和 ${expr}；总计（空白）`, en: `${group}: the four outcomes ${expr}; 总计 (blank)` }, i.parts);
  const v = verdict(i.holds, valueOf(i.total), i.sum);
  return noteBlanks({
    zh: `${group}：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = ${expr}，总计 ${md(i.total.text)} ${v.zh}`,
    en: `${group}: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = ${expr}, 总计 ${md(i.total.text)} ${v.en}`,
  }, i.parts);
}

function tableCCell(t: NationalTable, cell: Cell): HoverContent {
  const value = shown(cell);
  const path = cColumnPath(cell.colId!);
  const lines = [TABLE_LINE.C, cGroupSum(t, cell)].filter((l): l is LocalizedText => !!l);
  return { span: cell, title: { zh: `${path} = ${value.zh}`, en: `${path} = ${value.en}` }, lines };
}

// ---------------- Table A ----------------

function aPartOf(rowId: string) {
  return TABLE_A_PARTS.find((p) => p.rows.some((r) => r.id === rowId));
}

function aRowValues(nr: NationalRow): LocalizedText | undefined {
  const part = aPartOf(nr.id);
  const cols = (part?.columns ?? []).filter((c) => nr.cells.has(c.id));
  if (!cols.length) return undefined;
  const values = cols.map((c) => `${c.label} ${shown(nr.cells.get(c.id)).zh}`).join(' · ');
  const valuesEn = cols.map((c) => `${c.label} ${shown(nr.cells.get(c.id)).en}`).join(' · ');
  return { zh: `本行：${values}`, en: `Row: ${valuesEn}` };
}

function aColumnValues(t: NationalTable, rowId: string, colId: string): LocalizedText | undefined {
  const part = aPartOf(rowId);
  const rows = t.rows.filter((r) => part?.rows.some((d) => d.id === r.id) && r.cells.has(colId));
  if (rows.length < 2) return undefined;
  return {
    zh: `本列：${rows.map((r) => `${r.id} ${shown(r.cells.get(colId)).zh}`).join(' · ')}`,
    en: `Column: ${rows.map((r) => `${r.id} ${shown(r.cells.get(colId)).en}`).join(' · ')}`,
  };
}

function aArticle(rowId: string): LocalizedText[] {
  const item = aPartOf(rowId)?.item;
  const art = item ? ARTICLE_20[item] : undefined;
  return art ? [{ zh: `《条例》${art.zh}`, en: `Regulations, ${art.en}` }] : [];
}

function aCaption(rowId: string): string {
  return aPartOf(rowId)?.caption ?? '';
}

function tableACell(t: NationalTable, nr: NationalRow, cell: Cell): HoverContent {
  const value = shown(cell);
  const head = `${aCaption(nr.id)} › ${nr.label.canonical} × ${cell.colId}`;
  const lines = [TABLE_LINE.A, ...writtenAs(nr), aRowValues(nr), aColumnValues(t, nr.id, cell.colId!), ...aArticle(nr.id)].filter(
    (l): l is LocalizedText => !!l,
  );
  return { span: cell, title: { zh: `${head} = ${value.zh}`, en: `${head} = ${value.en}` }, lines };
}

function tableALabel(nr: NationalRow, cell: Cell): HoverContent {
  const lines = [TABLE_LINE.A, ...writtenAs(nr), aRowValues(nr), ...aArticle(nr.id)].filter((l): l is LocalizedText => !!l);
  return { span: cell, title: same(`${aCaption(nr.id)} › ${nr.label.canonical}`), lines };
}

// ---------------- dispatch ----------------

function rowOf(t: NationalTable, row: TableRow): NationalRow | undefined {
  return t.rows.find((r) => r.row === row);
}

export function tableHover(doc: ReportDocument, offset: number): HoverContent | undefined {
  const content = cellHover(doc, offset);
  // Hovering the padding of a cell: the range covers the whole cell, so that it holds the offset.
  if (content && !(offset >= content.span.start && offset < content.span.end)) {
    const table = tableAt(doc, offset);
    const hit = table && cellAt(table, offset);
    if (hit) content.span = rawSpan(hit.cell);
  }
  return content;
}

function cellHover(doc: ReportDocument, offset: number): HoverContent | undefined {
  const table = tableAt(doc, offset);
  const t = table?.national;
  if (!table || !t) return undefined;
  const hit = cellAt(table, offset);
  if (!hit) return undefined;
  const { row, cell } = hit;
  if (t.id === 'B' && cell.kind === 'text' && foldTraditional(cell.text).includes('勾稽关系')) return { span: cell, title: TABLE_NAMES.B.short, lines: [B_NOTE] };
  const nr = rowOf(t, row);
  if (!nr) return undefined;
  if (cell.rowId && cell.colId) {
    if (t.id === 'B') return tableBCell(t, nr, cell);
    if (t.id === 'C') return tableCCell(t, cell);
    return tableACell(t, nr, cell);
  }
  if (cell.kind !== 'text') return undefined;
  if (t.id === 'B') return tableBLabel(t, nr, cell);
  if (t.id === 'A') return tableALabel(nr, cell);
  return undefined;
}
