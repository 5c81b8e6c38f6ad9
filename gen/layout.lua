-- gen/layout.lua: computes a spec type's layout on one ABI from that ABI's
-- rules (word size, 8-byte alignment, m68k's 2-byte cap, packed variants).
-- The checker compares these numbers with clang's; the generator emits them.
local spec = require "spec"
local M = {}

-- Size and alignment of a primitive on ABI a.
function M.prim(a, name)
  local p = spec.prims[name]
  local size = p.size == "long" and a.bits // 8 or p.size
  local align = size
  if size == 8 and p.align ~= "long" and a.align and a.align.i64 then align = a.align.i64 end
  if size == 8 and p.align == "long" and a.bits == 32 then align = 8 end -- never: long is 4 on 32-bit
  if a.align and a.align.max and align > a.align.max then align = a.align.max end
  return size, align, p.signed and true or false
end

local cache = setmetatable({}, { __mode = "k" })

-- layout(model, type_name, abi) -> { size, align, fields = { {name, offset, size, align, t, pad, from} }, variant }
-- or nil when the type does not exist on that ABI.
function M.layout(model, name, a)
  cache[a] = cache[a] or {}
  local c = cache[a][name]
  if c ~= nil then return c or nil end
  local ty = model.types[name]
  if not ty then error("unknown type '" .. name .. "'", 0) end
  local v = spec.variant(ty, a)
  if not v then cache[a][name] = false; return nil end
  cache[a][name] = false -- recursion guard
  local fields, off, maxalign, size = {}, 0, 1, 0
  for _, f in ipairs(v.fields) do
    local fsize, falign = M.type_size(model, f.type, a, ty.name)
    if f.align and f.align > falign then falign = f.align end   -- __attribute__((aligned(N)))
    if v.packed then falign = 1 end
    if ty.agg == "union" then
      if fsize > size then size = fsize end
      fields[#fields + 1] = { name = f.name, offset = 0, size = fsize, align = falign, f = f }
    else
      off = (off + falign - 1) // falign * falign
      fields[#fields + 1] = { name = f.name, offset = off, size = fsize, align = falign, f = f }
      off = off + fsize
    end
    if falign > maxalign then maxalign = falign end
  end
  if v.align then
    local va = v.align == "ptr" and a.bits // 8 or v.align
    if va > maxalign then maxalign = va end
  end
  local total = ty.agg == "union" and size or off
  total = (total + maxalign - 1) // maxalign * maxalign
  if v.size then total = v.size end
  local l = { size = total, align = maxalign, fields = fields, variant = v, type = ty }
  l.byname = {}
  for _, fl in ipairs(fields) do l.byname[fl.name] = fl end
  cache[a][name] = l
  return l
end

-- Size and alignment of a parsed type string.
function M.type_size(model, t, a, ctx)
  local size, align
  if t.prim then
    size, align = M.prim(a, t.prim)
  else
    local l = M.layout(model, t.name, a)
    if not l then error(string.format("type '%s' uses %s %s, which does not exist on ABI %s", ctx or "?", t.agg, t.name, a.name), 0) end
    size, align = l.size, l.align
  end
  return size * (t.count or 1), align
end

-- Size of an ioctl/argument type string ("int", "struct termios", "size_t", "char[19]").
function M.sizeof(model, s, a)
  if s == "size_t" then s = "ulong" end
  local t = spec.parse_type(s)
  return (M.type_size(model, t, a))
end

return M
