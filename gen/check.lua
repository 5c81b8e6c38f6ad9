-- gen/check.lua: proves the specs against each ABI's kernel UAPI headers.
--
--   lua5.4 gen/check.lua [--specs DIR] [--report FILE] [--abi NAME]...
--
-- For every ABI with a clang target it parses the headers once (through
-- build/clang-probe) and compares: the data model, every syscall number (both
-- ways: the table must be complete), every constant of every set, every
-- ioctl number computed from the ABI's _IOC encoding, and every spec'd
-- struct's size, alignment and fields.  Prints a table per ABI and ends with
--   abi-check: N ABIs, M items checked, K mismatches
-- Exits 1 on any mismatch.
package.path = "gen/?.lua;" .. package.path
local spec = require "spec"
local probe = require "probe"
local layout = require "layout"
local ioctl = require "ioctl"

local specs_dir, report_file, only = "specs", nil, {}
local i = 1
while i <= #arg do
  if arg[i] == "--specs" then specs_dir = arg[i + 1]; i = i + 2
  elseif arg[i] == "--report" then report_file = arg[i + 1]; i = i + 2
  elseif arg[i] == "--abi" then only[arg[i + 1]] = true; i = i + 2
  else io.stderr:write("check.lua: unknown argument ", arg[i], "\n"); os.exit(2) end
end

local model = spec.load(specs_dir)

local function fmtv(v)
  if v == spec.NONE or v == false then return "undefined" end
  if type(v) == "number" then return string.format("%d", v) end
  return tostring(v)
end

local function same(specv, hv)
  if specv == spec.NONE then return hv == false end
  return hv == specv
end

