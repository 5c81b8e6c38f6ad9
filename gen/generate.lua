-- gen/generate.lua: specs/ -> generated/.
--
--   lua5.4 gen/generate.lua [--specs DIR] [--out DIR]
--
-- Emits generated/shared/{consts,types,syscalls}.{c,h} (each distinct constant set,
-- struct table and signature once), per ABI generated/<abi>/{types,consts,syscalls,
-- ioctls,abi}.c (and defs.h where a cdefs = true type or set exists) and, for all,
-- generated/ids.h (type and set indices), generated/host_types.h
-- (host struct declarations, from the x86_64 specs) and generated/abis.c.
-- Output is deterministic: everything is emitted in sorted order, so
-- regenerating unchanged specs reproduces generated/ byte for byte.
package.path = "gen/?.lua;" .. package.path
local spec = require "spec"
local layout = require "layout"
local ioctl = require "ioctl"

local specs_dir, out_dir = "specs", "generated"
local i = 1
while i <= #arg do
  if arg[i] == "--specs" then specs_dir = arg[i + 1]; i = i + 2
  elseif arg[i] == "--out" then out_dir = arg[i + 1]; i = i + 2
  else io.stderr:write("generate.lua: unknown argument ", arg[i], "\n"); os.exit(2) end
end

local model = spec.load(specs_dir)
local host = model.abis[spec.host_abi]
local fmt = string.format

local function banner(what)
  return fmt("/* generated from specs/%s by gen/generate.lua; do not edit */\n", what)
end

local function write(path, text)
  os.execute(fmt("mkdir -p '%s'", path:match("^(.*)/[^/]*$")))
  local f = assert(io.open(path, "w"))
  f:write(text)
  f:close()
end

local function cstr(s) return '"' .. s:gsub('[\\"]', "\\%0") .. '"' end
local function hex(v) return fmt("0x%xu", v) end

