// What every importer gives back: the report as the checkable text the parser reads (headings as lines,
// national tables as pipe tables with flattened headers "申请人情况 / 法人或其他组织 / 商业企业"), notes for
// the user, and where each piece of the text came from in the original file.

export type SourceFormat = 'text' | 'docx' | 'html' | 'pdf';

/** A message for the user about the conversion (Chinese first, English second). */
export interface ImportNote {
  severity: 'error' | 'warning' | 'information';
  zh: string;
  en: string;
}

/** A span of the converted text and the place in the original file it came from. */
export interface SourceAnchor {
  /** UTF-16 offset in `ImportResult.text`. */
  start: number;
  end: number;
  /** Where in the original, as the user reads it: page, line on the page, paragraph, table row and column (1-based). */
  page?: number;
  line?: number;
  paragraph?: number;
  table?: number;
  row?: number;
  column?: number;
}

export interface ImportResult {
  format: SourceFormat;
  /** The checkable text (Markdown: `#` headings optional, pipe tables). */
  text: string;
  /** The character encoding the bytes were in, when they were text (utf-8, gb18030, utf-16le, …). */
  encoding?: string;
  notes: ImportNote[];
  /** In text order; may be empty for plain text, where the text is the original. */
  anchors: SourceAnchor[];
}

/** The file could not be converted at all (scanned PDF, undecodable bytes, a broken .docx): the user is told why. */
export class ImportError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
  }
}

export interface Importer {
  format: SourceFormat;
  /** Lower-case file extensions with the dot: ['.docx']. */
  extensions: readonly string[];
  convert(bytes: Uint8Array, fileName: string): Promise<ImportResult>;
}
