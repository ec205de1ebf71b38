// One entry for every input format: the importer is chosen by the file's extension. Plain text is decoded
// here (its importer is small); HTML — and the library it needs — is loaded with a dynamic import() only when
// a page is converted: scripts/build.mjs turns each such import() of a module in this folder into a file of its
// own (dist/import/<name>.js). The PDF and Word importers are small and load their libraries (unpdf; fflate and
// fast-xml-parser) themselves on first use (dist/unpdf.mjs, dist/lib/*.mjs), so they are imported directly. The
// language server and the CLI start as fast for .txt/.md users as without importers.
import { ImportError, type Importer, type ImportResult, type SourceFormat } from './types';
import { textImporter } from './text';
import { pdfImporter } from './pdf';
import { docxImporter } from './docx';

export * from './types';
export { decodeText, type DecodedText, type DecodeOptions } from './text';

const MB = 1024 * 1024;

/** An input format: its extensions and how to load its importer. */
export interface ImporterEntry {
  format: SourceFormat;
  /** Lower-case file extensions with the dot: ['.docx']. */
  extensions: readonly string[];
  /** Larger files are refused before they are read into memory (zip bombs, 50 MB web pages). */
  maxBytes: number;
  load(): Promise<Importer>;
}

const entries: ImporterEntry[] = [
  { format: 'text', extensions: textImporter.extensions, maxBytes: 64 * MB, load: async () => textImporter },
  { format: 'html', extensions: ['.html', '.htm'], maxBytes: 16 * MB, load: () => import('./html').then((m) => m.htmlImporter) },
  { format: 'pdf', extensions: pdfImporter.extensions, maxBytes: 64 * MB, load: async () => pdfImporter },
  { format: 'docx', extensions: docxImporter.extensions, maxBytes: 64 * MB, load: async () => docxImporter },
];

/** Adds an importer at run time (tests, embedders). The built-in formats are the entries above. */
export function registerImporter(importer: Importer, maxBytes = 64 * MB): void {
  entries.push({ format: importer.format, extensions: importer.extensions, maxBytes, load: async () => importer });
}

/** The format entry for a file name, or undefined when no importer reads that extension. */
export function importerFor(fileName: string): ImporterEntry | undefined {
  const lower = fileName.toLowerCase();
  // The last match wins, so that an importer registered later can replace a built-in one.
  for (let i = entries.length - 1; i >= 0; i--) if (entries[i].extensions.some((ext) => lower.endsWith(ext))) return entries[i];
  return undefined;
}

/** Whether the file is plain text (checked as it is, after decoding) rather than a document to convert. */
export function isTextFile(fileName: string): boolean {
  return importerFor(fileName)?.format === 'text';
}

/** Every extension an importer reads, for finding reports in folders: ['.txt', '.md', …, '.html', …]. */
export function importableExtensions(): string[] {
  return entries.flatMap((e) => e.extensions);
}

/**
 * An ImportError from a format module. The modules are bundled on their own (scripts/build.mjs), each
 * with its own copy of the ImportError class, so `instanceof` is not enough: the error is recognised by
 * its shape and re-made as this module's ImportError, which callers can test with `instanceof`.
 */
function asImportError(e: unknown): ImportError | undefined {
  if (e instanceof ImportError) return e;
  const { zh, en } = (e ?? {}) as { zh?: unknown; en?: unknown };
  return e instanceof Error && typeof zh === 'string' && typeof en === 'string' ? new ImportError(zh, en) : undefined;
}

/** The error for a file larger than its format's `maxBytes`. */
export function tooLarge(maxBytes: number): ImportError {
  const mb = Math.round(maxBytes / MB);
  return new ImportError(`文件大于 ${mb} MB，未转换`, `larger than ${mb} MB; not converted`);
}

/** Converts a file's bytes into checkable text; throws ImportError (with a message for the user) when it cannot. */
export async function importBytes(bytes: Uint8Array, fileName: string): Promise<ImportResult> {
  const entry = importerFor(fileName);
  if (!entry) throw new ImportError(`不支持的文件类型：${fileName}`, `unsupported file type: ${fileName}`);
  if (bytes.length > entry.maxBytes) throw tooLarge(entry.maxBytes);
  try {
    return await (await entry.load()).convert(bytes, fileName);
  } catch (e) {
    throw asImportError(e) ?? e;
  }
}

