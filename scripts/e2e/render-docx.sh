#!/usr/bin/env bash
# Renders page 1 of an example report exported to Word, as LibreOffice lays it out, to a PNG: a look at the
# official layout (fonts, margins, title, tables) without Word. Needs LibreOffice Writer and pdftoppm
# (Debian: apt-get install --no-install-recommends libreoffice-writer poppler-utils); without them it says it
# skipped and exits 0. Usage: scripts/e2e/render-docx.sh [report.md] [out-dir]   (npm run render:docx)
set -euo pipefail
cd "$(dirname "$0")/../.."
REPORT="${1:-examples/青禾县人民政府2024年政府信息公开工作年度报告.md}"
OUT="${2:-.e2e/docx}"
if ! command -v soffice >/dev/null || ! command -v pdftoppm >/dev/null; then
  echo "render-docx: skipped (soffice or pdftoppm not installed)"
  exit 0
fi
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
[ -f dist/cli.js ] || npm run build >/dev/null
node dist/cli.js export "$REPORT" -o "$OUT/report.docx"
# A profile of its own, so that a running LibreOffice (or another run) is not disturbed.
soffice --headless "-env:UserInstallation=file://$OUT/profile" --convert-to pdf --outdir "$OUT" "$OUT/report.docx" >/dev/null 2>&1
pdftoppm -png -r 100 -f 1 -l 3 "$OUT/report.pdf" "$OUT/page"
echo "render-docx: $OUT/report.docx → $(ls "$OUT"/page-*.png | tr '\n' ' ')"