-- Headers needed by everything the specs mention.
local function all_headers()
  local seen, list = {}, {}
  local function add(h) if not seen[h] then seen[h] = true; list[#list + 1] = h end end
  add("asm/unistd.h")
  add("linux/audit.h")   -- specs/abi audit_arch
  for _, cs in ipairs(model.constset_list) do for _, h in ipairs(cs.headers) do add(h) end end
  for _, ty in ipairs(model.type_list) do for _, h in ipairs(ty.headers) do add(h) end end
  for _, io in ipairs(model.ioctl_list) do for _, h in ipairs(io.headers) do add(h) end end
  return list
end

local headers = all_headers()
local rows, mismatches, total_items, total_mis, checked_abis = {}, {}, 0, 0, 0
local unsigned_by_abi = {}

for _, a in ipairs(model.abi_list) do
  if next(only) and not only[a.name] then goto continue end
  local row = { abi = a.name }
  rows[#rows + 1] = row
  if not a.clang.target then
    row.skipped = "not checked: no clang target"
    goto continue
  end
  checked_abis = checked_abis + 1
  do
    local mis = {}
    local function bad(fmt, ...) mis[#mis + 1] = string.format(fmt, ...) end
    local items = 0
    local req = { lines = probe.prelude, includes = headers, macros = { "__NR_" }, values = {}, layouts = {} }
    if a.private_numbers then req.macros[2] = a.private_numbers.prefix end
    local V = req.values
    V[#V + 1] = { "m.long", "sizeof(long)" }
    V[#V + 1] = { "m.ptr", "sizeof(void *)" }
    V[#V + 1] = { "m.be", "__BYTE_ORDER__ == __ORDER_BIG_ENDIAN__" }
    V[#V + 1] = { "m.i64align", "__builtin_offsetof(struct { char c; long long x; }, x)" }
    V[#V + 1] = { "m.i32align", "__builtin_offsetof(struct { char c; int x; }, x)" }
    V[#V + 1] = { "m.audit_arch", a.audit_arch.name }
    for _, cs in ipairs(model.constset_list) do
      if cs.check ~= false then
        for _, n in ipairs(spec.sorted_keys(cs.values)) do
          if not cs.newer_set[n] then V[#V + 1] = { "c." .. cs.name .. "." .. n, n } end
        end
      end
    end
    for _, io in ipairs(model.ioctl_list) do
      if io.check and (not io.only or spec.matches(a, io.only)) then V[#V + 1] = { "i." .. io.name, io.name } end
    end
    local present = {}
    for _, ty in ipairs(model.type_list) do
      if ty.check and spec.variant(ty, a) then
        present[#present + 1] = ty
        req.layouts[#req.layouts + 1] = { "t." .. ty.name, ty.ctype }
      end
    end

    local r = probe.run(a, req)
    for _, e in ipairs(r.errors) do bad("header error: %s", e) end

    -- data model
    local function model_item(key, want, what)
      items = items + 1
      if r.values[key] ~= want then bad("data model: %s: spec %s, header %s", what, fmtv(want), fmtv(r.values[key])) end
    end
    model_item("m.long", a.bits // 8, "sizeof(long)")
    model_item("m.ptr", a.bits // 8, "sizeof(void *)")
    model_item("m.be", a.endian == "big" and 1 or 0, "big endian")
    model_item("m.i64align", select(2, layout.prim(a, "llong")), "alignment of 8-byte integers")
    model_item("m.i32align", select(2, layout.prim(a, "int")), "alignment of int")
    model_item("m.audit_arch", a.audit_arch.value, a.audit_arch.name)

    -- syscall numbers, both directions
    local kernel = {}
    local pn = a.private_numbers
    local skip = {}
    if pn then for _, s in ipairs(pn.skip or {}) do skip[s] = true end end
    for _, name in ipairs(r.macro_order) do
      if not probe.not_syscalls[name] and not skip[name] then
        local short
        if name:sub(1, 5) == "__NR_" then short = name:sub(6)
        elseif pn and name:sub(1, #pn.prefix) == pn.prefix then short = pn.as .. name:sub(#pn.prefix + 1) end
        if short then kernel[short] = r.macros[name] end
      end
    end
    local missing, nosig, unproven = {}, {}, {}
    row.unproven = unproven
    for _, e in ipairs(a.numbers_list) do
      if e.unchecked then
        -- newer than the headers: reported as unproven, never counted as checked
        if kernel[e.name] ~= nil and kernel[e.name] ~= e.nr then
          bad("syscall %s: newer.tbl nr %d, kernel headers %s", e.name, e.nr, fmtv(kernel[e.name]))
        end
        unproven[#unproven + 1] = e.name .. " " .. e.nr
        goto next_number
      end
      items = items + 1
      local k = kernel[e.name]
      if k == nil then bad("syscall %s: spec nr %d, kernel has no such syscall", e.name, e.nr)
      elseif k ~= e.nr then bad("syscall %s: spec nr %d, kernel %s", e.name, e.nr, fmtv(k)) end
      ::next_number::
    end
    for _, name in ipairs(spec.sorted_keys(kernel)) do
      if not a.by_name[name] then
        missing[#missing + 1] = name
        bad("syscall %s (nr %s) is in the kernel's table but not in specs/numbers/%s", name, fmtv(kernel[name]), a.numbers)
      end
    end
    for _, e in ipairs(a.numbers_list) do
      if not model.syscalls[e.name] then nosig[#nosig + 1] = e.name end
    end
    row.numbers = #a.numbers_list - #unproven
    row.missing = #missing
    row.nosig = nosig

    -- constants
    local nconst, nunchecked = 0, 0
    for _, cs in ipairs(model.constset_list) do
      if cs.check == false then nunchecked = nunchecked + #spec.sorted_keys(cs.values) end
      for _, n in ipairs(cs.check ~= false and spec.sorted_keys(cs.values) or {}) do
        if cs.newer_set[n] then nunchecked = nunchecked + 1; goto next_const end
        local want = spec.const_value(cs, n, a)
        local got = r.values["c." .. cs.name .. "." .. n]
        items = items + 1; nconst = nconst + 1
        if not same(want, got) then bad("const %s.%s: spec %s, header %s", cs.name, n, fmtv(want), fmtv(got)) end
        ::next_const::
      end
    end
    row.consts = nconst
    row.unchecked = nunchecked

    -- ioctls
    local nio = 0
    for _, io in ipairs(model.ioctl_list) do
      if io.check and (not io.only or spec.matches(a, io.only)) then
        local ok, want = pcall(ioctl.code, model, io, a)
        local got = r.values["i." .. io.name]
        items = items + 1; nio = nio + 1
        if not ok then bad("ioctl %s: %s", io.name, want)
        elseif not same(want, got) then
          bad("ioctl %s: spec 0x%x, header %s", io.name, want == spec.NONE and 0 or want,
              type(got) == "number" and string.format("0x%x", got) or fmtv(got))
        end
      end
    end
    row.ioctls = nio

    -- types
    local nfields = 0
    for _, ty in ipairs(present) do
      local ok, l = pcall(layout.layout, model, ty.name, a)
      local h = r.layouts["t." .. ty.name]
      items = items + 2
      if not ok then bad("type %s: %s", ty.name, l)
      elseif not h then bad("type %s: header has no complete type '%s'", ty.name, ty.ctype)
      else
        if l.size ~= h.size then bad("type %s: size: spec %d, header %d", ty.name, l.size, h.size) end
        if l.align ~= h.align then bad("type %s: alignment: spec %d, header %d", ty.name, l.align, h.align) end
        for _, f in ipairs(l.fields) do
          if f.f.unnamed then goto next_field end   -- an `int :32` has no name to measure
          items = items + 1; nfields = nfields + 1
          local hf = h.fields[f.name]
          if hf and hf.size < 0 then hf.size = 0 end -- clang sizes a flexible array member as -2
          if not hf then bad("type %s: field %s: not in the header's %s", ty.name, f.name, ty.ctype)
          elseif hf.offset ~= f.offset or hf.size ~= f.size then
            bad("type %s: field %s: spec offset %d size %d, header offset %d size %d",
                ty.name, f.name, f.offset, f.size, hf.offset, hf.size)
          end
          ::next_field::
        end
        for _, hn in ipairs(h.order) do
          if not l.byname[hn] and not ty.overlay[hn] then items = items + 1; bad("type %s: header field %s is missing from the spec", ty.name, hn) end
        end
      end
    end
    row.types = #present
    row.fields = nfields

    row.items = items
    row.mis = #mis
    total_items = total_items + items
    total_mis = total_mis + #mis
    for _, m in ipairs(mis) do mismatches[#mismatches + 1] = a.name .. ": " .. m end
  end
  ::continue::
end

-- Report
local out = {}
local function emit(s) out[#out + 1] = s end
emit(string.format("%-12s %8s %7s %7s %6s %7s %7s %6s %8s %6s", "ABI", "numbers", "missing", "consts",
  "types", "fields", "ioctls", "items", "mismatch", "no-sig"))
for _, row in ipairs(rows) do
  if row.skipped then
    emit(string.format("%-12s %s", row.abi, row.skipped))
  else
    emit(string.format("%-12s %8d %7d %7d %6d %7d %7d %6d %8d %6d", row.abi, row.numbers, row.missing, row.consts,
      row.types, row.fields, row.ioctls, row.items, row.mis, #row.nosig))
  end
end
local mlimit = tonumber(os.getenv("DM_CHECK_SHOW") or "200")
for k, m in ipairs(mismatches) do
  if k > mlimit then emit(string.format("... and %d more mismatches", #mismatches - mlimit)); break end
  emit("MISMATCH " .. m)
end
local summary = string.format("abi-check: %d ABIs, %d items checked, %d mismatches", checked_abis, total_items, total_mis)
for _, l in ipairs(out) do print(l) end
print(summary)

if report_file then
  local f = assert(io.open(report_file, "w"))
  f:write("# ABI check report\n\n",
    "Generated by `ninja check-abi` (gen/check.lua): every spec value compared with the kernel UAPI\n",
    "headers of Debian's linux-libc-dev-<arch>-cross packages, parsed by libclang at each ABI's target.\n",
    "Columns: `numbers` syscall numbers in the spec table (all checked); `missing` kernel numbers the\n",
    "table lacks (must be 0); `consts` constants checked; `types` structs/unions checked (size, alignment)\n",
    "and `fields` their fields (offset, size); `ioctls` ioctl numbers computed from the ABI's _IOC\n",
    "encoding; `no-sig` syscalls with a number but no signature yet (the to-do list below).\n\n```\n")
  for _, l in ipairs(out) do f:write(l, "\n") end
  f:write(summary, "\n```\n\n")
  local unchecked = {}
  for _, cs in ipairs(model.constset_list) do
    if cs.check == false then unchecked[#unchecked + 1] = cs.name
    elseif cs.newer then
      unchecked[#unchecked + 1] = cs.name .. " (" .. table.concat(cs.newer, ", ") .. ": " .. cs.newer.note .. ")"
    end
  end
  for _, ty in ipairs(model.type_list) do if not ty.check then unchecked[#unchecked + 1] = "type " .. ty.name end end
  for _, io in ipairs(model.ioctl_list) do if not io.check then unchecked[#unchecked + 1] = "ioctl " .. io.name end end
  if #unchecked > 0 then
    f:write("Not machine-checked (absent from the UAPI headers; see each spec's note): ",
      table.concat(unchecked, ", "), ".\n\n")
  end
  f:write("## Syscall numbers newer than the headers (not machine-checked)\n\n",
    "From `specs/numbers/newer.tbl` (each block names its source); the headers stop at Linux 6.1,\n",
    "so these numbers are not proven and are not counted in `numbers` above.\n\n")
  for _, row in ipairs(rows) do
    if row.unproven and #row.unproven > 0 then
      f:write("- **", row.abi, "** (", #row.unproven, "): ", table.concat(row.unproven, ", "), "\n")
    end
  end
  f:write("\n## Syscalls with a number but no signature yet\n\n")
  for _, row in ipairs(rows) do
    if row.nosig then
      f:write("- **", row.abi, "** (", #row.nosig, "): ", table.concat(row.nosig, ", "), "\n")
    end
  end
  f:close()
end
os.exit(total_mis == 0 and 0 or 1)
