// A table rebuilt from the positions of its text: figure columns from the x positions of the numbers,
// rows from the baselines of the numbers, each label piece given to the row whose figures are nearest,
// multi-line and merged (group) label cells joined, and the header cells above the first row stacked
// into one flattened header per column ("申请人情况 / 法人或其他组织 / 商业企业").
import { isBlank, isCjk, type PdfItem, type PdfLine } from './pdfItems';
import { cellText } from './pipeTable';

/** Text of neighbouring items on one line, closer than a character apart. */
interface Fragment {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

interface Column {
  left: number;
  right: number;
  center: number;
}

interface FigureRow {
  y: number;
  figures: Map<number, string>;
}

/** A label cell: pieces joined over lines, the rows its pieces lie nearest to, its label column. */
interface LabelCell {
  text: string;
  x: number;
  right: number;
  bottom: number;
  level: number;
  rows: Set<number>;
}

const FIGURE = /^(?:[-+]?\d[\d,，]*(?:\.\d+)?%?|[-—–/／])$/;
const ENUMERATED = /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+\s*[.、．]|第.+[条项])/;
const FIRST = /^\s*(?:一[、.．]|[（(][一1][）)]|1\s*[.、．])/;

/** Pieces of a line: items closer than about half a character are one fragment (cells can be that close). */
function regroup(line: PdfLine): Fragment[] {
  const groups: Array<{ items: PdfItem[]; right: number }> = [];
  for (const item of line.items.filter((i) => !isBlank(i.text))) {
    const last = groups[groups.length - 1];
    if (last && item.x - last.right < 0.4 * Math.min(item.size, last.items[0].size)) {
      last.items.push(item);
      last.right = Math.max(last.right, item.x + item.width);
    } else groups.push({ items: [item], right: item.x + item.width });
  }
  return groups.map(fragmentOfItems);
}

function fragmentOfItems(g: { items: PdfItem[]; right: number }): Fragment {
  let text = '';
  let prevRight: number | undefined;
  for (const item of g.items) {
    if (prevRight !== undefined && item.x - prevRight > item.size / 3 && !text.endsWith(' ')) text += ' ';
    text += item.text;
    prevRight = item.x + item.width;
  }
  const size = Math.max(...g.items.map((i) => i.size));
  return { text: text.replace(/\s+/g, ' ').trim(), x: g.items[0].x, right: g.right, y: g.items[0].y, size };
}

/** Joins two pieces of one cell: no space between CJK characters, one space otherwise. */
function joinPieces(a: string, b: string): string {
  if (!a) return b;
  if (isCjk(a[a.length - 1]) || isCjk(b[0])) return a + b;
  return `${a} ${b}`;
}

function unspaced(text: string): string {
  return text.replace(/(\S)\s+(?=(\S))/gu, (m, a: string, b: string) => (isCjk(a) && isCjk(b) ? a : m));
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
}

function clusterColumns(figures: Fragment[]): Column[] {
  const sorted = [...figures].sort((a, b) => (a.x + a.right) / 2 - (b.x + b.right) / 2);
  const tol = Math.max(3, 0.8 * median(figures.map((f) => f.size)));
  const columns: Array<{ members: Fragment[]; center: number }> = [];
  for (const f of sorted) {
    const c = (f.x + f.right) / 2;
    const last = columns[columns.length - 1];
    if (last && c - last.center <= tol) {
      last.members.push(f);
      last.center = last.members.reduce((s, m) => s + (m.x + m.right) / 2, 0) / last.members.length;
    } else columns.push({ members: [f], center: c });
  }
  return columns.map((c) => ({
    left: Math.min(...c.members.map((m) => m.x)),
    right: Math.max(...c.members.map((m) => m.right)),
    center: c.center,
  }));
}

function nearestColumn(columns: Column[], f: Fragment): number {
  const c = (f.x + f.right) / 2;
  let best = 0;
  for (let i = 1; i < columns.length; i++) if (Math.abs(columns[i].center - c) < Math.abs(columns[best].center - c)) best = i;
  return best;
}

/**
 * The table as a pipe table with the y of each body row (in the order of its body lines, for source anchors),
 * or undefined when the lines hold no figures in columns (then they are
 * ordinary text). `lines` are in reading order, possibly over a page break.
 */
