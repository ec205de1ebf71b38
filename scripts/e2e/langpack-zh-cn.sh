#!/usr/bin/env bash
# Builds a minimal zh-cn language pack for VS Code, offline: an extension that contributes `localizations`
# for zh-cn with a handful of workbench strings. Installed beside our .vsix and started with
# `--locale zh-cn`, it makes code-server run the workbench in zh-cn, so VS Code loads the Chinese NLS of
# our extension (package.nls.zh-cn.json, l10n/bundle.l10n.zh-cn.json) as a Chinese user gets it.
# Usage: langpack-zh-cn.sh OUT.vsix
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
source "$HERE/common.sh"
OUT="$(realpath -m "$1")"
SRC="$(mktemp -d)"
trap 'rm -rf "$SRC"' EXIT
mkdir -p "$SRC/translations"
cat > "$SRC/package.json" <<JSON
{
  "name": "e2e-language-pack-zh-cn",
  "displayName": "zh-cn language pack stub for the UI test",
  "publisher": "nianbao-e2e",
  "version": "0.0.1",
  "license": "MIT",
  "engines": { "vscode": "^1.100.0" },
  "categories": ["Language Packs"],
  "files": ["translations"],
  "contributes": {
    "localizations": [{
      "languageId": "zh-cn",
      "languageName": "Chinese Simplified",
      "localizedLanguageName": "中文(简体)",
      "translations": [{ "id": "vscode", "path": "./translations/main.i18n.json" }]
    }]
  }
}
JSON
# A few strings only: the rest of the workbench stays English, so the test's selectors still match.
cat > "$SRC/translations/main.i18n.json" <<'JSON'
{
  "version": "1.0.0",
  "contents": {
    "vs/workbench/contrib/markers/browser/messages": { "markers.panel.title.problems": "问题" },
    "vs/workbench/contrib/files/browser/explorerViewlet": { "explore": "资源管理器" },
    "vs/editor/contrib/format/browser/formatActions": { "formatDocument.label": "格式化文档" }
  }
}
JSON
echo "zh-cn language pack stub for the nianbao UI test (not for use)." > "$SRC/README.md"
( cd "$SRC" && "$E2E_PROJECT/node_modules/.bin/vsce" package --allow-missing-repository --skip-license -o "$OUT" >/dev/null )
echo "$OUT"
