#!/usr/bin/env bash
# UI test of the packaged extension, as a user sees it: the .vsix installed into a throwaway code-server
# profile, the workbench driven by Playwright in headless Debian chromium, screenshots saved.
# Runnable by hand (npm run test:ui); not part of CI.
# Usage: run-ui.sh path/to/nianbao.vsix      Env: PORT, SHOTS (default .e2e/shots)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
source "$HERE/common.sh"
bash "$HERE/setup.sh" ui
VSIX="$(realpath "${1:-$E2E_PROJECT/nianbao.vsix}")"
WORK="$E2E_WORK/ui"
SHOTS="$(realpath -m "${SHOTS:-$E2E_WORK/shots}")"
rm -rf "$WORK" "$SHOTS" && mkdir -p "$WORK/ws" "$SHOTS"
cp "$E2E_PROJECT/test/fixtures/broken-table.txt" "$WORK/ws/broken-table.txt"
cp "$E2E_PROJECT/../shared/seeds/001_e0f2844ddd246cd5.txt" "$WORK/ws/seed-001.txt"
cp "$E2E_PROJECT/../shared/corpus/2024_huaian_shizhengfu_1.md" "$E2E_PROJECT/../shared/corpus/2019_shanghai_bangongting_1.md" "$WORK/ws/"
PORT="${PORT:-$(free_port)}"
T0=$(now_ms)
XDG_CONFIG_HOME="$WORK/xdg/config" XDG_DATA_HOME="$WORK/xdg/data" \
  node "$CS_ENTRY" --extensions-dir "$WORK/exts" --user-data-dir "$WORK/ud" --install-extension "$VSIX" > "$WORK/install.log" 2>&1 \
  || { cat "$WORK/install.log"; exit 1; }
T1=$(now_ms)
PGID=$(bash "$HERE/start-code-server.sh" "$WORK" "$PORT")
bash "$HERE/memsample.sh" "$WORK/mem.txt" "$PGID" & MEMPID=$!
cleanup() { kill "$MEMPID" 2>/dev/null || true; kill -- "-$PGID" 2>/dev/null || true; }
trap cleanup EXIT
wait_http "$PORT" 60 /healthz
rc=0
node "$HERE/ui.mjs" "http://127.0.0.1:$PORT" "$WORK/ws" "$SHOTS" || rc=$?
T2=$(now_ms)
cleanup; trap - EXIT
echo "timing: install-extension $((T1 - T0)) ms, UI test $((T2 - T1)) ms; screenshots in $SHOTS"
print_peak_memory "$WORK/mem.txt"
[ $rc = 0 ] || { echo "---- code-server log (tail)"; tail -20 "$WORK/code-server.log"; }
exit $rc