export function rebuildTableRows(lines: PdfLine[]): { text: string; rowYs: number[] } | undefined {
  const fragments = lines.flatMap(regroup).filter((f) => f.text);
  const figures = fragments.filter((f) => FIGURE.test(f.text));
  if (figures.length === 0) return undefined;
  const columns = clusterColumns(figures);
  const firstLeft = columns[0].left;
  // Figures left of the first column's left edge cannot exist (the first column is where they start).
  const rows: FigureRow[] = [];
  for (const f of [...figures].sort((a, b) => a.y - b.y)) {
    const last = rows[rows.length - 1];
    const row = last && Math.abs(last.y - f.y) < f.size / 2 ? last : undefined;
    const target = row ?? { y: f.y, figures: new Map<number, string>() };
    if (!row) rows.push(target);
    const col = nearestColumn(columns, f);
    target.figures.set(col, target.figures.has(col) ? `${target.figures.get(col)} ${f.text}` : f.text);
  }
  const steps = rows.slice(1).map((r, i) => r.y - rows[i].y).filter((d) => d < 1000);
  const size = median(fragments.map((f) => f.size));
  const headerLimit = rows[0].y - Math.max(steps.length ? median(steps) / 2 : 0, 1.5 * size);
  const header = fragments.filter((f) => f.y < headerLimit);
  const body = fragments.filter((f) => f.y >= headerLimit && !FIGURE.test(f.text));
  // Text in a figure column (a word written instead of a number) is that column's figure.
  const labels: Fragment[] = [];
  for (const f of body) {
    if (f.x >= firstLeft - 2) {
      const row = nearestRow(rows, f.y);
      const col = nearestColumn(columns, f);
      rows[row].figures.set(col, rows[row].figures.has(col) ? `${rows[row].figures.get(col)} ${f.text}` : f.text);
    } else labels.push(f);
  }
  const rowLabels = labelRows(labels, rows);
  const head = headerLabels(header, columns, firstLeft);
  // A table of figures only (表四's one row) has no label column.
  const labelColumn = labels.length > 0 || head.corner !== '';
  const withLabel = (label: string, cells: string[]) => (labelColumn ? [label, ...cells] : cells);
  const out = [`| ${withLabel(head.corner, head.columns).map(cellText).join(' | ')} |`, `|${withLabel('', columns.map(() => '')).map(() => '---').join('|')}|`];
  rows.forEach((row, r) => {
    const figs = columns.map((_, c) => cellText(row.figures.get(c) ?? ''));
    out.push(`| ${withLabel(cellText(rowLabels[r]), figs).join(' | ')} |`);
  });
  return { text: out.join('\n'), rowYs: rows.map((r) => r.y) };
}

function nearestRow(rows: FigureRow[], y: number): number {
  let best = 0;
  for (let i = 1; i < rows.length; i++) if (Math.abs(rows[i].y - y) < Math.abs(rows[best].y - y)) best = i;
  return best;
}

