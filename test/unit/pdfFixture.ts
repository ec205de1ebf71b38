// A tiny, valid PDF written by the tests themselves: Latin text in Helvetica, `perPage` lines a page
// (no lines at all gives one blank page, as a scan without a text layer looks to a text extractor).

function escape(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}

export function minimalPdf(lines: string[], perPage = Infinity): Uint8Array {
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += Math.min(perPage, lines.length)) pages.push(lines.slice(i, i + Math.min(perPage, lines.length)));
  if (pages.length === 0) pages.push([]);
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // pages, filled in below
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const kids: string[] = [];
  for (const page of pages) {
    const ops = page.map((l, i) => `BT /F1 12 Tf 72 ${760 - i * 20} Td (${escape(l)}) Tj ET`).join('\n');
    // A blank page still draws something, as a scanned page draws its image.
    const content = ops || '0 0 0 rg 72 72 100 100 re f';
    add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    const contentRef = objects.length;
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentRef} 0 R >>`);
    kids.push(`${objects.length} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${kids.length} >>`;
  return pdfFile(objects);
}

/** How a CJK PDF made before embedded fonts with ToUnicode were common encodes its text. */
export type PredefinedCMap = 'UniGB-UCS2-H' | 'GBK-EUC-H';

function hexCodes(text: string, cmap: PredefinedCMap, gbk: (text: string) => Uint8Array): string {
  if (cmap === 'GBK-EUC-H') return Buffer.from(gbk(text)).toString('hex').toUpperCase();
  return [...text].map((c) => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')).join('');
}

/**
 * A PDF as older Chinese software wrote them: one page, the lines in the non-embedded CID font STSong-Light
 * (Adobe-GB1) with a predefined CMap as its encoding and no ToUnicode map, so that a reader needs the CMap
 * files to get the text back. `gbk` encodes text in GBK (for GBK-EUC-H).
 */
export function cidFontPdf(lines: string[], cmap: PredefinedCMap, gbk: (text: string) => Uint8Array): Uint8Array {
  const ops = lines.map((l, i) => `BT /F1 12 Tf 72 ${760 - i * 20} Td <${hexCodes(l, cmap, gbk)}> Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /${cmap} /DescendantFonts [6 0 R] >>`,
    `<< /Length ${Buffer.byteLength(ops)} >>\nstream\n${ops}\nendstream`,
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  return pdfFile(objects);
}

/** The objects (numbered from 1, the first the catalog) as the bytes of a PDF file with its cross-reference table. */
function pdfFile(objects: string[]): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
