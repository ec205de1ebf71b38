// The live preview of a report as it will be published: a render model (model.ts) and its HTML (html.ts).
// A feature beside the hover and the outline: it reads analysis facts and the hover, never the rules; the
// findings come in as data from whoever checked the document.
import type { ReportDocument } from '../model';
import { previewHtml } from './html';
import { previewModel, type PreviewOptions } from './model';

export { previewModel, type PreviewModel, type PreviewOptions, type Block, type Inline, type TableCellModel, type TableRowModel, type PreviewFinding } from './model';
export { previewHtml, escapeHtml } from './html';

/** The HTML body of the preview of `doc`. */
export function renderPreview(doc: ReportDocument, options: PreviewOptions): string {
  return previewHtml(previewModel(doc, options), options.lang);
}