/** The label of each row: the group cells it lies under, then its own cell, joined with " / ". */
function labelRows(labels: Fragment[], rows: FigureRow[]): string[] {
  const starts: number[] = [];
  for (const x of labels.map((f) => f.x).sort((a, b) => a - b)) if (!starts.length || x - starts[starts.length - 1] > 3) starts.push(x);
  const levelOf = (x: number) => Math.max(0, starts.filter((s) => s <= x + 3).length - 1);
  const cells: LabelCell[] = [];
  const sorted = [...labels].sort((a, b) => a.y - b.y || a.x - b.x);
  const rowsWithLevel = new Map<number, Set<number>>();
  for (const f of sorted) {
    const r = nearestRow(rows, f.y);
    const lv = levelOf(f.x);
    if (!rowsWithLevel.has(r)) rowsWithLevel.set(r, new Set());
    rowsWithLevel.get(r)!.add(lv);
  }
  const hasDeeper = (cell: LabelCell) => [...cell.rows].some((r) => [...(rowsWithLevel.get(r) ?? [])].some((lv) => lv > cell.level));
  for (const f of sorted) {
    const r = nearestRow(rows, f.y);
    // The cell right above, overlapping this piece horizontally.
    let above: LabelCell | undefined;
    for (const c of cells) if (f.x >= c.x - 3 && f.x <= c.right && (!above || c.bottom > above.bottom)) above = c;
    if (above && !ENUMERATED.test(f.text) && (above.rows.has(r) || hasDeeper(above))) {
      above.text = joinPieces(above.text, f.text);
      above.right = Math.max(above.right, f.right);
      above.bottom = f.y;
      above.rows.add(r);
      continue;
    }
    cells.push({ text: f.text, x: f.x, right: f.right, bottom: f.y, level: levelOf(f.x), rows: new Set([r]) });
  }
  // Own cells of a row: those at its deepest level; cells above that level are groups spanning rows.
  const own = rows.map(() => [] as LabelCell[]);
  const groups: LabelCell[] = [];
  for (const c of cells) {
    if (hasDeeper(c)) groups.push(c);
    else for (const r of c.rows) own[r].push(c);
  }
  const leafLevel = own.map((cs) => (cs.length ? Math.min(...cs.map((c) => c.level)) : Infinity));
  const member = rows.map(() => [] as LabelCell[]);
  const levels = [...new Set(groups.map((g) => g.level))].sort((a, b) => a - b);
  for (const level of levels) {
    const at = groups.filter((g) => g.level === level).sort((a, b) => Math.min(...a.rows) - Math.min(...b.rows));
    const eligible = (r: number) => leafLevel[r] > level;
    const owner = new Map<number, LabelCell>();
    for (const g of at) for (const r of g.rows) owner.set(r, g);
    at.forEach((g, k) => {
      const first = Math.min(...g.rows);
      const last = Math.max(...g.rows);
      for (let r = first; r <= last; r++) if (eligible(r) && !owner.has(r)) owner.set(r, g);
      // Upwards only when no group of this level is above (rows between two groups are shared below).
      if (k === 0) for (let r = first - 1; r >= 0 && eligible(r) && !owner.has(r); r--) owner.set(r, g);
      const next = at[k + 1];
      const stop = next ? Math.min(...next.rows) : rows.length;
      const gap: number[] = [];
      for (let r = last + 1; r < stop && eligible(r) && !owner.has(r); r++) gap.push(r);
      // Rows between two groups: the lower group begins where the numbering starts again at 1.
      let split = gap.length;
      if (next) {
        const restart = gap.findIndex((r) => own[r].some((c) => FIRST.test(c.text)));
        const nextRestarts = own[Math.min(...next.rows)].some((c) => FIRST.test(c.text));
        split = restart >= 0 ? restart : nextRestarts ? gap.length : Math.ceil(gap.length / 2);
      }
      gap.slice(0, split).forEach((r) => owner.set(r, g));
      if (next) gap.slice(split).forEach((r) => owner.set(r, next));
    });
    for (const [r, g] of owner) member[r].push(g);
  }
  return rows.map((_, r) =>
    [...member[r].sort((a, b) => a.level - b.level), ...own[r].sort((a, b) => a.level - b.level)].map((c) => c.text).join(' / '),
  );
}

interface HeaderPiece {
  f: Fragment;
  /** The columns the piece's cell spans, as far as it is known. */
  cover: number[];
  /** The columns its text lies over. */
  initial: number[];
}

/**
 * Header labels: the label column's header and, per figure column, its header cells from top to bottom.
 * A cell's text is often narrower than the cell: a header cell above others spans, besides the columns
 * under its text, the neighbouring columns that have nothing at its height and whose cells below sit at the
 * same height as those under its text (自然人 and 总计, which reach up to 法人或其他组织's height, are not
 * under it). Between two cells at one height, the columns go to the left one when the right one's text
 * begins at its first column (left-aligned), else to the nearer text centre.
 */
