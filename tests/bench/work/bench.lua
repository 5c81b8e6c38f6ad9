-- CPU-bound Lua: table loops, string building and patterns, closures,
-- floating point.  Prints deterministic checksums (compared against native).
local scale = tonumber(arg[1]) or 1
local function rng(seed)
	local x = seed
	return function() x = (x * 16807) % 2147483647; return x end
end
local function loops(n)
	local t, g = {}, rng(7)
	for i = 1, n do local k = g() % 5003; t[k] = (t[k] or 0) + i * i % 7 end
	local s, c = 0, 0
	for _, v in pairs(t) do s = s + v; c = c + 1 end
	return s + c
end
local function strings(n)
	local g, parts = rng(5), {}
	for i = 1, n do parts[#parts + 1] = string.format("k%d=%d;", g() % 1000, i) end
	local s = table.concat(parts)
	local sum, cnt = 0, 0
	for k, v in s:gmatch("k(%d+)=(%d+);") do sum = sum + tonumber(k); cnt = cnt + 1 end
	local r = s:gsub("(%d)(%d)", "%2%1")
	return sum, cnt, #r
end
local function closures(n)
	local acc = 0
	local function mk(a) return function(b) return (a * b + acc) % 1000003 end end
	for i = 1, n do acc = mk(i % 97)(i) end
	return acc
end
local function fp(n)
	local x, y, vx, vy, dt = 1.0, 0.0, 0.0, 1.0, 1e-3
	for _ = 1, n do
		local r2 = x * x + y * y; local r = math.sqrt(r2); local a = -1.0 / (r2 * r)
		vx = vx + a * x * dt; vy = vy + a * y * dt; x = x + vx * dt; y = y + vy * dt
	end
	return string.format("%.9f %.9f", x, y)
end
local function sort(n)
	local g, t = rng(9), {}
	for i = 1, n do t[i] = g() end
	table.sort(t, function(a, b) return a % 1000 < b % 1000 or (a % 1000 == b % 1000 and a < b) end)
	return t[1] + t[n // 2] + t[n]
end
for _ = 1, scale do
	print("loops", loops(2000000))
	print("strings", strings(200000))
	print("closures", closures(2000000))
	print("fp", fp(2000000))
	print("sort", sort(200000))
end
