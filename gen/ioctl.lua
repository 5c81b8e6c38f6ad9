-- gen/ioctl.lua: an ioctl's request number on one ABI, computed from that
-- ABI's _IOC encoding (specs/abi/ioc.lua) and its size of the argument type.
local spec = require "spec"
local layout = require "layout"
local M = {}

-- The code expression that applies to ABI a: the matching tag/ABI key, else default.
function M.select(io, a)
  local hit, from
  for _, key in ipairs(spec.sorted_keys(io.codes)) do
    if key ~= "default" and a.tagset[key] then
      if hit and hit ~= io.codes[key] then
        error(string.format("codes '%s' and '%s' both match ABI %s", from, key, a.name), 0)
      end
      hit, from = io.codes[key], key
    end
  end
  if hit == nil then hit = io.codes.default end
  if hit == nil then error("no code for ABI " .. a.name, 0) end
  return hit
end

local function typechar(t)
  if type(t) == "string" then return string.byte(t) end
  return t
end

-- Number, or spec.NONE when the ioctl does not exist on the ABI.
function M.code(model, io, a)
  local c = M.select(io, a)
  if c == spec.NONE then return spec.NONE end
  if c.raw then return c.raw end
  local enc = model.ioc[a.ioc]
  local size = 0
  if c.argtype then size = layout.sizeof(model, c.argtype, a) end
  if size >= (1 << enc.size_bits) then error("argument too large for _IOC size field", 0) end
  local dir = c.dir == "readwrite" and (enc.read | enc.write) or enc[c.dir]
  return (dir << (16 + enc.size_bits)) | (size << 16) | (typechar(c.type) << 8) | c.nr
end

return M
