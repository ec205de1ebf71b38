// Hover tips over the model: a national table cell, a date, a count or a percentage in the text, or a
// section heading.
// Pure: text in, Markdown out; never throws on any offset of any document.
import type { NianbaoConfig } from '../config';
import type { Language } from '../findings';
import type { ReportDocument } from '../model';
import { dateHover } from './date';
import { headingHover } from './heading';
import { percentHover } from './percent';
import { numberHover } from './proseNumber';
import { render, type Hover } from './render';
import { tableHover } from './tableCell';

export interface HoverContext {
  lang: Language;
  /** The merged configuration of the document (local deadlines for the signature date). */
  config?: Readonly<NianbaoConfig>;
}

export type { Hover };

export function hoverAt(doc: ReportDocument, offset: number, context: HoverContext): Hover | undefined {
  if (!Number.isInteger(offset) || offset < 0 || offset >= doc.parsedLength) return undefined;
  const content = tableHover(doc, offset) ?? dateHover(doc, offset, context.config?.deadlines) ?? numberHover(doc, offset) ?? percentHover(doc, offset) ?? headingHover(doc, offset);
  return content && render(content, context.lang);
}
