-- gen/probe.lua: asks build/clang-probe about one ABI's kernel headers.
local M = {}

M.tool = os.getenv("DM_CLANG_PROBE") or "build/clang-probe"

local function shq(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

-- clang arguments for ABI `a`; `target` overrides the triple (the drafter's proxy).
function M.args(a, target)
  local t = target or a.clang.target
  local args = { "-target", t, "-nostdlibinc", "-isystem", "gen/shim", "-isystem", a.clang.include,
                 "-Wno-everything", "-ferror-limit=0" }
  for _, d in ipairs(a.clang.undefines or {}) do args[#args + 1] = "-U" .. d end
  for _, d in ipairs(a.clang.defines or {}) do args[#args + 1] = "-D" .. d end
  return args
end

-- req: { lines = {...}, includes = {...}, macros = {prefix...}, values = {{key, expr}}, layouts = {{key, ctype}} }
-- returns { macros = {name=value}, macro_order = {...}, values = {key=value|false}, layouts = {key={size,align,fields}}, errors = {...} }
function M.run(a, req, target)
  local tmp = os.tmpname()
  local f = assert(io.open(tmp, "w"))
  if a.clang.pack then f:write("line #pragma pack(", a.clang.pack, ")\n") end
  for _, l in ipairs(req.lines or {}) do f:write("line ", l, "\n") end
  for _, h in ipairs(req.includes or {}) do f:write("include ", h, "\n") end
  for _, p in ipairs(req.macros or {}) do f:write("macros ", p, "\n") end
  for _, v in ipairs(req.values or {}) do f:write("value ", v[1], " ", v[2], "\n") end
  for _, l in ipairs(req.layouts or {}) do f:write("layout ", l[1], " ", l[2], "\n") end
  f:close()
  local cmd = { shq(M.tool) }
  for _, x in ipairs(M.args(a, target)) do cmd[#cmd + 1] = shq(x) end
  local p = assert(io.popen(table.concat(cmd, " ") .. " < " .. tmp))
  local r = { macros = {}, macro_order = {}, values = {}, layouts = {}, errors = {} }
  for line in p:lines() do
    local kind, rest = line:match("^(%a+) (.*)$")
    if kind == "macro" or kind == "value" then
      local key, v = rest:match("^(%S+) (%S+)$")
      local n = math.tointeger(tonumber(v))
      if v == "undefined" then n = false elseif v == "?" then n = "?" end
      if n == nil then
        -- unsigned 64-bit values beyond 2^63 arrive as decimal text
        n = math.tointeger(tonumber(v) or 0) or v
      end
      if kind == "macro" then r.macros[key] = n; r.macro_order[#r.macro_order + 1] = key
      else r.values[key] = n end
    elseif kind == "layout" then
      local key, size, align = rest:match("^(%S+) (%d+) (%d+)$")
      if key then r.layouts[key] = { size = tonumber(size), align = tonumber(align), fields = {}, order = {} }
      else r.layouts[rest:match("^(%S+)")] = false end
    elseif kind == "field" then
      local key, name, off, size = rest:match("^(%S+) (%S+) (%-?%d+) (%-?%d+)$")
      local l = r.layouts[key]
      l.fields[name] = { offset = tonumber(off), size = tonumber(size) }
      l.order[#l.order + 1] = name
    elseif kind == "error" then
      r.errors[#r.errors + 1] = rest
    end
  end
  local ok, _, code = p:close()
  os.remove(tmp)
  if not ok then error("clang-probe failed for " .. a.name .. " (exit " .. tostring(code) .. ")", 0) end
  return r
end

-- libc types some UAPI macros use (size_t in _IOR(..., size_t)), defined from
-- the kernel's own types because no guest libc is present.
M.prelude = {
  "#include <linux/types.h>",
  "#include <linux/posix_types.h>",
  "typedef __kernel_size_t size_t;",
  "typedef __kernel_pid_t pid_t;",
  "typedef __kernel_loff_t loff_t;",
}

-- Macros that share the __NR_ prefix but are counts or bases, not syscalls.
M.not_syscalls = {
  __NR_syscalls = true, __NR_arch_specific_syscall = true,
  __NR_SYSCALL_BASE = true, __NR_OABI_SYSCALL_BASE = true, __NR_SYSCALL_MASK = true,
  __NR_Linux = true, __NR_Linux_syscalls = true,
  __NR_O32_Linux = true, __NR_O32_Linux_syscalls = true,
  __NR_N32_Linux = true, __NR_N32_Linux_syscalls = true,
  __NR_64_Linux = true, __NR_64_Linux_syscalls = true,
}

-- The kernel's syscall numbers for ABI a: { name = nr }.  Names from a private
-- prefix (arm's __ARM_NR_) get the ABI's chosen name prefix.
function M.kernel_numbers(a, target)
  local pn = a.private_numbers
  local req = { includes = { "asm/unistd.h" }, macros = { "__NR_" } }
  if pn then req.macros[2] = pn.prefix end
  local r = M.run(a, req, target)
  local out, bad = {}, {}
  local skip = {}
  if pn then for _, s in ipairs(pn.skip or {}) do skip[s] = true end end
  for _, name in ipairs(r.macro_order) do
    local v = r.macros[name]
    if not M.not_syscalls[name] and not skip[name] then
      local short
      if name:sub(1, 5) == "__NR_" then short = name:sub(6)
      elseif pn and name:sub(1, #pn.prefix) == pn.prefix then short = pn.as .. name:sub(#pn.prefix + 1) end
      if short then
        if type(v) == "number" then out[short] = v else bad[#bad + 1] = name end
      end
    end
  end
  return out, bad, r.errors
end

return M
