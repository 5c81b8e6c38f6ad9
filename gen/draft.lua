-- gen/draft.lua: drafts spec data from an ABI's kernel headers, so that a new
-- architecture starts from the kernel's own numbers.  The checker
-- (gen/check.lua) stays the independent proof: drafts are reviewed, committed
-- and then checked like hand-written specs.
--
--   lua5.4 gen/draft.lua [--out DIR] numbers ABI...   write specs/numbers/<table>.tbl
--   lua5.4 gen/draft.lua consts SET NAME...  print a constset body for every ABI
package.path = "gen/?.lua;" .. package.path
local spec = require "spec"
local probe = require "probe"

local out_dir = "specs/numbers"
if arg[1] == "--out" then out_dir = arg[2]; table.remove(arg, 1); table.remove(arg, 1) end
local model = spec.load("specs")
local cmd = arg[1]

local function target_of(a)
  return a.clang.target or a.clang.draft_target
end

if cmd == "numbers" then
  for i = 2, #arg do
    local a = model.abis[arg[i]] or error("unknown ABI " .. arg[i])
    local nums, bad, errs = probe.kernel_numbers(a, target_of(a))
    for _, e in ipairs(errs) do io.stderr:write("header error: ", e, "\n") end
    local list = {}
    for name, nr in pairs(nums) do list[#list + 1] = { nr = nr, name = name } end
    table.sort(list, function(x, y) return x.nr < y.nr or (x.nr == y.nr and x.name < y.name) end)
    local path = out_dir .. "/" .. a.numbers
    local f = assert(io.open(path, "w"))
    f:write("# Syscall numbers of ABI ", a.name, " (NR NAME), drafted by gen/draft.lua from\n")
    f:write("# ", a.clang.include, "/asm/unistd.h", a.clang.target and "" or (" (parsed as " .. a.clang.draft_target .. ")"), ".\n")
    f:write("# Checked against the same headers by `ninja check-abi`.\n")
    for _, e in ipairs(list) do f:write(e.nr, "\t", e.name, "\n") end
    f:close()
    print(string.format("%s: %d numbers -> %s%s", a.name, #list, path, #bad > 0 and (" (skipped non-integer: " .. table.concat(bad, " ") .. ")") or ""))
  end
elseif cmd == "consts" then
  -- Print values of NAMEs per ABI grouped as common value + overrides by ABI name.
  local set = arg[2]
  local names = {}
  for i = 3, #arg do names[#names + 1] = arg[i] end
  local per = {}
  for _, a in ipairs(model.abi_list) do
    local req = { includes = {}, values = {} }
    local cs = model.constsets[set]
    for _, h in ipairs(cs and cs.headers or {}) do req.includes[#req.includes + 1] = h end
    for _, n in ipairs(names) do req.values[#req.values + 1] = { n, n } end
    local r = probe.run(a, req, target_of(a))
    per[a.name] = r.values
  end
  for _, n in ipairs(names) do
    local count = {}
    for _, a in ipairs(model.abi_list) do
      local v = per[a.name][n]
      local k = tostring(v)
      count[k] = (count[k] or 0) + 1
    end
    local best, bestc = nil, -1
    for k, c in pairs(count) do if c > bestc or (c == bestc and k < best) then best, bestc = k, c end end
    local line = { string.format("%s = %s", n, best == "false" and "NONE" or best) }
    for _, a in ipairs(model.abi_list) do
      local v = tostring(per[a.name][n])
      if v ~= best then line[#line + 1] = string.format("%s=%s", a.name, v == "false" and "NONE" or v) end
    end
    print(table.concat(line, "  "))
  end
else
  io.stderr:write("usage: lua5.4 gen/draft.lua numbers ABI... | consts SET NAME...\n")
  os.exit(2)
end
