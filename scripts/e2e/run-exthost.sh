#!/usr/bin/env bash
# The Mocha suite in test/e2e/suite inside a real VS Code extension host, offline: the VS Code server that
# the npm package code-server ships, its workbench in headless Debian chromium (playwright-core). The
# extension is loaded from the project folder as an extension under development; no .vsix needed.
# Usage: run-exthost.sh    (after `npm run build` and `node scripts/e2e/build-tests.mjs`; see npm run test:vscode)
# Env: PORT, TEST_TIMEOUT_MS, VERBOSE=1 (all extension-host console output), NIANBAO_E2E_GREP (a test-title filter).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
source "$HERE/common.sh"
bash "$HERE/setup.sh" exthost
for f in dist/extension.js dist/server.js dist-test/suite/index.js; do
  [ -f "$E2E_PROJECT/$f" ] || { echo "run-exthost: $f is missing; run npm run build && node scripts/e2e/build-tests.mjs" >&2; exit 2; }
done
WORK="$E2E_WORK/exthost"
rm -rf "$WORK" && mkdir -p "$WORK/ws"
PORT="${PORT:-$(free_port)}"
export NIANBAO_E2E_RESULTS="$WORK/results.json"   # inherited by the extension host
T0=$(now_ms)
PGID=$(bash "$HERE/start-vscode-server.sh" "$WORK" "$PORT")
bash "$HERE/memsample.sh" "$WORK/mem.txt" "$PGID" & MEMPID=$!
cleanup() { kill "$MEMPID" 2>/dev/null || true; kill -- "-$PGID" 2>/dev/null || true; }
trap cleanup EXIT
wait_http "$PORT" 60
rc=0
node "$HERE/run-exthost.mjs" "http://127.0.0.1:$PORT" "$E2E_PROJECT" "$E2E_PROJECT/dist-test/suite/index.js" "$WORK/ws" | tee "$WORK/output.txt" || rc=$?
[ "${PIPESTATUS[0]}" = 0 ] || rc=1
T1=$(now_ms)
cleanup; trap - EXIT
echo "timing: $((T1 - T0)) ms (VS Code server start, browser, extension host, tests)"
print_peak_memory "$WORK/mem.txt"
if [ $rc != 0 ]; then
  echo "---- VS Code server log (tail): $WORK/vscode-server.log"; tail -20 "$WORK/vscode-server.log" || true
  find "$WORK/ud/logs" \( -name 'remoteexthost.log' -o -path '*nianbao.nianbao*' \) -type f -print0 2>/dev/null |
    while IFS= read -r -d '' f; do echo "---- $f (tail)"; tail -20 "$f"; done
fi
exit $rc
