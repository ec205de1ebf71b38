// The layers of the code and the invariants between them (docs/architecture.md), checked by
// test/unit/layers.test.ts (`npx depcruise server/src cli/src client/src` shows the same).
//
//   text, model → format → parse → analysis → templates → edits → rules, hover, completion, outline
//     → check, fixes → core/index → lsp, cli, export (and the client, which reads only detect and the protocol types)
//
// A layer imports only from the layers before it; type-only imports count too.
const CORE = '^server/src/core/';
const layers = {
  text: `${CORE}text/`,
  model: `${CORE}(model|findings|config)\\.ts$`,
  format: `${CORE}format/`,
  parse: `${CORE}(parse/|detect\\.ts$)`,
  analysis: `${CORE}analysis/`,
  templates: `${CORE}templates/`,
  edits: `${CORE}edits/`,
  features: `${CORE}(rules/|hover/|preview/|completion\\.ts$|outline\\.ts$|describe\\.ts$)`,
  check: `${CORE}(check|checkSet|suppressions|ruleDocs|limitFindings)\\.ts$|${CORE}fixes/`,
  index: `${CORE}index\\.ts$`,
};
const order = Object.keys(layers);

/** For each layer: it must not import any layer after it. */
const layerRules = order.slice(0, -1).map((name, i) => ({
  name: `layer-${name}`,
  comment: `${name} may import only ${order.slice(0, i + 1).join(', ')}`,
  severity: 'error',
  from: { path: layers[name] },
  to: { path: order.slice(i + 1).map((n) => layers[n]) },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycle, type-only imports included.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...layerRules,
    {
      name: 'features-not-rules',
      comment: 'Hover, preview, completion, outline and the parsed-structure text read analysis facts, never the rules.',
      severity: 'error',
      from: { path: `${CORE}(hover/|preview/|completion\\.ts$|outline\\.ts$|describe\\.ts$|templates/|edits/)` },
      to: { path: `${CORE}rules/` },
    },
    {
      name: 'rules-independent',
      comment: 'A rule file exports its Rule and imports no other rule (shared facts live in analysis/).',
      severity: 'error',
      from: { path: `${CORE}rules/`, pathNot: `${CORE}rules/(registry|engine|types)\\.ts$` },
      to: { path: `${CORE}rules/`, pathNot: `${CORE}rules/types\\.ts$` },
    },
    {
      name: 'adapters-through-index',
      comment: 'The language server, the CLI and the Word export use the core through core/index.ts only.',
      severity: 'error',
      from: { path: '^(server/src/(lsp/|node/|export/|server\\.ts$)|cli/src/)' },
      to: { path: CORE, pathNot: layers.index },
    },
    {
      name: 'import-before-core',
      comment: 'Importers turn bytes into text before the core sees it: they know nothing of the core, the server or the CLI.',
      severity: 'error',
      from: { path: '^server/src/import/' },
      to: { path: '^(server/src/(core/|lsp/|server\\.ts$)|cli/src/|client/src/)' },
    },
    {
      name: 'export-is-an-adapter',
      comment: 'The Word export reads the document model like the server and the CLI do; the core and the importers know nothing of it.',
      severity: 'error',
      from: { path: '^server/src/(core|import)/' },
      to: { path: '^server/src/export/' },
    },
    {
      name: 'client-thin',
      comment: 'The VS Code client reads only report detection and the protocol types of the server\'s own messages (documentInfo, import, exportDocx, workspaceReports, preview, nextYear, paste).',
      severity: 'error',
      from: { path: '^client/src/' },
      to: { path: '^server/src/', pathNot: `^server/src/(core/detect\\.ts|lsp/(documentInfo|import|export|workspace|preview|nextYear|paste)Protocol\\.ts)$` },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    moduleSystems: ['es6', 'cjs'],
  },
};