-- Sorted lists of every type and set; their index is their id.
local type_names, set_names = {}, {}
for _, t in ipairs(model.type_list) do type_names[#type_names + 1] = t.name end
table.sort(type_names)
for _, s in ipairs(model.constset_list) do set_names[#set_names + 1] = s.name end
table.sort(set_names)

local function cid(s) return (s:gsub("[^%w]", "_")) end

-- set_sym[abi cname][set name]: the C name of the ABI's set (filled below, before the ABIs are written)
local set_sym = {}

---------------------------------------------------------------------------
-- ids.h
---------------------------------------------------------------------------
do
  local o = { banner("types and specs/consts (their names)"), "#ifndef DM_GENERATED_IDS_H\n#define DM_GENERATED_IDS_H\n\n",
              "enum dm_type_id {\n" }
  for _, n in ipairs(type_names) do o[#o + 1] = fmt("\tDM_T_%s,\n", cid(n)) end
  o[#o + 1] = "\tDM_NTYPES\n};\n\nenum dm_set_id {\n"
  for _, n in ipairs(set_names) do o[#o + 1] = fmt("\tDM_SET_%s,\n", cid(n)) end
  o[#o + 1] = "\tDM_NSETS\n};\n\n#endif\n"
  write(out_dir .. "/ids.h", table.concat(o))
end

---------------------------------------------------------------------------
-- Host struct declarations: the x86_64 variants.
---------------------------------------------------------------------------
local host_ctype = {
  [1] = { [true] = "int8_t", [false] = "uint8_t" }, [2] = { [true] = "int16_t", [false] = "uint16_t" },
  [4] = { [true] = "int32_t", [false] = "uint32_t" }, [8] = { [true] = "int64_t", [false] = "uint64_t" },
}

-- Host layout of spec type `name` (its `host` mapping applied), or nil.
local function host_layout(name)
  local ty = model.types[name]
  return layout.layout(model, ty.host, host)
end

do
  local o = { banner("types (x86_64 variants)"),
              "/* Host-side structs: the x86_64 kernel layouts, converted to and from each guest's. */\n",
              "#ifndef DM_GENERATED_HOST_TYPES_H\n#define DM_GENERATED_HOST_TYPES_H\n\n#include <stdint.h>\n\n" }
  local done = {}
  local function emit(name)
    if done[name] then return end
    done[name] = true
    local l = layout.layout(model, name, host)
    if not l then return end
    for _, f in ipairs(l.fields) do
      if f.f.type.agg then emit(f.f.type.name) end
    end
    local ty = model.types[name]
    o[#o + 1] = fmt("%s dmh_%s {\n", ty.agg, cid(name))
    for _, f in ipairs(l.fields) do
      local t = f.f.type
      local decl
      if t.agg then decl = fmt("%s dmh_%s", t.agg, cid(t.name))
      else
        local size, _, signed = layout.prim(host, t.prim)
        decl = host_ctype[size][signed]
      end
      o[#o + 1] = fmt("\t%s %s%s;\n", decl, f.name, t.count and fmt("[%d]", t.count) or "")
    end
    if l.variant.size then
      -- an explicit size (a union member overlaying the fields pads it): fill to it
      local e = 0
      for _, f in ipairs(l.fields) do if f.offset + f.size > e then e = f.offset + f.size end end
      if l.size > e then o[#o + 1] = fmt("\tuint8_t dm_tail_%d[%d];\n", e, l.size - e) end
    end
    local attrs = {}
    if l.variant.packed then attrs[#attrs + 1] = "packed" end
    if l.variant.align then attrs[#attrs + 1] = fmt("aligned(%d)", l.align) end
    o[#o + 1] = fmt("}%s;\n", #attrs > 0 and (" __attribute__((" .. table.concat(attrs, ", ") .. "))") or "")
    o[#o + 1] = fmt("_Static_assert(sizeof(%s dmh_%s) == %d, \"layout of %s\");\n", ty.agg, cid(name), l.size, name)
    for _, f in ipairs(l.fields) do
      o[#o + 1] = fmt("_Static_assert(__builtin_offsetof(%s dmh_%s, %s) == %d, \"%s.%s\");\n", ty.agg, cid(name), f.name, f.offset, name, f.name)
    end
    o[#o + 1] = "\n"
  end
  for _, n in ipairs(type_names) do emit(n) end
  o[#o + 1] = "#endif\n"
  write(out_dir .. "/host_types.h", table.concat(o))
end

---------------------------------------------------------------------------
-- Per-ABI output
---------------------------------------------------------------------------
local ldst = { [1] = "8", [2] = "16", [4] = "32", [8] = "64" }

-- Is guest layout gl byte-identical to host layout hl?
local function identical(a, gl, hl)
  if not hl or a.endian ~= "little" or gl.size ~= hl.size then return false end
  if #gl.fields ~= #hl.fields then return false end
  for k, f in ipairs(gl.fields) do
    local h = hl.fields[k]
    if f.name ~= h.name or f.offset ~= h.offset or f.size ~= h.size or (f.f.pad and true) ~= (h.f.pad and true) then return false end
    if f.f.type.agg then
      local sub = layout.layout(model, f.f.type.name, a)
      local subh = layout.layout(model, f.f.type.name, host)
      if not identical(a, sub, subh) then return false end
    elseif f.f.type.prim ~= h.f.type.prim then
      local _, _, s1 = layout.prim(a, f.f.type.prim)
      local _, _, s2 = layout.prim(host, h.f.type.prim)
      if s1 ~= s2 then return false end
    end
  end
  return true
end

-- Struct tables are shared like constant sets: each distinct type (field table
-- and converters, nested types and sets resolved to their shared names) is
-- emitted once, in generated/shared/types.c, as dm_type<k>_<name>.
-- type_sym[an][name] is the C name of ABI an's type.
local type_sym, shared_types, type_seen = {}, {}, {}

local function type_ref(a, n)
  local an = a.cname
  type_sym[an] = type_sym[an] or {}
  if type_sym[an][n] then return type_sym[an][n] end
  local E = a.endian == "big" and "be" or "le"
  local o = {}
  -- nested types first: their shared names are part of this type's text
  for _, f in ipairs(layout.layout(model, n, a).fields) do
    if f.f.type.agg then type_ref(a, f.f.type.name) end
  end
  local ty = model.types[n]
  local gl = layout.layout(model, n, a)
  local hl = host_layout(n)
  local hname = hl and fmt("%s dmh_%s", model.types[ty.host].agg, cid(ty.host)) or nil
  local ident = hl and identical(a, gl, hl)
  if hl and ty.agg == "union" and not ident and ty.convert_as then
    -- a union whose value the kernel keeps opaque (sigval): converted as its
    -- widest integer member, so a big-endian guest's word keeps its value
    local gf, hf
    for _, f in ipairs(gl.fields) do if f.name == ty.convert_as then gf = f end end
    for _, f in ipairs(hl.fields) do if f.name == ty.convert_as then hf = f end end
    if not gf or not hf or gf.f.type.agg or hf.f.type.agg then
      error(fmt("%s: union %s: convert_as names no integer member", ty.file, n), 0)
    end
    local gsize = layout.prim(a, gf.f.type.prim)
    local hsize = layout.prim(host, hf.f.type.prim)
    -- (the bytes past the member travel as they are, as in any union)
    local both = math.min(gl.size, hl.size)
    o[#o + 1] = fmt("static void %s_to_host(void *h, const void *gv) { const uint8_t *g = gv; uint%d_t v = dm_ld%s%s(g); memset(h, 0, %d); memcpy(h, g, %d); memcpy(h, &v, %d); }\n",
                    "@T@", gsize * 8, ldst[gsize], gsize > 1 and E or "", hl.size, both, math.min(gsize, hsize))
    o[#o + 1] = fmt("static void %s_to_guest(void *gv, const void *h) { uint8_t *g = gv; uint64_t v = 0; memcpy(&v, h, %d); memset(g, 0, %d); memcpy(g, h, %d); dm_st%s%s(g, (uint%d_t)v); }\n\n",
                    "@T@", math.min(gsize, hsize), gl.size, both, ldst[gsize], gsize > 1 and E or "", gsize * 8)
  elseif hl and ty.agg == "union" and not ident then
    -- a union's active member is known only to the handler: copy its bytes
    o[#o + 1] = fmt("static void %s_to_host(void *h, const void *g) { memset(h, 0, %d); memcpy(h, g, %d); }\n",
                    "@T@", hl.size, math.min(gl.size, hl.size))
    o[#o + 1] = fmt("static void %s_to_guest(void *g, const void *h) { memset(g, 0, %d); memcpy(g, h, %d); }\n\n",
                    "@T@", gl.size, math.min(gl.size, hl.size))
  end
  local fn = "@T@"
  local fields = {}
  if hl and not ident and ty.agg ~= "union" then
    local th, tg = {}, {}
    for _, f in ipairs(gl.fields) do
      local hf = hl.byname[f.f.from or f.name]
      -- flexible array members (count 0) are variable length: the handler copies them
      if not f.f.pad and hf and not hf.f.pad and f.f.type.count ~= 0 and hf.f.type.count ~= 0 then
        local t, ht = f.f.type, hf.f.type
        if t.prim == "u128" or ht.prim == "u128" then
          error(fmt("%s: type %s: field %s: u128 is for layouts only, never converted", ty.file, n, f.name), 0)
        end
        local count = math.min(t.count or 1, ht.count or 1)
        local loop = (t.count or ht.count) and true or false
        local gi, hi = "", ""
        local ind = "\t"
        if loop then
          th[#th + 1] = fmt("\tfor (unsigned i = 0; i < %d; i++)\n", count)
          tg[#tg + 1] = th[#th]
          ind = "\t\t"
        end
        if t.agg or ht.agg then
          local esize = f.size // (t.count or 1)
          local hesize = hf.size // (ht.count or 1)
          local goff = loop and fmt("%d + i * %d", f.offset, esize) or tostring(f.offset)
          local hoff = loop and fmt("%d + i * %d", hf.offset, hesize) or tostring(hf.offset)
          local ut = t.agg == "union" and model.types[t.name]
          local uident = ut and identical(a, layout.layout(model, t.name, a), host_layout(t.name))
          if ut and ut.convert_as and not uident then
            th[#th + 1] = fmt("%s%s.to_host((char *)h + %s, g + %s);\n", ind, type_sym[an][t.name], hoff, goff)
            tg[#tg + 1] = fmt("%s%s.to_guest(g + %s, (const char *)h + %s);\n", ind, type_sym[an][t.name], goff, hoff)
          elseif t.agg == "union" or not t.agg or not ht.agg then
            -- unions travel as bytes: their active member is known only to the handler
            local n2 = math.min(esize, hesize)
            th[#th + 1] = fmt("%smemcpy((char *)h + %s, g + %s, %d);\n", ind, hoff, goff, n2)
            tg[#tg + 1] = fmt("%smemcpy(g + %s, (const char *)h + %s, %d);\n", ind, goff, hoff, n2)
          else
            th[#th + 1] = fmt("%s%s.to_host((char *)h + %s, g + %s);\n", ind, type_sym[an][t.name], hoff, goff)
            tg[#tg + 1] = fmt("%s%s.to_guest(g + %s, (const char *)h + %s);\n", ind, type_sym[an][t.name], goff, hoff)
          end
        else
          local gsize, _, gsigned = layout.prim(a, t.prim)
          local hsize = layout.prim(host, ht.prim)
          local idx = loop and "[i]" or ""
          local goff = loop and fmt("%d + i * %d", f.offset, gsize) or tostring(f.offset)
          local load = fmt("dm_ld%s%s(g + %s)", ldst[gsize], gsize > 1 and E or "", goff)
          if gsigned and gsize < hsize then load = fmt("(int%d_t)%s", gsize * 8, load) end
          if not f.f.from then th[#th + 1] = fmt("%sh->%s%s = %s;\n", ind, hf.name, idx, load) end
          tg[#tg + 1] = fmt("%sdm_st%s%s(g + %s, (uint%d_t)h->%s%s);\n", ind, ldst[gsize], gsize > 1 and E or "", goff, gsize * 8, hf.name, idx)
        end
      end
    end
    o[#o + 1] = fmt("static void %s_to_host(void *hv, const void *gv)\n{\n\t%s *h = hv;\n\tconst uint8_t *g = gv;\n\tmemset(h, 0, sizeof *h);\n%s}\n\n",
                    fn, hname, table.concat(th))
    o[#o + 1] = fmt("static void %s_to_guest(void *gv, const void *hv)\n{\n\tconst %s *h = hv;\n\tuint8_t *g = gv;\n\tmemset(g, 0, %d);\n%s}\n\n",
                    fn, hname, gl.size, table.concat(tg))
  elseif ident then
    o[#o + 1] = fmt("static void %s_to_host(void *h, const void *g) { memcpy(h, g, %d); }\n", fn, gl.size)
    o[#o + 1] = fmt("static void %s_to_guest(void *g, const void *h) { memcpy(g, h, %d); }\n\n", fn, gl.size)
  end
  -- field table
  o[#o + 1] = fmt("static const struct dm_field %s_fields[] = {\n", fn)
  for _, f in ipairs(gl.fields) do
    local hf = hl and hl.byname[f.f.from or f.name]
    local t = f.f.type
    local flags = {}
    if t.prim then
      local _, _, s = layout.prim(a, t.prim)
      if s then flags[#flags + 1] = "DM_F_SIGNED" end
      if spec.prims[t.prim].pointer then flags[#flags + 1] = "DM_F_PTR" end
    end
    if f.f.pad then flags[#flags + 1] = "DM_F_PAD" end
    if f.f.from then flags[#flags + 1] = "DM_F_DERIVED" end
    if f.f.addr then flags[#flags + 1] = "DM_F_ADDR" end
    if f.f.set and not model.constsets[f.f.set] then
      error(fmt("%s: type %s: field %s names unknown constant set '%s'", ty.file, n, f.name, f.f.set), 0)
    end
    o[#o + 1] = fmt("\t{ %s, %d, %d, %d, %d, %d, %d, %s, %s, %s },\n", cstr(f.name), f.offset, f.size,
      hf and hf.offset or -1, hf and hf.size or 0, t.count or 1, hf and hf.f.type.count or 1,
      #flags > 0 and table.concat(flags, " | ") or "0",
      t.agg and ("&" .. type_sym[an][t.name]) or "NULL",
      f.f.set and ("&" .. set_sym[an][f.f.set]) or "NULL")
  end
  o[#o + 1] = "};\n"
  o[#o + 1] = fmt("const struct dm_type @T@ = { %s, %d, %d, %d, %d, %d, %s, %s, %s_fields, %d };\n\n",
    cstr(n), gl.size, gl.align, hl and hl.size or 0, ty.agg == "union" and 1 or 0, ident and 1 or 0,
    hl and (fn .. "_to_host") or "NULL", hl and (fn .. "_to_guest") or "NULL", fn, #gl.fields)
  local text = table.concat(o)   -- "@T@" stands for the type's own C name
  type_seen[n] = type_seen[n] or { n = 0 }
  local v = type_seen[n][text]
  if not v then
    v = { sym = fmt("dm_type%d_%s", type_seen[n].n, cid(n)), abis = {} }
    v.text = text:gsub("@T@", v.sym)
    type_seen[n].n = type_seen[n].n + 1
    type_seen[n][text] = v
    shared_types[#shared_types + 1] = v
  end
  v.abis[#v.abis + 1] = a.name
  type_sym[an][n] = v.sym
  return v.sym
end

-- An ABI's own arrays (types[], sets[], errno and signal maps, ioctls) that
-- equal an earlier ABI's, element for element, are not repeated: the first
-- ABI with that content defines the array, later ones point at it from their
-- abi.c.  arr_name[an][what] is the C name ABI an uses.
local arr_owner, arr_name = {}, {}

-- The definition "decl NAME dims = {body};" for ABI an, or a comment naming
-- the earlier ABI whose array is the same.
local function own_array(an, what, decl, dims, body)
  local key = what .. dims .. "\0" .. body
  arr_name[an] = arr_name[an] or {}
  local owner = arr_owner[key]
  if owner then
    arr_name[an][what] = fmt("dm_%s_%s", owner, what)
    return fmt("/* %s: the same as %s's */\n", what, owner)
  end
  arr_owner[key] = an
  arr_name[an][what] = fmt("dm_%s_%s", an, what)
  return fmt("%s dm_%s_%s%s = {%s};\n", decl, an, what, dims, body)
end

local function gen_types(a, an)
  local o = { banner("types for ABI " .. a.name), "#include \"emu/abi/abi.h\"\n#include \"generated/ids.h\"\n",
              "#include \"generated/shared/types.h\"\n\n" }
  local b = { "\n" }
  for _, n in ipairs(type_names) do
    if layout.layout(model, n, a) then b[#b + 1] = fmt("\t[DM_T_%s] = &%s,\n", cid(n), type_ref(a, n)) end
  end
  o[#o + 1] = own_array(an, "types", "const struct dm_type *const", "[DM_NTYPES]", table.concat(b))
  return table.concat(o)
end

-- generated/shared/types.{c,h}: every distinct type once (after every ABI's types.c)
local function gen_shared_types()
  table.sort(shared_types, function(x, y) return x.sym < y.sym end)
  local hd = banner("types (each distinct layout once)")
  local c = { hd, "#include <string.h>\n#include \"emu/abi/abi.h\"\n#include \"emu/abi/bytes.h\"\n",
              "#include \"generated/host_types.h\"\n#include \"generated/shared/consts.h\"\n#include \"generated/shared/types.h\"\n\n" }
  local h = { hd, "#ifndef DM_GENERATED_SHARED_TYPES_H\n#define DM_GENERATED_SHARED_TYPES_H\n\n#include \"emu/abi/abi.h\"\n\n" }
  for _, v in ipairs(shared_types) do
    c[#c + 1] = fmt("/* %s */\n%s", table.concat(v.abis, " "), v.text)
    h[#h + 1] = fmt("extern const struct dm_type %s;\n", v.sym)
  end
  h[#h + 1] = "\n#endif\n"
  write(out_dir .. "/shared/types.c", table.concat(c))
  write(out_dir .. "/shared/types.h", table.concat(h))
end

local function const_entry(cs, name, a)
  local g = spec.const_value(cs, name, a)
  local h = spec.const_value(cs, name, host)
  return g, h
end

-- mask of `name` in flags set cs on abi: a field's mask covers all its values
local function field_mask(cs, name, abi)
  for fname, members in pairs(cs.fields) do
    for _, m in ipairs(members) do
      if m == name then
        local mask = spec.const_value(cs, fname, abi)
        if mask == nil then
          mask = 0
          for _, m2 in ipairs(members) do
            local v = spec.const_value(cs, m2, abi)
            if v ~= spec.NONE then mask = mask | v end
          end
        end
        return mask
      end
    end
  end
  return nil
end

-- The entries of set sn on ABI a (C initialisers), and whether every value
-- is the same on guest and host.
local function set_entries(a, sn)
  local cs = model.constsets[sn]
  local o, ident = {}, true
  for _, n in ipairs(spec.sorted_keys(cs.values)) do
    local g, h = const_entry(cs, n, a)
    local flags = {}
    if g == spec.NONE then flags[#flags + 1] = "DM_C_NO_GUEST"; g = 0 end
    if h == spec.NONE then flags[#flags + 1] = "DM_C_NO_HOST"; h = 0 end
    if g ~= h or #flags == 1 then ident = false end
    local gm, hm = g, h
    if cs.kind == "flags" then
      gm = field_mask(cs, n, a) or g
      hm = field_mask(cs, n, host) or h
      if gm == spec.NONE then gm = 0 end
      if hm == spec.NONE then hm = 0 end
    end
    o[#o + 1] = fmt("\t{ %s, %s, %s, %s, %s, %s },\n", cstr(n), hex(g & 0xffffffffffffffff), hex(gm), hex(h), hex(hm),
      #flags > 0 and table.concat(flags, " | ") or "0")
  end
  return table.concat(o), ident
end

-- Constant sets are shared: each distinct content of a set is emitted once, in
-- generated/shared/consts.c, as dm_set<k>_<name> (k counts the distinct
-- contents in ABI order), and every ABI with those values points at it.
-- set_sym[an][sn] is the C name of ABI an's set sn.
local shared_sets = {}
do
  local seen = {}  -- set name -> { [content] = variant }
  for _, a in ipairs(model.abi_list) do
    set_sym[a.cname] = {}
    for _, sn in ipairs(set_names) do
      local body, ident = set_entries(a, sn)
      local cs = model.constsets[sn]
      local key = fmt("%d %d\n%s", cs.kind == "flags" and 1 or 0, ident and 1 or 0, body)
      seen[sn] = seen[sn] or { n = 0 }
      local v = seen[sn][key]
      if not v then
        v = { sym = fmt("dm_set%d_%s", seen[sn].n, cid(sn)), body = body, ident = ident, abis = {},
              n = #spec.sorted_keys(cs.values), sn = sn }
        seen[sn].n = seen[sn].n + 1
        seen[sn][key] = v
        shared_sets[#shared_sets + 1] = v
      end
      v.abis[#v.abis + 1] = a.name
      set_sym[a.cname][sn] = v.sym
    end
  end
  table.sort(shared_sets, function(x, y) return x.sym < y.sym end)
  local c = { banner("consts (each distinct set once)"), "#include \"emu/abi/abi.h\"\n#include \"generated/shared/consts.h\"\n\n" }
  local h = { banner("consts (each distinct set once)"), "#ifndef DM_GENERATED_SHARED_CONSTS_H\n#define DM_GENERATED_SHARED_CONSTS_H\n\n",
              "#include \"emu/abi/abi.h\"\n\n" }
  for _, v in ipairs(shared_sets) do
    c[#c + 1] = fmt("/* %s */\nstatic const struct dm_const %s_v[] = {\n%s};\n", table.concat(v.abis, " "), v.sym, v.body)
    c[#c + 1] = fmt("const struct dm_constset %s = { %s, %d, %d, %d, %s_v };\n\n", v.sym, cstr(v.sn),
      model.constsets[v.sn].kind == "flags" and 1 or 0, v.ident and 1 or 0, v.n, v.sym)
    h[#h + 1] = fmt("extern const struct dm_constset %s;\n", v.sym)
  end
  h[#h + 1] = "\n#endif\n"
  write(out_dir .. "/shared/consts.c", table.concat(c))
  write(out_dir .. "/shared/consts.h", table.concat(h))
end

local function gen_consts(a, an)
  local o = { banner("consts for ABI " .. a.name), "#include \"emu/abi/abi.h\"\n#include \"generated/ids.h\"\n",
              "#include \"generated/shared/consts.h\"\n\n" }
  local b = { "\n" }
  for _, sn in ipairs(set_names) do b[#b + 1] = fmt("\t[DM_SET_%s] = &%s,\n", cid(sn), set_sym[an][sn]) end
  o[#o + 1] = own_array(an, "sets", "const struct dm_constset *const", "[DM_NSETS]", table.concat(b)) .. "\n"

  -- errno and signal fast paths
  local errno = model.constsets.errno
  local maxe, e2g = 0, {}
  if errno then
    for _, n in ipairs(spec.sorted_keys(errno.values)) do
      local g, h = const_entry(errno, n, a)
      if g ~= spec.NONE and h ~= spec.NONE then
        if h > maxe then maxe = h end
        if e2g[h] == nil or n < e2g[h].name then e2g[h] = { g = g, name = n } end
      end
    end
  end
  b = {}
  for e = 0, maxe do
    if e % 12 == 0 then b[#b + 1] = "\n\t" end
    b[#b + 1] = fmt("%d, ", e2g[e] and e2g[e].g or e)
  end
  b[#b + 1] = "\n"
  o[#o + 1] = own_array(an, "errno_to_guest", "const int16_t", fmt("[%d]", maxe + 1), table.concat(b)) .. "\n"
  local sigs = model.constsets.signals
  local s2g, g2s = {}, {}
  if sigs then
    for _, n in ipairs(spec.sorted_keys(sigs.values)) do
      if not n:match("^SIGRT") then
        local g, h = const_entry(sigs, n, a)
        if g ~= spec.NONE and h ~= spec.NONE and g < 129 and h < 129 then
          if not s2g[h] then s2g[h] = g end
          if not g2s[g] then g2s[g] = h end
        end
      end
    end
    -- real-time signals map in order from SIGRTMIN up
    local gmin = spec.const_value(sigs, "SIGRTMIN", a)
    local hmin = spec.const_value(sigs, "SIGRTMIN", host)
    if type(gmin) == "number" and type(hmin) == "number" then
      for k = 0, 128 do
        if hmin + k <= 64 and gmin + k <= 128 then s2g[hmin + k] = gmin + k; g2s[gmin + k] = hmin + k end
      end
    end
  end
  for _, pair in ipairs { { "sig_to_guest", s2g }, { "sig_to_host", g2s } } do
    b = {}
    for s = 0, 128 do
      if s % 16 == 0 then b[#b + 1] = "\n\t" end
      b[#b + 1] = fmt("%d, ", pair[2][s] or 0)
    end
    b[#b + 1] = "\n"
    o[#o + 1] = own_array(an, pair[1], "const uint8_t", "[DM_NSIG]", table.concat(b)) .. "\n"
  end
  return table.concat(o), maxe + 1
end

-- Argument descriptor for one arg object; reg assignment done by caller.
local arg_index = {}
local function arg_init(an, a, arg, args, reg, nregs, ctx)
  local byidx = {}
  for k, x in ipairs(args or {}) do byidx[x.name] = k - 1 end
  local flags = {}
  if arg.nullable then flags[#flags + 1] = "DM_A_OPTIONAL" end
  if arg.ret_len then flags[#flags + 1] = "DM_A_LEN_RET" end
  if arg.whole then flags[#flags + 1] = "DM_A_WHOLE" end
  -- type_name: a spec type or primitive, optionally a fixed array "T[N]"
  local tref, count, len_const = "NULL", 1, arg.len_const or 0
  if arg.type_name then
    local base, n = arg.type_name:match("^(.-)%[(%d+)%]$")
    base = base or arg.type_name
    count = tonumber(n) or 1
    if model.types[base] then
      if not layout.layout(model, base, a) then
        error(fmt("%s: type '%s' does not exist on ABI %s", ctx, base, a.name), 0)
      end
      tref = "&" .. type_ref(a, base)
    else
      local ok, e = pcall(layout.sizeof, model, arg.type_name, a)
      if not ok then error(fmt("%s: %s", ctx, e), 0) end
      len_const = e
    end
  end
  local sref = "NULL"
  if arg.set_name then
    if not model.constsets[arg.set_name] then error(fmt("%s: unknown constant set '%s'", ctx, arg.set_name), 0) end
    sref = "&" .. set_sym[an][arg.set_name]
  end
  local words = "NULL"
  if arg.word_widths then
    local w = {}
    for _, n in ipairs(arg.word_widths) do
      if n ~= 0 and n ~= 1 and n ~= 2 and n ~= 4 and n ~= 8 then error(fmt("%s: words(): width %s", ctx, tostring(n)), 0) end
      w[#w + 1] = fmt("\\x%02x", n == 0 and 255 or n)
      if n == 0 then break end
    end
    words = '"' .. table.concat(w) .. '"'
  end
  return fmt("{ %s, DM_ARG_%s, %d, %d, %d, %d, %s, %d, %d, %s, %s, %s }", cstr(arg.name), arg.kind, reg, nregs,
    arg.len_arg and byidx[arg.len_arg] or -1, arg.count_arg and byidx[arg.count_arg] or -1,
    #flags > 0 and table.concat(flags, " | ") or "0", count, len_const, tref, sref, words)
end

function M_rows(a, sigs)
  local rows, bynr = {}, {}
  for _, e in ipairs(a.numbers_list) do
    local r = bynr[e.nr]
    if not r then
      bynr[e.nr] = e
      rows[#rows + 1] = e
    elseif sigs and sigs[e.name] and not sigs[r.name] then
      for k, x in ipairs(rows) do if x == r then rows[k] = e end end
      bynr[e.nr] = e
    end
  end
  return rows
end

-- Signatures are shared too: each distinct one (its dm_arg array and dm_sig
-- row, types and sets resolved to shared names, the guest's register slots and
-- errno included) is emitted once, in generated/shared/syscalls.c, as dm_sig<k>_<name>.
local shared_sigs, sig_seen = {}, {}

local function sig_ref(a, name, text)  -- text: "@S@" for the signature's own C name
  sig_seen[name] = sig_seen[name] or { n = 0 }
  local v = sig_seen[name][text]
  if not v then
    v = { sym = fmt("dm_sig%d_%s", sig_seen[name].n, cid(name)), abis = {} }
    v.text = text:gsub("@S@", v.sym)
    sig_seen[name].n = sig_seen[name].n + 1
    sig_seen[name][text] = v
    shared_sigs[#shared_sigs + 1] = v
  end
  v.abis[#v.abis + 1] = a.name
  return v.sym
end

local function gen_shared_sigs()
  table.sort(shared_sigs, function(x, y) return x.sym < y.sym end)
  local hd = banner("syscalls (each distinct signature once)")
  local c = { hd, "#include \"emu/abi/abi.h\"\n#include \"generated/shared/consts.h\"\n",
              "#include \"generated/shared/types.h\"\n#include \"generated/shared/syscalls.h\"\n\n" }
  local h = { hd, "#ifndef DM_GENERATED_SHARED_SYSCALLS_H\n#define DM_GENERATED_SHARED_SYSCALLS_H\n\n#include \"emu/abi/abi.h\"\n\n" }
  for _, v in ipairs(shared_sigs) do
    c[#c + 1] = fmt("/* %s */\n%s\n", table.concat(v.abis, " "), v.text)
    h[#h + 1] = fmt("extern const struct dm_sig %s;\n", v.sym)
  end
  h[#h + 1] = "\n#endif\n"
  write(out_dir .. "/shared/syscalls.c", table.concat(c))
  write(out_dir .. "/shared/syscalls.h", table.concat(h))
end

local function gen_syscalls(a, an)
  local o = { banner("syscalls and specs/numbers/" .. a.numbers .. " for ABI " .. a.name),
              "#include \"emu/abi/abi.h\"\n#include \"generated/shared/syscalls.h\"\n" }
  local sigs = {}
  local has = {}
  for _, e in ipairs(a.numbers_list) do
    local sc = model.syscalls[e.name]
    if sc and (not sc.only or spec.matches(a, sc.only)) then has[e.name] = true end
  end
  local chosen = {}
  for _, e in ipairs(M_rows(a, has)) do chosen[e.name] = true end
  for _, e in ipairs(a.numbers_list) do
    local sc = model.syscalls[e.name]
    if chosen[e.name] and sc and (not sc.only or spec.matches(a, sc.only)) then
      local reg, descs = 0, {}
      for _, arg in ipairs(sc.args) do
        local nregs = 1
        if spec.arg_kinds[arg.kind] == "pair64" and a.bits == 32 and a.syscall.pair64 ~= "none" then
          nregs = 2
          local aligned = a.syscall.pair64 == "aligned"
          for _, n in ipairs(a.syscall.pair64_aligned_for or {}) do if n == sc.name then aligned = true end end
          if aligned and reg % 2 == 1 then reg = reg + 1 end
        end
        descs[#descs + 1] = arg_init(an, a, arg, sc.args, reg, nregs, "syscall " .. sc.name)
        reg = reg + nregs
      end
      local body = {}
      if #descs > 0 then
        body[#body + 1] = fmt("static const struct dm_arg @S@_args[] = {\n\t%s,\n};\n", table.concat(descs, ",\n\t"))
      end
      -- a refusal: the guest's number of the errno every call returns (dispatch.c)
      local fixed = ""
      if sc.fixed_errno then
        local v = model.constsets.errno and spec.const_value(model.constsets.errno, sc.fixed_errno, a)
        if type(v) ~= "number" then error(string.format("syscall %s: fixed_errno %s is no errno of ABI %s", sc.name, sc.fixed_errno, a.name), 0) end
        fixed = fmt(", %d", v)
      end
      body[#body + 1] = fmt("const struct dm_sig @S@ = { %s, %s, DM_RET_%s, %d, %d, %s%s };\n", cstr(sc.name),
        sc.custom and cstr(sc.custom) or "NULL", sc.ret, #descs, reg, #descs > 0 and "@S@_args" or "NULL", fixed)
      sigs[e.name] = "&" .. sig_ref(a, sc.name, table.concat(body))
    end
  end
  -- one row per number: where the kernel has aliases (alpha's getpid/getxpid, arm's
  -- sync_file_range2/arm_sync_file_range) the row is the name with a signature, else the first
  o[#o + 1] = fmt("\nconst struct dm_syscall dm_%s_syscalls[] = {\n", an)
  local rows = M_rows(a, sigs)
  for _, e in ipairs(rows) do
    o[#o + 1] = fmt("\t{ %d, %s, %s },\n", e.nr, cstr(e.name), sigs[e.name] or "NULL")
  end
  o[#o + 1] = "};\n"
  o[#o + 1] = fmt("const uint32_t dm_%s_nsyscalls = %d;\n", an, #rows)
  return table.concat(o)
end

local function gen_ioctls(a, an)
  local o = { banner("ioctls for ABI " .. a.name), "#include \"emu/abi/abi.h\"\n#include \"generated/ids.h\"\n",
              "#include \"generated/shared/consts.h\"\n#include \"generated/shared/types.h\"\n" }
  local rows = {}
  for _, io in ipairs(model.ioctl_list) do
    if not io.only or spec.matches(a, io.only) then
      local g = ioctl.code(model, io, a)
      if g ~= spec.NONE then
        local okh, h = true, spec.NONE
        if not io.only or spec.matches(host, io.only) then okh, h = pcall(ioctl.code, model, io, host) end
        if not okh then h = spec.NONE end
        local argd = "{ 0 }"
        if io.arg then
          argd = arg_init(an, a, io.arg, { io.arg }, 2, 1, "ioctl " .. io.name)
        end
        rows[#rows + 1] = { g = g, text = fmt("\t{ %s, %s, %s, %s, %d, %d, %s },\n", hex(g), hex(h == spec.NONE and 0 or h), cstr(io.name),
          io.custom and cstr(io.custom) or "NULL", h == spec.NONE and 0 or 1, io.arg and 1 or 0, argd), name = io.name }
      end
    end
  end
  table.sort(rows, function(x, y) return x.g < y.g or (x.g == y.g and x.name < y.name) end)
  local b = { "\n" }
  for _, r in ipairs(rows) do b[#b + 1] = r.text end
  if #rows == 0 then b[#b + 1] = "\t{ 0 },\n" end
  o[#o + 1] = "\n" .. own_array(an, "ioctls", "const struct dm_ioctl", "[]", table.concat(b))
  o[#o + 1] = fmt("const uint32_t dm_%s_nioctls = %d;\n", an, #rows)
  return table.concat(o)
end

-- defs.h: compile-time layout and values for the types and constant sets a
-- spec marks `cdefs = true` (per-architecture code such as the signal frame
-- writer, which works on one ABI and wants constants, not table lookups).
-- Written only for ABIs where such a type or value exists.
local function gen_defs(a, an)
  local P = "DM_" .. an:upper() .. "_"
  local o = {}
  for _, n in ipairs(type_names) do
    local ty = model.types[n]
    local l = ty.cdefs and layout.layout(model, n, a)
    if l then
      o[#o + 1] = fmt("#define %sSIZEOF_%s %d\n", P, cid(n), l.size)
      for _, f in ipairs(l.fields) do
        o[#o + 1] = fmt("#define %sOFFSETOF_%s_%s %d\n", P, cid(n), cid(f.name), f.offset)
      end
    end
  end
  for _, sn in ipairs(set_names) do
    local cs = model.constsets[sn]
    if cs.cdefs then
      for _, name in ipairs(spec.sorted_keys(cs.values)) do
        local v = spec.const_value(cs, name, a)
        if v ~= spec.NONE then o[#o + 1] = fmt("#define %s%s %s\n", P, name, v < 0 and tostring(v) or hex(v)) end
      end
    end
  end
  if #o == 0 then return nil end
  local guard = P .. "DEFS_H"
  return banner("types and specs/consts for ABI " .. a.name .. " (cdefs = true)") ..
    fmt("#ifndef %s\n#define %s\n\n%s\n#endif\n", guard, guard, table.concat(o))
end

local errconv = { negative = "DM_ERR_NEGATIVE", ["a3-flag"] = "DM_ERR_A3_FLAG", ["cr0-so"] = "DM_ERR_CR0_SO", carry = "DM_ERR_CARRY" }
local pair64 = { none = "DM_PAIR_NONE", consecutive = "DM_PAIR_CONSECUTIVE", aligned = "DM_PAIR_ALIGNED" }
local clone_order = { normal = "DM_CLONE_NORMAL", backwards = "DM_CLONE_BACKWARDS", backwards2 = "DM_CLONE_BACKWARDS2" }

-- specs/abi `ipc = { shmlba = { pages = N } | { bytes = N }, force_shmlba, old_ctl, five_args }` (kernel-internal
-- facts, not machine-checked: arch/*/include/asm/shmparam.h, the syscall tables' sys_old_*ctl)
local function ipc_fields(a)
  local ipc = a.ipc or {}
  local lba = ipc.shmlba or { pages = 1 }
  if (lba.pages == nil) == (lba.bytes == nil) then error(fmt("abi '%s': ipc.shmlba needs pages or bytes", a.name)) end
  return fmt("\t.shmlba_bytes = %d, .shmlba_pages = %d, .shmlba_force = %d, .ipc_old_ctl = %d, .ipc_five = %d,\n",
             lba.bytes or 0, lba.pages or 0, ipc.force_shmlba and 1 or 0, ipc.old_ctl and 1 or 0,
             ipc.five_args and 1 or 0)
end

-- specs/abi regs and the syscall registers, resolved to indices by gen/spec.lua
local function reg_names(a)
  local o = { "static const char *const reg_names[] = {" }
  for k, n in ipairs(a.sysregs.names) do
    o[#o + 1] = (k % 12 == 1 and "\n\t" or " ") .. cstr(n) .. ","
  end
  o[#o + 1] = "\n};\n\n"
  return table.concat(o)
end

local function sysregs(a)
  local r = a.sysregs
  local function idx(i) return i and tostring(i) or "DM_REG_NONE" end
  local args = {}
  for k, i in ipairs(r.args) do args[k] = tostring(i) end
  return fmt("\t.regs = { .nr = %d, .ret = %d, .err = %s, .nargs = %d, .args = { %s }, .sp = %s, .stack_off = %d,\n" ..
             "\t\t  .nregs = %d, .reg_names = reg_names },\n",
             r.nr, r.ret, idx(r.err), #r.args, table.concat(args, ", "), idx(r.sp), r.stack_off, #r.names)
end

local abi_names = {}
for _, a in ipairs(model.abi_list) do
  local an = a.cname
  abi_names[#abi_names + 1] = an
  local dir = out_dir .. "/" .. an
  write(dir .. "/types.c", gen_types(a, an))
  local consts, nerrno = gen_consts(a, an)
  write(dir .. "/consts.c", consts)
  write(dir .. "/syscalls.c", gen_syscalls(a, an))
  write(dir .. "/ioctls.c", gen_ioctls(a, an))
  local defs = gen_defs(a, an)
  if defs then write(dir .. "/defs.h", defs) end
  local A = arr_name[an]
  write(dir .. "/abi.c", banner("abi/" .. a.name .. ".lua") .. table.concat {
    "#include \"emu/abi/abi.h\"\n#include \"generated/ids.h\"\n\n",
    reg_names(a),
    fmt("extern const struct dm_syscall dm_%s_syscalls[];\n", an),
    fmt("extern const struct dm_type *const %s[];\nextern const struct dm_constset *const %s[];\n", A.types, A.sets),
    fmt("extern const struct dm_ioctl %s[];\n", A.ioctls),
    fmt("extern const int16_t %s[];\nextern const uint8_t %s[], %s[];\n\n", A.errno_to_guest, A.sig_to_guest, A.sig_to_host),
    fmt("const struct dm_abi dm_abi_%s = {\n", an),
    fmt("\t.name = %s, .bits = %d, .endian = %s, .errconv = %s, .pair64 = %s,\n", cstr(a.name), a.bits,
        a.endian == "big" and "DM_BIG" or "DM_LITTLE", errconv[a.syscall.error], pair64[a.syscall.pair64]),
    sysregs(a),
    fmt("\t.clone_order = %s,\n", clone_order[a.syscall.clone or "normal"] or
        error(fmt("abi '%s': syscall.clone must be normal, backwards or backwards2", a.name))),
    ipc_fields(a),
    fmt("\t.audit_arch = 0x%08x,\n", a.audit_arch.value),
    -- specs/abi `sigsuspend3`: the kernel's CONFIG_OLD_SIGSUSPEND3 (sigsuspend(int, int, old_sigset_t mask))
    fmt("\t.sigsuspend3 = %d,\n", a.sigsuspend3 and 1 or 0),
    -- specs/abi `pipe_regs`: pipe(2) returns its second descriptor in a second result register
    fmt("\t.pipe_regs = %d,\n", a.pipe_regs and 1 or 0),
    -- syscall.old_mmap: mmap is the kernel's old_mmap, one pointer to its six arguments
    fmt("\t.old_mmap = %d,\n", a.syscall.old_mmap and 1 or 0),
    fmt("\t.syscalls = dm_%s_syscalls, .nsyscalls = %d,\n", an, #M_rows(a, nil)),
    fmt("\t.types = %s, .sets = %s,\n", A.types, A.sets),
    fmt("\t.ioctls = %s, .nioctls = %d,\n", A.ioctls, 0),
    fmt("\t.errno_to_guest = %s, .nerrno = %d,\n", A.errno_to_guest, nerrno),
    fmt("\t.sig_to_guest = %s, .sig_to_host = %s,\n};\n", A.sig_to_guest, A.sig_to_host),
  })
end

gen_shared_types()
gen_shared_sigs()

-- the ioctl count is only known after gen_ioctls; patch it in via a second pass
for _, a in ipairs(model.abi_list) do
  local an = a.cname
  local n = 0
  for _, io in ipairs(model.ioctl_list) do
    if (not io.only or spec.matches(a, io.only)) and ioctl.code(model, io, a) ~= spec.NONE then n = n + 1 end
  end
  local path = out_dir .. "/" .. an .. "/abi.c"
  local f = assert(io.open(path)); local s = f:read("a"); f:close()
  s = s:gsub("%.nioctls = 0,", ".nioctls = " .. n .. ",")
  write(path, s)
end

do
  local o = { banner("abi/"), "#include \"emu/abi/abi.h\"\n\n" }
  for _, an in ipairs(abi_names) do o[#o + 1] = fmt("extern const struct dm_abi dm_abi_%s;\n", an) end
  o[#o + 1] = "\nconst struct dm_abi *const dm_abis[] = {\n"
  for _, an in ipairs(abi_names) do o[#o + 1] = fmt("\t&dm_abi_%s,\n", an) end
  o[#o + 1] = fmt("};\nconst size_t dm_nabis = %d;\n", #abi_names)
  write(out_dir .. "/abis.c", table.concat(o))
end

write(out_dir .. "/README.md", [[
# generated/ — do not edit

Everything here is written by `gen/generate.lua` from `specs/` (`ninja
generate`); `tests/generated_fresh.t` fails when it is stale. `shared/` holds
each distinct constant set, struct table (with its converters) and syscall
signature once, whichever ABIs it serves (a comment above each lists them).
One folder per ABI holds what is the ABI's own: its syscall table, its
`types[]` and `sets[]` (pointers into `shared/`), errno and signal maps,
ioctls (an array equal to an earlier ABI's is left to that ABI, with a
comment saying so), and `defs.h` (C macros for the types and sets a spec
marks `cdefs = true`). Plus `ids.h` (type and set indices), `host_types.h` (the
host's struct layouts), `abis.c` (the list of ABIs) and `sources.ninja`
(their build statements). docs/specs.md explains the layout.
]])

-- Build statements for the generated C files, included by build.ninja.
do
  local srcs = { "generated/abis.c", "generated/shared/consts.c", "generated/shared/types.c", "generated/shared/syscalls.c" }
  for _, an in ipairs(abi_names) do
    for _, f in ipairs { "abi", "types", "consts", "syscalls", "ioctls" } do
      srcs[#srcs + 1] = fmt("generated/%s/%s.c", an, f)
    end
  end
  local o = { "# generated by gen/generate.lua; do not edit\n" }
  local objs = {}
  for _, src in ipairs(srcs) do
    local obj = "build/" .. src:gsub("%.c$", ".o")
    objs[#objs + 1] = obj
    o[#o + 1] = fmt("build %s: cc %s\n", obj, src)
  end
  o[#o + 1] = "build build/libdmgen.a: ar"
  for _, obj in ipairs(objs) do o[#o + 1] = " $\n    " .. obj end
  o[#o + 1] = "\n"
  write(out_dir .. "/sources.ninja", table.concat(o))
end
