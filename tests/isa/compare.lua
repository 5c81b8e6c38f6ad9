-- tests/isa/compare.lua: compare two ISA-test outputs record by record.
-- Usage: lua5.4 compare.lua CASES REF OUT  -> prints "pass N fail M" and one
-- line per failing case (instruction, then each differing field).
local cases_path, ref_path, out_path = arg[1], arg[2], arg[3]
local REC = 1288
local names = {}
for line in io.lines(cases_path) do
	local i, rest = line:match("^(%d+)\t(.*)$")
	if i then names[tonumber(i)] = rest end
end
local function slurp(p) local f = assert(io.open(p, "rb")); local s = f:read("a"); f:close(); return s end
local ref, out = slurp(ref_path), slurp(out_path)
local function field(off)
	if off < 248 then return "x" .. (off // 8) end
	if off < 256 then return "sp" end
	if off < 264 then return "nzcv" end
	if off < 776 then return string.format("v%d[%d]", (off - 264) // 16, ((off - 264) % 16) // 8) end
	return string.format("mem+%d", (off - 776) // 8 * 8)
end
local n = #ref // REC
local pass, fail, shown = 0, 0, 0
for k = 0, n - 1 do
	local a, b = ref:sub(k * REC + 1, (k + 1) * REC), out:sub(k * REC + 1, (k + 1) * REC)
	if a == b then pass = pass + 1
	else
		fail = fail + 1
		if shown < 20 then
			shown = shown + 1
			local diffs = {}
			for off = 0, REC - 8, 8 do
				local x, y = a:sub(off + 1, off + 8), b:sub(off + 1, off + 8)
				if x ~= y then
					if #y < 8 then diffs[#diffs + 1] = "missing"; break end
					diffs[#diffs + 1] = string.format("%s want %016x got %016x", field(off), string.unpack("<I8", x), string.unpack("<I8", y))
					if #diffs >= 4 then break end
				end
			end
			print(string.format("# FAIL case %d: %s: %s", k, names[k] or "?", table.concat(diffs, "; ")))
		end
	end
end
if #out > #ref then print("# extra output from the tested run") end
print(string.format("pass %d fail %d", pass, fail))
os.exit(fail == 0 and #out == #ref and 0 or 1)
