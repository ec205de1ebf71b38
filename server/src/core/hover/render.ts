// The shape of a hover before it becomes Markdown: a bold first line, then a few short lines, each in
// Chinese and English. Text taken from the document is escaped, so a report cannot inject Markdown.
import { localize, type Language } from '../findings';
import type { LocalizedText, Span } from '../model';

export interface HoverContent {
  span: Span;
  title: LocalizedText;
  lines: LocalizedText[];
}

export interface Hover {
  span: Span;
  markdown: string;
}

/** Both languages the same (numbers, labels quoted from the national format). */
export function same(text: string): LocalizedText {
  return { zh: text, en: text };
}

/** Escapes the characters Markdown gives a meaning to. */
export function md(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

/**
 * "✓" when the identity holds (as analysis judged it), otherwise "✗" with how far `left` is from `right`, in
 * the one style every message uses: "✗（分项之和比总计少 1）".
 */
export function verdict(
  holds: boolean,
  right: number,
  left: number,
  names: { left: LocalizedText; right: LocalizedText } = { left: { zh: '分项之和', en: 'the parts add up to' }, right: { zh: '总计', en: 'the total' } },
): LocalizedText {
  if (holds) return same('✓');
  const d = fmtNumber(Math.abs(left - right));
  const more = left > right;
  return {
    zh: `✗（${names.left.zh}比${names.right.zh}${more ? '多' : '少'} ${d}）`,
    en: `✗ (${names.left.en} ${d} ${more ? 'more' : 'less'} than ${names.right.en})`,
  };
}

export function fmtNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 10000) / 10000);
}

export function render(content: HoverContent, lang: Language): Hover {
  const parts = [`**${localize(content.title, lang)}**`, ...content.lines.map((l) => localize(l, lang))];
  return { span: content.span, markdown: parts.join('\n\n') };
}
