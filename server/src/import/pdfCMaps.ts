// pdf.js's packed CMaps for the Adobe-GB1 character collection (simplified Chinese), which older PDFs need:
// a font without embedded glyph-to-Unicode data that uses a predefined CMap (UniGB-UCS2-H, GBK-EUC-H, …) is
// read by mapping its codes to CIDs with that CMap and the CIDs to Unicode with Adobe-GB1-UCS2. The build copies
// them from pdfjs-dist into dist/cmaps/ (about 290 KB, in the .vsix); a file is read only when a PDF asks for it.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Where the CMaps are: beside the bundle (dist/cmaps), or in pdfjs-dist when running from source. */
const CANDIDATE_DIRS = [
  path.join(__dirname, 'cmaps'),
  path.join(__dirname, '..', 'cmaps'),
  path.join(__dirname, '..', '..', '..', 'node_modules', 'pdfjs-dist', 'cmaps'),
];

let found: string | null | undefined;

/** The folder holding the packed CMaps (`<name>.bcmap`), or null when none is installed. */
export function cMapDir(): string | null {
  if (found === undefined) found = CANDIDATE_DIRS.find((dir) => fs.existsSync(path.join(dir, 'Adobe-GB1-UCS2.bcmap'))) ?? null;
  return found;
}

/** A CMap file name pdf.js may ask for: a name of the predefined set, no path. */
const CMAP_FILE = /^[A-Za-z0-9][A-Za-z0-9-]*\.bcmap$/;

/**
 * pdf.js's `BinaryDataFactory` (getDocument option): pdf.js asks it for `{ kind: 'cMapUrl', filename }` when a
 * font names a predefined CMap; the file is read from cMapDir(). Other data (standard fonts, wasm decoders)
 * is not shipped: text extraction does without it.
 */
export class CMapFiles {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const dir = cMapDir();
    if (kind !== 'cMapUrl' || !dir || !CMAP_FILE.test(filename)) throw new Error(`no ${kind} data: ${filename}`);
    return new Uint8Array(await fs.promises.readFile(path.join(dir, filename)));
  }
}
