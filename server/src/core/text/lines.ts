// Line bookkeeping over UTF-16 offsets. Lines end at \r\n, \n or \r, as in LSP.

export interface Line {
  index: number;
  start: number;
  /** End of the line's text, before the line break. */
  end: number;
  text: string;
}

export function computeLineStarts(text: string, limit = text.length): number[] {
  const starts = [0];
  if (breaksAreLineFeeds(text)) {
    // Every line ends at \n (or \r\n): the engine's search for \n finds them faster than a loop. A \n
    // right at the limit still counts when the \r before it is inside, as in the loop below.
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
      if (at < limit || (at === limit && text.charCodeAt(at - 1) === 13)) starts.push(at + 1);
      else break;
    }
    return starts;
  }
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Whether every \r of the text is the first half of a \r\n. */
function breaksAreLineFeeds(text: string): boolean {
  for (let at = text.indexOf('\r'); at >= 0; at = text.indexOf('\r', at + 1)) if (text.charCodeAt(at + 1) !== 10) return false;
  return true;
}

export function splitLines(text: string, lineStarts: number[], limit = text.length): Line[] {
  const lines: Line[] = [];
  for (let i = 0; i < lineStarts.length; i++) {
    const start = lineStarts[i];
    if (start > limit) break;
    let end = i + 1 < lineStarts.length ? lineStarts[i + 1] : limit;
    if (end > limit) end = limit;
    while (end > start) {
      const c = text.charCodeAt(end - 1);
      if (c !== 10 && c !== 13) break;
      end--;
    }
    lines.push({ index: i, start, end, text: text.slice(start, end) });
  }
  return lines;
}

export interface Position {
  line: number;
  character: number;
}

/** Offset → LSP position (0-based line, UTF-16 character). */
export function positionAt(lineStarts: number[], offset: number): Position {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - lineStarts[lo] };
}

export function offsetAt(lineStarts: number[], position: Position, textLength: number): number {
  if (position.line >= lineStarts.length) return textLength;
  if (position.line < 0) return 0;
  return Math.min(lineStarts[position.line] + position.character, textLength);
}

export function lineOf(lineStarts: number[], offset: number): number {
  return positionAt(lineStarts, offset).line;
}

/** The offset where the line holding `offset` starts. */
export function lineStartOf(lineStarts: number[], offset: number): number {
  return lineStarts[lineOf(lineStarts, offset)] ?? 0;
}

/** The line break the text uses: CRLF when it has any, else LF. Inserted text follows it. */
export function lineBreakOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}
