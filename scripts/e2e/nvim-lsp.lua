-- A client not made by Microsoft: Neovim's built-in vim.lsp (Debian bookworm's nvim 0.7.2, headless) talks
-- to the language server over stdio. Opens a small report with a table the parser cannot read and seed
-- 001 (five reports), waits for diagnostics, asks for document symbols and a hover, edits the buffer and waits
-- for the re-published diagnostics. Neovim 0.7 has no vim.lsp.start: start_client + buf_attach_client +
-- buf_request_sync.
-- Usage: LSP_SERVER=/abs/dist/server.js LSP_REPORT=/abs/broken.nianbao LSP_SEED=/abs/seed001.txt \
--          nvim --headless --clean -n -i NONE -c "luafile scripts/e2e/nvim-lsp.lua"
-- Prints one JSON object, then "N passed, N failed"; exits 0 only when every check passed.
local server = assert(os.getenv('LSP_SERVER'), 'LSP_SERVER')
local report = assert(os.getenv('LSP_REPORT'), 'LSP_REPORT')
local seed = assert(os.getenv('LSP_SEED'), 'LSP_SEED')
local timeout = tonumber(os.getenv('LSP_TIMEOUT_MS') or '15000')

local out = { checks = {} }
local passed, failed = 0, 0
local function check(name, cond, detail)
  table.insert(out.checks, { name = name, ok = cond and true or false, detail = detail })
  if cond then passed = passed + 1 else failed = failed + 1 end
  io.stdout:write(string.format('  %s %s\n', cond and 'ok  ' or 'FAIL', name))
end

vim.o.hidden = true   -- switch buffers freely
local client_id

local function main()
  local diags_by_uri = {}   -- the latest publishDiagnostics params per URI
  client_id = vim.lsp.start_client({
    name = 'nianbao',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(report, ':p:h'),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        diags_by_uri[result.uri] = result
        return vim.lsp.handlers['textDocument/publishDiagnostics'](err, result, ctx, config)
      end,
    },
  })
  check('client started', client_id ~= nil)
  local client = vim.lsp.get_client_by_id(client_id)

  local function open(file)
    vim.cmd('edit ' .. vim.fn.fnameescape(file))
    local bufnr = vim.api.nvim_get_current_buf()
    vim.bo[bufnr].filetype = 'nianbao'
    vim.lsp.buf_attach_client(bufnr, client_id)
    return bufnr, vim.uri_from_bufnr(bufnr)
  end

  local function request(bufnr, method, params)
    local res = vim.lsp.buf_request_sync(bufnr, method, params, timeout)
    local r = res and res[client_id]
    return r and r.result, r and r.err
  end

  local function problems(uri)
    local p = diags_by_uri[uri]
    local list = {}
    for _, d in ipairs(p and p.diagnostics or {}) do
      if d.code == 'table-unreadable' or d.code == 'table-incomplete' then table.insert(list, d) end
    end
    return list
  end

  -- 1. the report with an unreadable table: diagnostics and symbols
  local buf, uri = open(report)
  vim.wait(timeout, function() return client.initialized and diags_by_uri[uri] ~= nil end, 20)
  local caps = client.server_capabilities or {}
  out.serverCapabilities = caps
  check('initialized; server offers document symbols and incremental sync',
    client.initialized and caps.documentSymbolProvider ~= nil and
    ((type(caps.textDocumentSync) == 'table' and caps.textDocumentSync.change or caps.textDocumentSync) == 2))

  local ds = problems(uri)
  out.diagnostics = diags_by_uri[uri] and diags_by_uri[uri].diagnostics or vim.NIL
  local d = ds[1]
  check('diagnostics: one table-unreadable warning on the table header (line 6, characters 0-15)',
    #ds == 1 and d.code == 'table-unreadable' and d.severity == 2 and d.source == 'nianbao'
      and d.range.start.line == 6 and d.range.start.character == 0 and d.range['end'].line == 6 and d.range['end'].character == 15,
    ds)
  -- the diagnostics reached Neovim's own diagnostic framework (what :lua vim.diagnostic.get() shows)
  local on_line_7 = vim.diagnostic.get(buf, { lnum = 6 })
  local found = false
  for _, x in ipairs(on_line_7) do
    if x.severity == vim.diagnostic.severity.WARN and x.message:find('统计表', 1, true) then found = true end
  end
  check('vim.diagnostic has the warning on line 7 (0-based 6)', found, on_line_7)

  local syms = request(buf, 'textDocument/documentSymbol', { textDocument = { uri = uri } })
  out.reportSymbols = syms or vim.NIL
  local names = {}
  for _, s in ipairs(syms and syms[1] and syms[1].children or {}) do table.insert(names, s.name) end
  check('documentSymbol: one report with its three headings',
    syms ~= nil and #syms == 1 and table.concat(names, '|') == '一、总体情况|二、收到和处理政府信息公开申请情况|三、存在的主要问题及改进情况',
    names)

  -- 2. an edit in Neovim reaches the server as didChange: two lines above the table move the warning down
  local version_before = diags_by_uri[uri] and diags_by_uri[uri].version
  diags_by_uri[uri] = nil
  vim.api.nvim_buf_set_lines(buf, 4, 4, false, { '本年度共收到申请如下。', '' })
  vim.wait(timeout, function() local p = diags_by_uri[uri]; return p ~= nil and #problems(uri) == 1 end, 20)
  ds = problems(uri)
  check('after inserting two lines the warning is re-published on line 8',
    #ds == 1 and ds[1].range.start.line == 8 and (diags_by_uri[uri].version or 0) > (version_before or 0), ds)

  -- hover on the year in the title (line 0, characters 10-15 are 2024年): the server says what the date is
  local hover = request(buf, 'textDocument/hover', { textDocument = { uri = uri }, position = { line = 0, character = 11 } })
  local hover_text = hover and hover.contents and (hover.contents.value or hover.contents) or ''
  out.hover = hover or vim.NIL
  check('hover on the title year: 标题中的年份, the whole 2024年 covered',
    type(hover_text) == 'string' and hover_text:find('标题中的年份', 1, true) ~= nil and hover.range ~= nil
      and hover.range.start.line == 0 and hover.range.start.character == 10 and hover.range['end'].character == 15,
    hover)

  -- 3. seed 001: five reports, 第一篇 … 第五篇
  local buf2, uri2 = open(seed)
  vim.wait(timeout, function() return diags_by_uri[uri2] ~= nil end, 20)
  check('diagnostics published for seed 001', diags_by_uri[uri2] ~= nil)
  local syms2 = request(buf2, 'textDocument/documentSymbol', { textDocument = { uri = uri2 } })
  local tops = {}
  for _, s in ipairs(syms2 or {}) do table.insert(tops, vim.fn.strcharpart(s.name, 0, 3)) end
  out.seedSymbols = tops
  check('documentSymbol: seed 001 has 第一篇 … 第五篇', table.concat(tops, ',') == '第一篇,第二篇,第三篇,第四篇,第五篇', tops)
end

-- any Lua error is a failed check, never a hang
local ok, err = pcall(main)
if not ok then check('script ran to the end', false, tostring(err)); io.stdout:write(tostring(err), '\n') end

out.passed, out.failed = passed, failed
io.stdout:write(vim.fn.json_encode(out), '\n')
io.stdout:write(string.format('%d passed, %d failed\n', passed, failed))
if client_id then vim.lsp.stop_client(client_id) end
vim.wait(3000, function() return client_id == nil or vim.lsp.get_client_by_id(client_id) == nil end, 20)
vim.cmd(failed == 0 and 'qall!' or 'cquit! 1')
