// Findings: what the checker reports, before any adapter turns them into LSP diagnostics or CLI lines.
// Types only (and localize): check.ts produces them, fixes/ and the adapters consume them.
import type { LocalizedText, Span } from './model';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface LineCharacter {
  line: number;
  character: number;
}

export interface RelatedSpan extends Span {
  message: LocalizedText;
  /**
   * Set when the span lies in another document (a cross-year rule's link to last year's report): that
   * document's uri and the span's lines there, since an adapter holds only the document it checks.
   */
  elsewhere?: { uri: string; start: LineCharacter; end: LineCharacter };
}

/** Replace `start`–`end` (UTF-16 offsets into the checked text) with `newText`. */
export interface TextEdit extends Span {
  newText: string;
}

/** A way to fix a finding. Only `safe` fixes are applied without the writer choosing them (fix all, on save). */
export interface Fix {
  title: LocalizedText;
  edits: TextEdit[];
  safe: boolean;
}

export interface Finding extends Span {
  ruleId: string;
  severity: Severity;
  message: LocalizedText;
  related?: RelatedSpan[];
  /** Fixes the rule offers, best first. */
  fixes?: Fix[];
}

export type Language = 'zh' | 'en';

export function localize(text: LocalizedText, lang: Language): string {
  return lang === 'en' ? text.en : text.zh;
}
