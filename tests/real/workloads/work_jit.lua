-- tests/real/workloads/work_jit.lua SECTION: LuaJIT workloads whose traces
-- the JIT compiles to machine code (tests/real_jit.t).  Output is the same
-- on every architecture; only the machine code differs.
local section = arg[1]
print("jit on:", jit.status() and true or false)

if section == "loops" then
	-- hot numeric loops, nested: root traces and side traces
	local s, t = 0, 0
	for i = 1, 3000000 do
		s = (s + i * i) % 1000003
		if i % 7 == 0 then t = t + (s % 13) else t = t - 1 end
	end
	print(s, t)
	local x = 0.5
	for i = 1, 1000000 do x = x * 1.0000001 + math.sin(i) * 1e-7 end
	print(string.format("%.10f", x))
elseif section == "tables" then
	local t = {}
	for i = 1, 100000 do t[i] = { id = i, name = "n" .. (i % 1000), v = (i * 7919) % 10007 } end
	table.sort(t, function(a, b) if a.v ~= b.v then return a.v < b.v end return a.id < b.id end)
	local h = 0
	for i = 1, #t, 997 do h = (h * 31 + t[i].id) % 2147483647 end
	print(h, t[1].id, t[#t].id)
	local counts = {}
	for i = 1, #t do local k = t[i].name counts[k] = (counts[k] or 0) + 1 end
	local n = 0 for _ in pairs(counts) do n = n + 1 end
	print(n, counts.n7)
elseif section == "strings" then
	local parts = {}
	for i = 1, 100000 do parts[#parts + 1] = string.format("%05d:%s", i, string.rep("ab", i % 5)) end
	local s = table.concat(parts, ",")
	local hits = 0
	for w in s:gmatch("(%d+):abab,") do hits = hits + tonumber(w) % 3 end
	print(#s, hits, s:sub(1, 40))
	print(select(2, s:gsub("ab", "")))
elseif section == "churn" then
	-- fresh code again and again: each function is compiled to traces, and
	-- jit.flush() throws the machine code away so the next ones reuse the
	-- same code memory (a stale translation there would give wrong sums)
	local total = 0
	for k = 1, 300 do
		local f = assert(loadstring(string.format(
			"return function(n) local s = 0 for i = 1, n do s = s + i * %d + (i %% %d) end return s end", k, k + 1)))()
		total = (total + f(2000) + f(3000)) % 1000000007
		if k % 10 == 0 then jit.flush() end
	end
	print(total)
elseif section == "ffi" then
	local ffi = require("ffi")
	ffi.cdef [[ size_t strlen(const char *); int abs(int); typedef struct { int32_t a; double b; uint8_t c[4]; } rec; ]]
	local n = 0
	for i = 1, 200000 do n = n + ffi.C.strlen("hello, world") + ffi.C.abs(-i % 5) end
	print(n)
	local arr = ffi.new("rec[?]", 1000)
	for i = 0, 999 do arr[i].a = i * 3; arr[i].b = i / 4; arr[i].c[i % 4] = i % 256 end
	local s = 0
	for r = 1, 200 do for i = 0, 999 do s = s + arr[i].a + arr[i].b + arr[i].c[i % 4] end end
	print(s, ffi.sizeof("rec"))
end
