// Where the cells of a pipe-table row begin: pure text, so that it is tested without VS Code.

/** The unescaped "|" of a row. */
function pipesOf(line: string): number[] {
  const pipes: number[] = [];
  for (let i = 0; i < line.length; i++) if (line[i] === '|' && (i === 0 || line[i - 1] !== '\\')) pipes.push(i);
  return pipes;
}

/**
 * The offset where each cell's content starts: after its opening "|" and one space. A closing "|" opens no
 * cell; text after the last "|" (a row without its closing "|") is a cell.
 */
export function cellStarts(line: string): number[] {
  const pipes = pipesOf(line);
  const starts: number[] = [];
  pipes.forEach((p, k) => {
    const last = k === pipes.length - 1;
    if (last && !line.slice(p + 1).trim()) return;
    starts.push(line[p + 1] === ' ' ? p + 2 : p + 1);
  });
  return starts;
}

/** Where the content of the cell starting at `start` ends (before its padding and closing "|"). */
export function cellContentEnd(line: string, start: number): number {
  const next = pipesOf(line).find((p) => p >= start);
  const end = next === undefined ? line.length : next;
  return Math.max(start, line.slice(0, end).trimEnd().length);
}

/** A Markdown delimiter row: "|---|:---:|". */
export function isDelimiterRow(line: string): boolean {
  return /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/.test(line);
}