function headerLabels(header: Fragment[], columns: Column[], firstLeft: number): { corner: string; columns: string[] } {
  const corner = header.filter((f) => f.right < firstLeft + 2).sort((a, b) => a.y - b.y || a.x - b.x);
  const cornerText = unspaced(corner.reduce((s, f) => joinPieces(s, f.text), ''));
  const pieces: HeaderPiece[] = header
    .filter((f) => f.right >= firstLeft + 2)
    .map((f) => {
      const over = columns.map((c, i) => (c.center >= f.x - 2 && c.center <= f.right + 2 ? i : -1)).filter((i) => i >= 0);
      const cover = over.length ? over : [nearestColumn(columns, f)];
      return { f, cover, initial: [...cover] };
    });
  const sameHeight = (a: Fragment, b: Fragment) => Math.abs(a.y - b.y) < Math.max(a.size, b.size);
  const below = (p: HeaderPiece, c: number) => pieces.filter((q) => q.f.y > p.f.y + p.f.size / 2 && q.cover.includes(c));
  // The height of the cells at the foot of a column (one column wide), where its label ends.
  const middle = (qs: HeaderPiece[]) => {
    const leaves = qs.filter((q) => q.cover.length === 1);
    const ys = (leaves.length ? leaves : qs).map((q) => q.f.y);
    return (Math.min(...ys) + Math.max(...ys)) / 2;
  };
  // The top cell, alone at its height with cells below, spans every column (申请人情况 over the whole table).
  const top = pieces.length ? Math.min(...pieces.map((p) => p.f.y)) : 0;
  for (const p of pieces.filter((q) => q.f.y === top)) {
    const alone = pieces.every((q) => q === p || !sameHeight(q.f, p.f));
    if (alone && pieces.some((q) => q.f.y > p.f.y + p.f.size)) p.cover = columns.map((_, i) => i);
  }
  // Deeper cells first: a cell above may then take in the columns of a spanning cell below it.
  const spanning = pieces.filter((p) => p.cover.length < columns.length && p.cover.some((c) => below(p, c).length > 0)).sort((a, b) => b.f.y - a.f.y);
  for (const p of spanning) {
    const rivals = pieces.filter((q) => q !== p && sameHeight(q.f, p.f));
    const taken = new Set(rivals.flatMap((q) => q.initial));
    const own = below(p, p.cover[0]);
    if (own.length === 0) continue;
    const band = middle(own);
    const canTake = (c: number) => {
      if (taken.has(c) || rivals.some((q) => q.cover.includes(c) && q.initial.includes(c))) return false;
      const under = below(p, c);
      if (under.length === 0 || Math.abs(middle(under) - band) > p.f.size / 2) return false;
      // A spanning cell below must fit under this one entirely.
      return under.every((q) => q.cover.length === 1 || q.cover.every((k) => !taken.has(k)));
    };
    for (let c = Math.min(...p.cover) - 1; c >= 0 && canTake(c); c--) p.cover.push(c);
    for (let c = Math.max(...p.cover) + 1; c < columns.length && canTake(c); c++) p.cover.push(c);
    p.cover.sort((a, b) => a - b);
  }
  // Columns two cells at one height both reached: left-aligned text keeps the left one, else the nearer centre.
  for (const p of spanning) {
    for (const q of spanning) {
      if (p === q || !sameHeight(p.f, q.f) || p.f.x > q.f.x) continue;
      const shared = p.cover.filter((c) => q.cover.includes(c));
      if (shared.length === 0) continue;
      const leftAligned = columns.some((c) => Math.abs(c.left - q.f.x) < 2);
      const mid = ((p.f.x + p.f.right) / 2 + (q.f.x + q.f.right) / 2) / 2;
      for (const c of shared) {
        const toLeft = leftAligned || columns[c].center < mid;
        if (toLeft) q.cover = q.cover.filter((k) => k !== c);
        else p.cover = p.cover.filter((k) => k !== c);
      }
    }
  }
  const labels = columns.map((_, c) => {
    const mine = pieces.filter((p) => p.cover.includes(c)).sort((a, b) => a.f.y - b.f.y || a.f.x - b.f.x);
    const parts: string[] = [];
    let prevCover = '';
    for (const p of mine) {
      const key = p.cover.join(',');
      // Lines of one cell (the same columns, one under the other) join; a new cell is a new level.
      if (key === prevCover && parts.length) parts[parts.length - 1] = joinPieces(parts[parts.length - 1], p.f.text);
      else parts.push(p.f.text);
      prevCover = key;
    }
    // Header words are often spaced out to fill a narrow cell ("结 果"): the spaces are layout, not text.
    return parts.map(unspaced).join(' / ');
  });
  return { corner: cornerText, columns: labels };
}
