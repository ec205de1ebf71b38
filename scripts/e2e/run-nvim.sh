#!/usr/bin/env bash
# The language server under Neovim's built-in LSP client (headless): a client that is not VS Code.
# Usage: run-nvim.sh    (after npm run build). Last line: "N passed, N failed".
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
source "$HERE/common.sh"
bash "$HERE/setup.sh" nvim
[ -f "$E2E_PROJECT/dist/server.js" ] || { echo "run-nvim: dist/server.js is missing; run npm run build" >&2; exit 2; }
WORK="$E2E_WORK/nvim"
rm -rf "$WORK" && mkdir -p "$WORK"
cp "$E2E_PROJECT/test/fixtures/broken-table.txt" "$WORK/broken-table.nianbao"
cp "$E2E_PROJECT/../shared/seeds/001_e0f2844ddd246cd5.txt" "$WORK/001.txt"
T0=$(now_ms)
rc=0
LSP_SERVER="$E2E_PROJECT/dist/server.js" LSP_REPORT="$WORK/broken-table.nianbao" LSP_SEED="$WORK/001.txt" \
  timeout 120 nvim --headless --clean -n -i NONE -c "luafile $HERE/nvim-lsp.lua" > "$WORK/output.txt" 2>&1 || rc=$?
# the JSON line is for people debugging; show the checks and the summary
grep -v '^{' "$WORK/output.txt" || true
if [ $rc != 0 ]; then
  echo "neovim exited with $rc; full output in $WORK/output.txt"
  tail -c 3000 "$WORK/output.txt"; echo
  grep -qE '^[0-9]+ passed, [0-9]+ failed$' "$WORK/output.txt" || echo "0 passed, 1 failed"
fi
echo "timing: $(( $(now_ms) - T0 )) ms"
exit $rc
