#!/usr/bin/env bash
# UI test of the packaged extension, as a user sees it: the .vsix installed into a throwaway code-server
# profile, the workbench driven by Playwright in headless Debian chromium, screenshots saved. The display
# language is zh-cn (code-server --locale with a language pack stub built offline by langpack-zh-cn.sh).
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
cp "$E2E_PROJECT/examples/青禾县人民政府2024年政府信息公开工作年度报告.md" "$WORK/ws/qinghe-2024.md"
PDF="$E2E_PROJECT/../shared/corpus/native/2024_huaian_shizhengfu.pdf"
if [ -f "$PDF" ]; then cp "$PDF" "$WORK/ws/huaian-2024.pdf"; else echo "skipped: 导入为年报 (no ../shared/corpus/native/2024_huaian_shizhengfu.pdf)"; fi
PORT="${PORT:-$(free_port)}"
T0=$(now_ms)
bash "$HERE/langpack-zh-cn.sh" "$WORK/langpack-zh-cn.vsix" >/dev/null
XDG_CONFIG_HOME="$WORK/xdg/config" XDG_DATA_HOME="$WORK/xdg/data" \
  node "$CS_ENTRY" --extensions-dir "$WORK/exts" --user-data-dir "$WORK/ud" \
  --install-extension "$WORK/langpack-zh-cn.vsix" --install-extension "$VSIX" > "$WORK/install.log" 2>&1 \
  || { cat "$WORK/install.log"; exit 1; }
# code-server reads the installed language packs from languagepacks.json, which VS Code writes only when a
# pack is installed into a running server: write it for the stub installed above.
LP_DIR="$(ls -d "$WORK/exts"/nianbao-e2e.e2e-language-pack-zh-cn-*)"
cat > "$WORK/ud/languagepacks.json" <<JSON
{"zh-cn":{"hash":"e2e-stub-1","label":"中文(简体)","extensions":[{"extensionIdentifier":{"id":"nianbao-e2e.e2e-language-pack-zh-cn"},"version":"0.0.1"}],
 "translations":{"vscode":"$LP_DIR/translations/main.i18n.json"}}}
JSON
T1=$(now_ms)
PGID=$(CS_EXTRA_ARGS="--locale zh-cn ${CS_EXTRA_ARGS:-}" bash "$HERE/start-code-server.sh" "$WORK" "$PORT")
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
