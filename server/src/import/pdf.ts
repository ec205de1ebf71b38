// PDF files with a text layer: the text items and their positions come from pdf.js (through unpdf, loaded
// only when a PDF is converted), the reading order, paragraphs and tables from pdfLayout. A PDF without
// text (a scan) is refused with a message that says so; hostile files are bounded in pages, items and time.
import { ImportError, type Importer, type ImportNote, type ImportResult } from './types';
import { PAGE_STRIDE, isBlank, type PdfItem } from './pdfItems';
import { layOut } from './pdfLayout';
import { CMapFiles, cMapDir } from './pdfCMaps';
import * as path from 'node:path';

/** Limits that keep a hostile or huge PDF from taking the server down. */
export const PDF_LIMITS = { pages: 300, items: 200_000, millis: 30_000 };

interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
}

async function loadDocument(bytes: Uint8Array) {
  const { getDocumentProxy } = await import('unpdf');
  // pdf.js may take ownership of (detach) the buffer it is given: hand it a copy.
  const cMaps = cMapDir();
  return getDocumentProxy(new Uint8Array(bytes), {
    // Older PDFs name predefined CJK CMaps (UniGB-UCS2-H…): pdf.js asks CMapFiles for them (pdfCMaps.ts).
    BinaryDataFactory: CMapFiles,
    cMapUrl: cMaps ? `${cMaps}${path.sep}` : undefined,
    cMapPacked: true,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
}

export async function convertPdf(bytes: Uint8Array, fileName: string, limits = PDF_LIMITS): Promise<ImportResult> {
  const began = Date.now();
  const notes: ImportNote[] = [];
  let doc: Awaited<ReturnType<typeof loadDocument>>;
  try {
    doc = await loadDocument(bytes);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new ImportError(`无法读取 PDF 文件 ${fileName}：${why}`, `cannot read the PDF file ${fileName}: ${why}`);
  }
  try {
    const pages: PdfItem[][] = [];
    let itemCount = 0;
    const skipped: number[] = [];
    const pageCount = Math.min(doc.numPages, limits.pages);
    if (doc.numPages > limits.pages) {
      notes.push({
        severity: 'warning',
        zh: `PDF 共 ${doc.numPages} 页，只转换了前 ${limits.pages} 页。`,
        en: `The PDF has ${doc.numPages} pages; only the first ${limits.pages} were converted.`,
      });
    }
    for (let p = 1; p <= pageCount; p++) {
      if (Date.now() - began > limits.millis || itemCount >= limits.items) {
        notes.push({
          severity: 'warning',
          zh: `PDF 太大或太复杂，只转换了前 ${p - 1} 页。`,
          en: `The PDF is too large or too complex; only the first ${p - 1} pages were converted.`,
        });
        break;
      }
      let page: Awaited<ReturnType<typeof doc.getPage>>;
      let content: Awaited<ReturnType<typeof page.getTextContent>>;
      try {
        page = await doc.getPage(p);
        content = await page.getTextContent();
      } catch {
        // A broken page is left out; the others are still worth reading.
        skipped.push(p);
        continue;
      }
      const height = page.getViewport({ scale: 1 }).height;
      const items: PdfItem[] = [];
      for (const raw of content.items as TextItemLike[]) {
        if (itemCount >= limits.items) break;
        const t = raw.transform;
        if (typeof raw.str !== 'string' || !t || t.length < 6) continue;
        itemCount++;
        // Upright text only: rotated items (stamps, watermarks) would scramble the reading order.
        if (Math.abs(t[1]) > 0.01 || Math.abs(t[2]) > 0.01) continue;
        const size = Math.abs(t[3]) || Math.abs(t[0]);
        if (!(size > 0) || !Number.isFinite(t[4]) || !Number.isFinite(t[5])) continue;
        items.push({ text: raw.str, x: t[4], y: (p - 1) * PAGE_STRIDE + (height - t[5]), width: raw.width ?? 0, size, page: p });
      }
      pages.push(items);
      page.cleanup();
    }
    if (skipped.length) {
      notes.push({
        severity: 'warning',
        zh: `PDF 的第 ${skipped.join('、')} 页无法读取，未转换。`,
        en: `Page${skipped.length > 1 ? 's' : ''} ${skipped.join(', ')} of the PDF could not be read and ${skipped.length > 1 ? 'were' : 'was'} left out.`,
      });
    }
    const visible = pages.reduce((n, items) => n + items.filter((i) => !isBlank(i.text)).reduce((m, i) => m + i.text.trim().length, 0), 0);
    if (visible < 20) {
      throw new ImportError(
        `${fileName} 没有文字层（可能是扫描件或图片），无法读取其中的文字。请使用带文字的 PDF，或先用 OCR 软件识别。`,
        `${fileName} has no text layer (a scan or images): its text cannot be read. Use a PDF with text, or run OCR first.`,
      );
    }
    const { text, anchors } = layOut(pages);
    return { format: 'pdf', text, notes, anchors };
  } finally {
    void doc.loadingTask.destroy();
  }
}

export const pdfImporter: Importer = {
  format: 'pdf',
  extensions: ['.pdf'],
  convert: (bytes, fileName) => convertPdf(bytes, fileName),
};
