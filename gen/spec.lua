-- gen/spec.lua: loads specs/ into one model table.  The spec language is
-- documented in docs/specs.md; this file defines its constructors and checks
-- each declaration's shape as it is read, so a malformed spec fails with the
-- file and line that wrote it.
local M = {}

local function fail(fmt, ...)
  local info = debug.getinfo(4, "Sl") or debug.getinfo(3, "Sl")
  local where = info and (info.short_src .. ":" .. (info.currentline or 0)) or "?"
  error(where .. ": " .. string.format(fmt, ...), 0)
end
M.fail = fail

-- Unique marker: "this name does not exist on this ABI".
M.NONE = setmetatable({}, { __tostring = function() return "NONE" end })

local function sorted_keys(t)
  local k = {}
  for n in pairs(t) do k[#k + 1] = n end
  table.sort(k)
  return k
end
M.sorted_keys = sorted_keys

local function listdir(dir, suffix)
  local p = io.popen('ls -1 "' .. dir .. '" 2>/dev/null')
  local out = {}
  for f in p:lines() do
    if f:sub(-#suffix) == suffix then out[#out + 1] = f end
  end
  p:close()
  table.sort(out)
  return out
end
M.listdir = listdir

---------------------------------------------------------------------------
-- Syscall argument kinds.  Each constructor returns an arg object whose
-- methods refine it: fd "fd", buf_out "buf" : len "count", int "how" : set "x".
---------------------------------------------------------------------------
local Arg = {}
Arg.__index = Arg
function Arg:set(name) self.set_name = name; return self end
function Arg:len(argname) self.len_arg = argname; return self end
function Arg:len_ret() self.ret_len = true; return self end
function Arg:struct(name) self.type_name = name; return self end
function Arg:array(name, count) self.type_name = name; self.count_arg = count; return self end
function Arg:optional() self.nullable = true; return self end
-- a buffer the kernel fills whole (a size-versioned struct): never cut to its mapped prefix
function Arg:whole() self.whole = true; return self end
function Arg:bytes(n) self.len_const = n; return self end
-- a byte buffer that holds integers: their widths in order, the last repeating
-- (words(8): u64s; words(4, 4, 8): u32, u32, then u64s; a final 0: the rest is bytes) so a big-endian guest's is swapped
function Arg:words(...) self.word_widths = { ... }; return self end

-- kind -> { class = scalar|pointer, what the marshaller does }
M.arg_kinds = {
  -- scalars, passed by value in one register (or a pair: loff/u64 on 32-bit ABIs)
  int = "scalar", uint = "scalar", long = "scalar", ulong = "scalar",
  size = "scalar", ssize = "scalar", off = "scalar", loff = "pair64", u64 = "pair64",
  fd = "scalar", dirfd = "scalar", pid = "scalar", uid = "scalar", gid = "scalar",
  mode = "scalar", sig = "scalar", flags = "scalar", clockid = "scalar",
  ptr = "scalar",            -- raw guest address, not dereferenced by the marshaller
  -- pointers into guest memory
  path = "pointer", str = "pointer", strv = "pointer",
  buf_in = "pointer", buf_out = "pointer",
  input = "pointer", out = "pointer", inout = "pointer",
  sigset_in = "pointer", sigset_out = "pointer",
}

local function make_arg_ctor(kind)
  return function(name)
    if type(name) ~= "string" then fail("%s: argument name expected", kind) end
    return setmetatable({ kind = kind, name = name }, Arg)
  end
end

M.ret_kinds = { int = 1, long = 1, fd = 1, pid = 1, size = 1, ssize = 1, ptr = 1, void = 1,
                noreturn = 1, off = 1, loff = 1, uid = 1, gid = 1, mode = 1, ulong = 1, uint = 1 }

---------------------------------------------------------------------------
-- Type strings: "int", "ulong", "u32", "char[16]", "struct timespec",
-- "union epoll_data".
---------------------------------------------------------------------------
M.prims = {
  char = { size = 1, signed = true, align = "i8" }, schar = { size = 1, signed = true, align = "i8" },
  uchar = { size = 1, align = "i8" },
  short = { size = 2, signed = true, align = "i16" }, ushort = { size = 2, align = "i16" },
  int = { size = 4, signed = true, align = "i32" }, uint = { size = 4, align = "i32" },
  llong = { size = 8, signed = true, align = "i64" }, ullong = { size = 8, align = "i64" },
  long = { size = "long", signed = true, align = "long" }, ulong = { size = "long", align = "long" },
  ptr = { size = "long", align = "long", pointer = true },
  s8 = { size = 1, signed = true, align = "i8" }, u8 = { size = 1, align = "i8" },
  s16 = { size = 2, signed = true, align = "i16" }, u16 = { size = 2, align = "i16" },
  s32 = { size = 4, signed = true, align = "i32" }, u32 = { size = 4, align = "i32" },
  s64 = { size = 8, signed = true, align = "i64" }, u64 = { size = 8, align = "i64" },
  -- __uint128_t (arm64's FP/SIMD registers in a signal frame); layout only, never converted
  u128 = { size = 16, align = "i128" },
}

function M.parse_type(s)
  local base, n = s:match("^(.-)%s*%[(%d+)%]$")
  local count
  if base then count = tonumber(n); s = base end
  local agg, name = s:match("^(%a+)%s+([%w_]+)$")
  if agg == "struct" or agg == "union" then
    return { agg = agg, name = name, count = count }
  end
  if not M.prims[s] then fail("unknown type '%s'", s) end
  return { prim = s, count = count }
end

---------------------------------------------------------------------------
-- Registers: an ABI's `regs` lists the general registers in the arch's own
-- numbering (the order of the arch's register offset table, arch/<isa>/);
-- the syscall convention's nr, args and ret must name declared registers, and
-- so must the registers its error convention and stack arguments use (a3 for
-- a3-flag, cr for cr0-so, sp for `args.stack`).  Resolved into t.sysregs:
-- { nr, ret, err, args = {...}, sp, stack_off, names } (0-based indices).
---------------------------------------------------------------------------
local error_reg = { negative = false, ["a3-flag"] = "a3", ["cr0-so"] = "cr", carry = false }

function M.resolve_regs(t, fail)
  local name = t.name
  if type(t.regs) ~= "table" then fail("abi '%s' lacks 'regs' (its registers, in the arch's numbering)", name) end
  local names, index = {}, {}
  local function add(r)
    if type(r) == "table" then for _, x in ipairs(r) do add(x) end; return end
    if type(r) ~= "string" then fail("abi '%s': regs holds a non-name %s", name, tostring(r)) end
    if index[r] then fail("abi '%s': register '%s' declared twice", name, r) end
    names[#names + 1] = r
    index[r] = #names - 1
  end
  add(t.regs)
  if #names > 254 then fail("abi '%s': too many registers", name) end
  local function reg(r, what)
    local i = index[r]
    if not i then fail("abi '%s': syscall.%s names '%s', which regs does not declare", name, what, tostring(r)) end
    return i
  end
  local sc = t.syscall
  if error_reg[sc.error] == nil then fail("abi '%s': syscall.error must be negative, a3-flag, cr0-so or carry", name) end
  local r = { nr = reg(sc.nr, "nr"), ret = reg(sc.ret, "ret"), args = {}, names = names, stack_off = 0 }
  if #sc.args > 8 then fail("abi '%s': at most 8 argument registers", name) end
  for k, a in ipairs(sc.args) do r.args[k] = reg(a, "args[" .. k .. "]") end
  if error_reg[sc.error] then r.err = reg(error_reg[sc.error], "error (" .. sc.error .. ")") end
  if sc.args.stack then
    r.sp = reg("sp", "args.stack (the stack pointer)")
    r.stack_off = sc.args.stack
  end
  t.sysregs = r
end

---------------------------------------------------------------------------
-- The loader.
---------------------------------------------------------------------------
function M.load(root)
  local model = {
    abis = {}, abi_list = {}, ioc = {},
    constsets = {}, constset_list = {},
    types = {}, type_list = {},
    syscalls = {}, syscall_list = {},
    ioctls = {}, ioctl_list = {},
    files = {},
  }
  local env = setmetatable({}, { __index = _G })
  env.NONE = M.NONE
  local current_file

  function env.abi(name)
    return function(t)
      if model.abis[name] then fail("abi '%s' declared twice", name) end
      t.name = name
      t.cname = name:gsub("[^%w]", "_")
      t.file = current_file
      for _, k in ipairs { "bits", "endian", "clang", "numbers", "syscall", "ioc", "tags", "audit_arch" } do
        if t[k] == nil then fail("abi '%s' lacks '%s'", name, k) end
      end
      if t.endian ~= "little" and t.endian ~= "big" then fail("abi '%s': endian must be little or big", name) end
      if type(t.audit_arch.name) ~= "string" or math.type(t.audit_arch.value) ~= "integer" then
        fail("abi '%s': audit_arch must be { name = \"AUDIT_ARCH_...\", value = N }", name)
      end
      t.tagset = { [name] = true }
      for _, tag in ipairs(t.tags) do t.tagset[tag] = true end
      M.resolve_regs(t, fail)
      model.abis[name] = t
      table.insert(model.abi_list, t)
    end
  end

  -- regs = { numbered("x", 0, 30), "sp" }: x0 .. x30, then sp
  function env.numbered(prefix, first, last)
    local l = {}
    for n = first, last do l[#l + 1] = prefix .. n end
    return l
  end

  function env.ioc_encoding(name)
    return function(t)
      t.name = name
      model.ioc[name] = t
    end
  end

  function env.constset(name)
    return function(t)
      if model.constsets[name] then fail("constset '%s' declared twice", name) end
      t.name = name
      t.file = current_file
      if t.kind ~= "enum" and t.kind ~= "flags" then fail("constset '%s': kind must be enum or flags", name) end
      if type(t.values) ~= "table" then fail("constset '%s' lacks values", name) end
      t.overrides = t.overrides or {}
      t.fields = t.fields or {}
      t.headers = t.headers or {}
      for tag, o in pairs(t.overrides) do
        for n in pairs(o) do
          if t.values[n] == nil then fail("constset '%s': override %s.%s names no common value", name, tag, n) end
        end
      end
      -- newer = { names..., note = "..." }: values newer than the checker's
      -- headers, used but not compared (the report lists them)
      t.newer_set = {}
      if t.newer then
        if not t.newer.note then fail("constset '%s': newer needs a note saying where the values come from", name) end
        for _, n in ipairs(t.newer) do
          if t.values[n] == nil then fail("constset '%s': newer names %s, not a value", name, n) end
          t.newer_set[n] = true
        end
      end
      model.constsets[name] = t
      table.insert(model.constset_list, t)
    end
  end

  local function def_type(agg)
    return function(name)
      return function(t)
        if model.types[name] then fail("type '%s' declared twice", name) end
        local ty = { name = name, agg = agg, file = current_file, headers = t.headers or {},
                     ctype = t.ctype or (agg .. " " .. name), host = t.host or name,
                     variants = {}, only = t.only, check = t.check ~= false, note = t.note,
                     cdefs = t.cdefs, convert_as = t.convert_as,
                     overlay = {} }
        for _, n in ipairs(t.overlay or {}) do
          if type(n) ~= "string" then fail("type '%s': overlay lists header field names", name) end
          ty.overlay[n] = true
        end
        local function add_variant(v, when)
          local fields = {}
          for i, f in ipairs(v) do
            if type(f) ~= "table" or type(f[1]) ~= "string" or type(f[2]) ~= "string" then
              fail("type '%s': field %d must be {name, type}", name, i)
            end
            fields[#fields + 1] = { name = f[1], type = M.parse_type(f[2]), tstr = f[2],
                                    pad = f.pad or f.unnamed, unnamed = f.unnamed, from = f.from,
                                    signed = f.signed, set = f.set, addr = f.addr, align = f.align }
            if f.align and (type(f.align) ~= "number" or f.align & (f.align - 1) ~= 0) then
              fail("type '%s': field %s: align must be a power of two", name, f[1])
            end
            if f.addr and not (M.parse_type(f[2]).prim) then fail("type '%s': field %s: addr = true needs an integer type", name, f[1]) end
          end
          ty.variants[#ty.variants + 1] = { when = when, fields = fields, packed = v.packed,
                                            align = v.align, size = v.size }
        end
        if t.variants then
          for _, v in ipairs(t.variants) do
            if type(v.when) ~= "table" then fail("type '%s': each variant needs when = {tags}", name) end
            add_variant(v, v.when)
          end
        else
          add_variant(t, nil)
        end
        model.types[name] = ty
        table.insert(model.type_list, ty)
      end
    end
  end
  env.struct = def_type("struct")
  env.union = def_type("union")

  for kind in pairs(M.arg_kinds) do env[kind] = make_arg_ctor(kind) end

  function env.syscall(name)
    return function(t)
      if model.syscalls[name] then fail("syscall '%s' declared twice", name) end
      local sc = { name = name, file = current_file, args = {}, ret = t.ret or "long",
                   custom = t.custom, note = t.note, only = t.only, fixed_errno = t.fixed_errno }
      if sc.fixed_errno and (type(sc.fixed_errno) ~= "string" or not sc.custom) then
        fail("syscall '%s': fixed_errno names an errno (\"ENOSYS\") and needs custom = \"why\"", name)
      end
      if not M.ret_kinds[sc.ret] then fail("syscall '%s': unknown ret kind '%s'", name, tostring(sc.ret)) end
      for i, a in ipairs(t) do
        if getmetatable(a) ~= Arg then fail("syscall '%s': argument %d is not an arg constructor", name, i) end
        sc.args[i] = a
      end
      local byname = {}
      for _, a in ipairs(sc.args) do byname[a.name] = a end
      for _, a in ipairs(sc.args) do
        for _, ref in ipairs { a.len_arg, a.count_arg } do
          if ref and not byname[ref] then fail("syscall '%s': '%s' refers to unknown argument '%s'", name, a.name, ref) end
        end
      end
      model.syscalls[name] = sc
      table.insert(model.syscall_list, sc)
    end
  end

  -- ioctl request codes
  local function ioc(dir) return function(typ, nr, argtype) return { dir = dir, type = typ, nr = nr, argtype = argtype } end end
  env.io = function(typ, nr) return { dir = "none", type = typ, nr = nr } end
  env.ior, env.iow, env.iowr = ioc("read"), ioc("write"), ioc("readwrite")
  env.raw = function(n) return { raw = n } end
  function env.ioctl(name)
    return function(t)
      if model.ioctls[name] then fail("ioctl '%s' declared twice", name) end
      if not t.code then fail("ioctl '%s' lacks code", name) end
      local codes = t.code
      if codes.raw or codes.dir then codes = { default = codes } end
      local arg = t.arg
      if arg ~= nil and getmetatable(arg) ~= Arg then fail("ioctl '%s': arg must be an arg constructor", name) end
      local io = { name = name, file = current_file, codes = codes, arg = arg, headers = t.headers or {},
                   custom = t.custom, only = t.only, note = t.note, check = t.check ~= false }
      if not io.check and not io.note then fail("ioctl '%s': check = false needs a note saying why", name) end
      model.ioctls[name] = io
      table.insert(model.ioctl_list, io)
    end
  end

  local function run(path)
    current_file = path:sub(#root + 2)
    model.files[#model.files + 1] = current_file
    local chunk, err = loadfile(path, "t", env)
    if not chunk then error(err, 0) end
    chunk()
  end

  run(root .. "/abi/ioc.lua")
  for _, f in ipairs(listdir(root .. "/abi", ".lua")) do
    if f ~= "ioc.lua" then run(root .. "/abi/" .. f) end
  end
  for _, dir in ipairs { "consts", "types", "syscalls", "ioctls" } do
    for _, f in ipairs(listdir(root .. "/" .. dir, ".lua")) do run(root .. "/" .. dir .. "/" .. f) end
  end

  -- Numbers: one "NR NAME" line per syscall, the kernel's numbering.
  local newer = M.load_newer(root .. "/numbers/newer.tbl")
  for _, a in ipairs(model.abi_list) do
    if not model.ioc[a.ioc] then error(a.file .. ": unknown ioc encoding '" .. a.ioc .. "'", 0) end
    a.numbers_list, a.by_name = {}, {}
    local path = root .. "/numbers/" .. a.numbers
    local f = io.open(path)
    if not f then error(a.file .. ": cannot open " .. path, 0) end
    local ln = 0
    for line in f:lines() do
      ln = ln + 1
      line = line:gsub("#.*", "")
      if line:match("%S") then
        local nr, name = line:match("^%s*(%d+)%s+([%w_]+)%s*$")
        if not nr then error(string.format("%s:%d: expected 'NR NAME'", path, ln), 0) end
        if a.by_name[name] then error(string.format("%s:%d: %s listed twice", path, ln, name), 0) end
        local e = { nr = tonumber(nr), name = name, seq = #a.numbers_list + 1 }
        a.by_name[name] = e
        a.numbers_list[#a.numbers_list + 1] = e
      end
    end
    f:close()
    -- Numbers newer than the checker's headers (specs/numbers/newer.tbl):
    -- added with the table's offset, marked unproven (e.unchecked = source).
    for _, n in ipairs(newer.list) do
      local off = newer.offset[a.numbers]
      local skip = newer.skip[a.numbers] and newer.skip[a.numbers][n.name]
      if off and not skip and not a.by_name[n.name] then
        local e = { nr = n.nr + off, name = n.name, unchecked = n.source, seq = #a.numbers_list + 1 }
        a.by_name[n.name] = e
        a.numbers_list[#a.numbers_list + 1] = e
      end
    end
    -- stable: of two names sharing a number (aliases), the file's first stays first
    table.sort(a.numbers_list, function(x, y) if x.nr ~= y.nr then return x.nr < y.nr end return x.seq < y.seq end)
  end
  table.sort(model.abi_list, function(x, y) return x.name < y.name end)
  model.host = model.abis[M.host_abi]
  return model
end

M.host_abi = "x86_64"

-- specs/numbers/newer.tbl: syscalls numbered after the kernel headers the
-- checker reads.  Lines: "@offset TABLE N" (the table's number for a generic
-- number NR is NR + N; a table without an offset gets none of them),
-- "@skip TABLE NAME" (the table lacks NAME), "@source TEXT" (where the
-- following numbers come from), "NR NAME".
function M.load_newer(path)
  local r = { list = {}, offset = {}, skip = {} }
  local f = io.open(path)
  if not f then return r end
  local ln, source = 0, nil
  for line in f:lines() do
    ln = ln + 1
    local src = line:match("^@source%s+(.-)%s*$")
    line = line:gsub("#.*", "")
    if src then source = src
    elseif line:match("%S") then
      local t, off = line:match("^@offset%s+(%S+)%s+(%S+)%s*$")
      local st, sn = line:match("^@skip%s+(%S+)%s+([%w_]+)%s*$")
      local nr, name = line:match("^%s*(%d+)%s+([%w_]+)%s*$")
      if t then r.offset[t] = math.tointeger(tonumber(off)) or error(string.format("%s:%d: bad offset", path, ln), 0)
      elseif st then r.skip[st] = r.skip[st] or {}; r.skip[st][sn] = true
      elseif nr then
        if not source then error(string.format("%s:%d: a number before any @source", path, ln), 0) end
        r.list[#r.list + 1] = { nr = tonumber(nr), name = name, source = source }
      else error(string.format("%s:%d: expected '@offset TABLE N', '@skip TABLE NAME', '@source TEXT' or 'NR NAME'", path, ln), 0) end
    end
  end
  f:close()
  return r
end

---------------------------------------------------------------------------
-- Per-ABI selection: overrides and variants are keyed by ABI name or tag.
---------------------------------------------------------------------------
local function matches(abi, when)
  for _, tag in ipairs(when) do
    if abi.tagset[tag] then return true end
  end
  return false
end
M.matches = matches

-- Value of constant `name` in set `cs` for `abi`: number, or M.NONE.
function M.const_value(cs, name, abi)
  local found, from
  for _, tag in ipairs(sorted_keys(cs.overrides)) do
    local v = cs.overrides[tag][name]
    if v ~= nil and abi.tagset[tag] then
      if found ~= nil and found ~= v then
        error(string.format("%s: %s.%s: overrides '%s' and '%s' both match ABI %s", cs.file, cs.name, name, from, tag, abi.name), 0)
      end
      found, from = v, tag
    end
  end
  if found == nil then found = cs.values[name] end
  return found
end

-- The variant of type `ty` that applies to `abi`, or nil when the type does not exist there.
function M.variant(ty, abi)
  if ty.only and not matches(abi, ty.only) then return nil end
  local hit
  for _, v in ipairs(ty.variants) do
    if v.when == nil or matches(abi, v.when) then
      if hit and hit.when and v.when then
        error(string.format("%s: type %s: two variants match ABI %s", ty.file, ty.name, abi.name), 0)
      end
      if not hit or (hit.when == nil and v.when) then hit = v end
    end
  end
  return hit
end

return M
