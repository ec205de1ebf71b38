// One entry for every input format: the importer is chosen by the file's extension (and, for text, by its
// bytes). Importers that need a heavy library load it only when a file of their format is converted, so
// that the language server starts as fast for .txt/.md users as without them.
import { ImportError, type Importer, type ImportResult } from './types';
import { pdfImporter } from './pdf';
import { docxImporter } from './docx';

export * from './types';

const importers: Importer[] = [];

/** Adds an importer; the format modules call this (see docs/architecture.md, "Import"). */
export function registerImporter(importer: Importer): void {
  importers.push(importer);
}

registerImporter(docxImporter);

/** The importer for a file name, or undefined when the extension is not one an importer reads. */
export function importerFor(fileName: string): Importer | undefined {
  const lower = fileName.toLowerCase();
  return importers.find((i) => i.extensions.some((ext) => lower.endsWith(ext)));
}

/** Converts a file's bytes into checkable text; throws ImportError (with a message for the user) when it cannot. */
export async function importBytes(bytes: Uint8Array, fileName: string): Promise<ImportResult> {
  const importer = importerFor(fileName);
  if (!importer) throw new ImportError(`不支持的文件类型：${fileName}`, `unsupported file type: ${fileName}`);
  return importer.convert(bytes, fileName);
}

registerImporter(pdfImporter);
