// unbalanced-brackets: a paragraph whose parentheses （） or 书名号 《》 do not pair up — an opening mark
// without its closing one ("按照广东省政府信息公开规定》") or one too many ("(地址:…电子邮箱:(sqzf@…)。").
import type { ReportDocument, Span } from '../model';
import type { Rule } from './types';
import { isSpace } from '../text/chars';

type Kind = 'paren' | 'book';
const OPENERS: Record<string, Kind> = { '（': 'paren', '(': 'paren', '《': 'book' };
const CLOSERS: Record<string, Kind> = { '）': 'paren', ')': 'paren', '》': 'book' };
/** Every mark the rule pairs. */
const BRACKET = /[（(《）)》]/g;
const NAMES: Record<Kind, { zh: string; en: string; open: string; close: string }> = {
  paren: { zh: '括号', en: 'parenthesis', open: '（', close: '）' },
  book: { zh: '书名号', en: 'title mark', open: '《', close: '》' },
};

/** "1)" "a)" "一）" "⑴" opening a line or a sentence: an enumerator written with a closing mark only. */
const ENUMERATOR_BEFORE = /(?:^|[\s\u3000。；;：:，,])(?:\d{1,2}|[a-zA-Z]|[一二三四五六七八九十]{1,3})$/;
/** A paragraph that ends here ends its sentence (a line break elsewhere is a hard wrap inside one). */
const SENTENCE_END_CHARS = new Set([...'。！？!?；;：:”"’）)》'].map((c) => c.charCodeAt(0)));
/** A text whose last paragraph does not end like this stops mid-sentence: its closing mark may be lost to the cut. */
const TEXT_END = /[。！？!?；;”"’）)》]$/;

interface Unmatched {
  at: number;
  char: string;
  kind: Kind;
  missing: 'close' | 'open';
}

function unmatchedIn(text: string, p: Span): Unmatched | undefined {
  // The open marks, innermost last: where each is and its kind.
  const openAt: number[] = [];
  const openKind: Kind[] = [];
  // Only the marks themselves are visited (a regex over the block finds them faster than a look at every
  // character); the block is sliced first so that the search never runs past its end. test, not exec:
  // every mark is one character, just before lastIndex, and no match object is made for it.
  const block = text.slice(p.start, p.end);
  BRACKET.lastIndex = 0;
  while (BRACKET.test(block)) {
    const i = p.start + BRACKET.lastIndex - 1;
    const c = text[i];
    const opens = OPENERS[c];
    if (opens) {
      openAt.push(i);
      openKind.push(opens);
      continue;
    }
    const closes = CLOSERS[c];
    if (!closes) continue;
    const top = openKind.length - 1;
    if (top >= 0 && openKind[top] === closes) {
      openAt.pop();
      openKind.pop();
      continue;
    }
    if (closes === 'paren' && ENUMERATOR_BEFORE.test(text.slice(Math.max(p.start, i - 4), i))) continue;
    BRACKET.lastIndex = 0;
    // A closing mark of another kind than the innermost open one: the open one is unclosed if this one pairs further out.
    if (openKind.lastIndexOf(closes) >= 0) return { at: openAt[top], char: text[openAt[top]], kind: openKind[top], missing: 'close' };
    return { at: i, char: c, kind: closes, missing: 'open' };
  }
  return openAt.length ? { at: openAt[0], char: text[openAt[0]], kind: openKind[0], missing: 'close' } : undefined;
}

/** Whether the paragraph's last character other than white space ends a sentence (SENTENCE_END), read in place. */
function endsSentence(text: string, p: Span): boolean {
  let i = p.end - 1;
  while (i >= p.start && isSpace(text.charCodeAt(i))) i--;
  return i >= p.start && SENTENCE_END_CHARS.has(text.charCodeAt(i));
}

/**
 * Paragraphs joined where a line was broken inside a sentence (hard-wrapped text, "按照《⏎中华人民共和国…》",
 * an image placeholder in mid-word): a block ends with a paragraph that ends a sentence. Tables end a block.
 * Paragraphs and tables are both in document order: one pointer walks the tables.
 */
function blocksOf(doc: ReportDocument, text: string): Span[] {
  const blocks: Span[] = [];
  let current: Span | undefined;
  let t = 0;
  for (const p of doc.paragraphs) {
    if (p.start >= doc.parsedLength) break;
    while (t < doc.tables.length && doc.tables[t].end <= (current?.end ?? p.start)) t++;
    // A table between the block so far and this paragraph, or around this paragraph, ends the block.
    if (t < doc.tables.length && doc.tables[t].start < p.end) {
      current = undefined;
      if (doc.tables[t].end > p.start) continue;
    }
    if (current) current.end = p.end;
    else blocks.push((current = { start: p.start, end: p.end }));
    if (endsSentence(text, p)) current = undefined;
  }
  return blocks;
}

export const unbalancedBrackets: Rule = {
  meta: {
    id: 'unbalanced-brackets',
    category: 'punctuation',
    defaultSeverity: 'warning',
    fix: 'none',
    title: { zh: '括号或书名号不成对', en: 'Unpaired parentheses or title marks' },
    doc: {
      what: {
        zh: '检查每个段落中的括号（全角“（）”与半角“()”视为同一种）和书名号“《》”是否成对：缺少前半或后半，或多出一个，都会提示，并指出没有配对的那一个。行首或句首的序号“1)”“a)”不算；文本在句中截断时，最后一段不检查缺少的后半。表格不检查。',
        en: 'Checks that each paragraph\'s parentheses (full-width （） and ASCII () count as one kind) and title marks 《》 pair up: a missing opening or closing mark, or one too many, is reported on the mark that has no partner. Enumerators such as "1)" or "a)" at the start of a line or sentence do not count; when the text stops mid-sentence, the last paragraph is not checked for missing closing marks. Tables are not checked.',
      },
      why: {
        zh: '标点符号用法国家标准规定括号、书名号成对使用；少了一半会让读者分不清引用或注释到哪里为止，常见于复制粘贴时丢字。',
        en: 'The national punctuation standard uses brackets and title marks in pairs; a missing half leaves the reader unsure where a citation or a note ends, and usually comes from text lost in copying.',
      },
      example: { wrong: '按照广东省政府信息公开规定》的要求，', right: '按照《广东省政府信息公开规定》的要求，' },
      basis: {
        zh: 'GB/T 15834-2011《标点符号用法》4.9 括号、4.15 书名号。',
        en: 'GB/T 15834-2011 (Use of punctuation marks), 4.9 brackets and 4.15 title marks.',
      },
    },
  },
  checkDocument(ctx) {
    const { doc } = ctx;
    const text = doc.matchText;
    const blocks = blocksOf(doc, text);
    const last = blocks[blocks.length - 1];
    const cut = last !== undefined && !TEXT_END.test(text.slice(last.start, last.end).trimEnd());
    for (const b of blocks) {
      const u = unmatchedIn(text, b);
      if (!u || (u.missing === 'close' && cut && b === last)) continue;
      const name = NAMES[u.kind];
      const char = doc.text[u.at];
      ctx.report({
        start: u.at,
        end: u.at + 1,
        message:
          u.missing === 'close'
            ? {
                zh: `${name.zh}不成对：这个“${char}”在本段中没有对应的“${u.kind === 'book' ? '》' : char === '(' ? ')' : '）'}”。请补上后半，或删去多余的前半。`,
                en: `Unpaired ${name.en}: this "${char}" has no closing "${u.kind === 'book' ? '》' : char === '(' ? ')' : '）'}" in its paragraph. Add the closing mark, or delete the extra opening one.`,
              }
            : {
                zh: `${name.zh}不成对：这个“${char}”前面没有对应的“${u.kind === 'book' ? '《' : char === ')' ? '(' : '（'}”。请在${u.kind === 'book' ? '文件名称' : '括注内容'}前补上前半，或删去多余的后半。`,
                en: `Unpaired ${name.en}: nothing opens this "${char}". Add the opening mark before the ${u.kind === 'book' ? 'title' : 'note'}, or delete the extra closing one.`,
              },
      });
    }
  },
};
