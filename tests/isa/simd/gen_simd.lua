-- tests/isa/simd/gen_simd.lua: random FP/AdvSIMD/crypto test programs in
-- the format of tests/isa/gen.lua (same harness.S, compare.lua and runner).
-- Usage: lua5.4 gen_simd.lua CLASS COUNT SEED OUT.S
-- CLASS is a section of arch/aarch64/decode_simd.inc matched by a Lua pattern
-- against the row names ("all" for every row).  Each case sets FPCR from x28
-- (random rounding mode, FZ, DN, AHP), clears FPSR, runs the instruction and
-- reads FPSR back into x28, so the record holds V0-V31, NZCV, x* and FPSR.
-- V registers get FP specials: signalling and quiet NaNs, infinities,
-- denormals, signed zeros, ties and integer-conversion limits.
local class, count, seed, out = arg[1], tonumber(arg[2]), tonumber(arg[3]), arg[4]
math.randomseed(seed)
local R = math.random

local CLASSES = {
	fp = "_float", fpconv = "_int$|_fix$|_gen$",
	three_same = "^S?_?[A-Z]+[A-Z0-9]*_?%a*$", -- refined below by section
}
local rows, section, sections = {}, nil, {}
for line in io.lines("arch/aarch64/decode_simd.inc") do
	local s = line:match("^// %-%-%-%- (.-) %(") or line:match("^// %-%-%-%- (.-) %-%-%-%-")
	if s then section = s end
	local name, pat = line:match('^INST%(([%w_]+),.-"([01a-zA-Z]+)"%)')
	if name then rows[#rows + 1] = { name = name, pat = pat, section = section } end
end

-- which rows a class covers: by section title keyword
local KEYS = {
	fp = { "Floating%-point" }, fpconv = { "Conversion" }, three_same = { "three same" },
	misc = { "two%-register" }, across = { "across", "pairwise" }, copy = { "copy" },
	permute = { "permute" }, modimm = { "modified" }, shift = { "shift" }, diff = { "three different" },
	elem = { "indexed" }, crypto = { "Cryptographic" }, all = { "" },
}
-- "fparith": the arithmetic the fast FP path serves, with operands that
-- reach it (normal values of modest exponent, round-to-nearest, FPSR.IXC set)
local FPARITH = { FADD_float = 1, FSUB_float = 1, FMUL_float = 1, FDIV_float = 1, FNMUL_float = 1,
	FADD_vec = 1, FSUB_vec = 1, FMUL_vec = 1, FDIV_vec = 1, FSQRT_float = 1, FMADD_float = 1, FMSUB_float = 1,
	FNMADD_float = 1, FNMSUB_float = 1, FMLA_vec = 1, FMLS_vec = 1, FSQRT_vec = 1,
	-- the other guarded IR ops (arch/aarch64/simd/fp_ir.c) and the bit-op moves
	FCMP_float = 1, FCMPE_float = 1, FCVT_float = 1, FCVTxS_int = 1, FCVTxU_int = 1, SCVTF_int = 1,
	UCVTF_int = 1, FMOV_float = 1, FABS_float = 1, FNEG_float = 1, FCCMP_float = 1, FCCMPE_float = 1,
	FMAX_float = 1, FMIN_float = 1, FMAXNM_float = 1, FMINNM_float = 1, FRINT_float = 1 }
local pick = {}
for _, r in ipairs(rows) do
	if class == "fparith" then
		if FPARITH[r.name] then pick[#pick + 1] = r end
		goto next
	end
	for _, k in ipairs(KEYS[class] or { class }) do
		if r.section:find(k) or r.name:find("^" .. class .. "$") then pick[#pick + 1] = r; break end
	end
	::next::
end
assert(#pick > 0, "no rows for class " .. class)

local function encode(pat, f)
	local word = 0
	for k = 1, 32 do
		local c = pat:sub(k, k)
		local bit = (c == "1") and 1 or (c == "0") and 0 or f(c, k)
		word = word << 1 | bit
	end
	return word
end

local D = { 0, 0x8000000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0x7ff0000000000000, 0xfff0000000000000,
	0x7ff8000000000000, 0x7ff0000000000001, 0xfff4000000dead00, 0x7ff8000000beef00, 1, 0x000fffffffffffff,
	0x0010000000000000, 0x8010000000000000, 0x7fefffffffffffff, 0x3fe0000000000000, 0x3ff8000000000000,
	0x4004000000000000, 0x43e0000000000000, 0xc3e0000000000000, 0x43f0000000000000, 0x41e0000000000000,
	0xc1e0000000000000, 0x41f0000000000000, 0x000ffffffffffff8, 0x3fefffffffffffff, 0x0020000000000001,
	0x36a0000000000001, 0x3810000000000000, 0x380fffffffffffff, 0x47efffffe0000000, 0x47efffffffffffff }
local S = { 0, 0x80000000, 0x3f800000, 0xbf800000, 0x7f800000, 0xff800000, 0x7fc00000, 0x7f800001, 0xffa0dead,
	0x7fc0beef, 1, 0x007fffff, 0x00800000, 0x80800000, 0x7f7fffff, 0x3f000000, 0x3fc00000, 0x40200000,
	0x4f000000, 0xcf000000, 0x5f000000, 0xdf000000, 0x5f800000, 0x4f800000, 0x007ffff0, 0x3f7fffff, 0x00400001,
	0x33000001, 0x477fe000, 0x477ff000, 0x38800000, 0x387fffff }
local H = { 0, 0x8000, 0x3c00, 0xbc00, 0x7c00, 0xfc00, 0x7e00, 0x7c01, 0xfe11, 0x0001, 0x03ff, 0x0400, 0x7bff, 0x3800 }
local INTS = { 0, 1, 0x7f, 0x80, 0xff, 0x7fff, 0x8000, 0xffff, 0x7fffffff, 0x80000000, 0xffffffff }

local function near_one(bits) -- a random value with a modest exponent
	if bits == 64 then return (R(0x3f0, 0x40f) << 52) | (R(0, 0xfffff) << 32) | R(0, 0xffffffff) | (R(0, 1) << 63) end
	return (R(0x70, 0x8f) << 23) | R(0, 0x7fffff) | (R(0, 1) << 31)
end

-- a value at the bottom of the normal range (products of these with values
-- near one round to the smallest normal: Arm's before-rounding tininess)
local function near_tiny(bits)
	if bits == 64 then return (R(1, 3) << 52) | (R(0, 0xfffff) << 32) | R(0, 0xffffffff) | (R(0, 1) << 63) end
	return (R(1, 3) << 23) | R(0, 0x7fffff) | (R(0, 1) << 31)
end

-- a signed zero, a small integer or a half-integer (ties for FRINT*, equal
-- operands and +0/-0 for FMAX/FMIN)
local function small_exact(bits)
	local k, v = R(3), 0.0
	if k == 2 then v = R(-8, 8) elseif k == 3 then v = R(-8, 8) + 0.5 end
	if R(2) == 1 then v = -v end
	if bits == 64 then return string.unpack("<i8", string.pack("<d", v)) end
	return string.unpack("<I4", string.pack("<f", v))
end

local function half64()
	local k = R(8)
	if k == 1 then return R(0, 0xffffffff) << 32 | R(0, 0xffffffff) end
	if k == 2 then return D[R(#D)] end
	if k == 3 then return near_one(64) end
	if k == 4 then return S[R(#S)] | S[R(#S)] << 32 end
	if k == 5 then return near_one(32) | near_one(32) << 32 end
	if k == 6 then return H[R(#H)] | H[R(#H)] << 16 | H[R(#H)] << 32 | H[R(#H)] << 48 end
	if k == 7 then return INTS[R(#INTS)] | INTS[R(#INTS)] << 32 end
	local v = 0
	for b = 0, 7 do v = v | (({ 0, 1, 0x7f, 0x80, 0xff, R(0, 255) })[R(6)] << (8 * b)) end
	return v
end

local function fpcr()
	local v = 0
	if class == "fparith" and R(4) > 1 then return 0 end  -- mostly the default mode
	if R(2) == 1 then v = v | (R(0, 3) << 22) end
	if R(4) == 1 then v = v | (1 << 24) end
	if R(4) == 1 then v = v | (1 << 25) end
	if R(10) == 1 then v = v | (1 << 26) end
	return v
end

-- per-field constraints that keep us inside what qemu's "max" CPU and
-- dragoman agree is in scope (no FEAT_FP16 arithmetic)
local function field_value(row, c)
	if c == "t" then
		if row.name == "FCVT_float" or row.name:find("_gen$") then return R(0, 1) end
		return 0 -- caller ORs in the low bit randomly
	end
	return R(0, 1)
end

local function make_case(row)
	local word = encode(row.pat, function(c, k)
		if c == "t" and not (row.name == "FCVT_float" or row.name:find("_gen$")) then
			return (k == 10) and 0 or R(0, 1) -- ftype 00 / 01 only
		end
		if c == "s" and row.name:find("^S?_?F%u+_elt$") and row.pat:find("ss") == k then return 1 end
		return R(0, 1)
	end)
	return { name = row.name, word = word }
end

-- binutils as a second opinion on allocation; half-precision FP is FEAT_FP16
local function defined_words(words)
	local tmp = os.tmpname()
	local f = assert(io.open(tmp .. ".S", "w"))
	for _, w in ipairs(words) do f:write(string.format(".inst 0x%08x\n", w)) end
	f:close()
	assert(os.execute("aarch64-linux-gnu-as -march=armv8-a+crypto " .. tmp .. ".S -o " .. tmp .. ".o"))
	local ok = {}
	local p = io.popen("aarch64-linux-gnu-objdump -d " .. tmp .. ".o")
	for line in p:lines() do
		local w, rest = line:match("^%s*%x+:%s+(%x+)%s+(.*)$")
		if w and not rest:find("undefined") and not rest:find("%.inst") then
			local mn = rest:match("^(%S+)")
			local half = rest:find("%.[48]h") or rest:find("[%s,]h%d") or rest:find("%.h%[")
			local fp = mn:find("^f") or mn:find("cvtf") or mn:find("^ur?[rs][eq]") or mn:find("^frecp")
			local conv = mn == "fcvt" or mn == "fcvtl" or mn == "fcvtl2" or mn == "fcvtn" or mn == "fcvtn2"
			local other = mn:find("^bf") -- FEAT_BF16: not advertised
			if not (fp and half and not conv) and not other then ok[tonumber(w, 16)] = rest end
		end
	end
	p:close()
	os.remove(tmp); os.remove(tmp .. ".S"); os.remove(tmp .. ".o")
	return ok
end

local cand, words = {}, {}
for i = 1, count * 3 do
	cand[i] = make_case(pick[R(#pick)])
	words[i] = cand[i].word
end
local ok = defined_words(words)
local cases = {}
for _, c in ipairs(cand) do
	if ok[c.word] and #cases < count then c.asm = ok[c.word]; cases[#cases + 1] = c end
end
-- crypto: some cases run a second instruction in the same block, as real
-- code does: AESMC/AESIMC Vd, Vd after AESE/AESD Vd (the JIT fuses the pair
-- into one aesenc/aesdec), or the same instruction again (its destination,
-- just written, is read back: the JIT keeps it in a host register)
if class == "crypto" then
	for _, c in ipairs(cases) do
		local d = c.word & 31
		local k = R(3)
		if k == 1 and (c.name == "AESE" or c.name == "AESD") then
			c.extra = (c.name == "AESE" and 0x4e286800 or 0x4e287800) | d << 5 | d
			c.asm = c.asm .. (c.name == "AESE" and "; aesmc" or "; aesimc") .. string.format(" v%d.16b, v%d.16b", d, d)
		elseif k == 2 then
			c.extra = c.word
			c.asm = c.asm .. "; twice"
		elseif k == 3 and R(2) == 1 then
			-- the destination changed in between (a PUT from the integer IR,
			-- or a helper call), then the same instruction: the JIT's cached
			-- copy of the slot must not be used
			local x = R(0, 31)
			if R(2) == 1 then
				c.mid = 0x4ea01c00 | x << 16 | x << 5 | d   -- mov vD, vX
				c.asm = c.asm .. string.format("; mov v%d.16b, v%d.16b", d, x)
			else
				c.mid = 0x4e205800 | x << 5 | d              -- cnt vD, vX (a helper call)
				c.asm = c.asm .. string.format("; cnt v%d.16b, v%d.16b", d, x)
			end
			c.extra = c.word
			c.asm = c.asm .. "; again"
		elseif c.name == "SHA256H" then
			-- OpenSSL's round pair: mov vZ, vD; sha256h qD, qN, vM; sha256h2 qN, qZ, vM
			-- (the JIT computes the pair once when vZ holds vD's old value:
			-- with the mov, or without it for the other path)
			local n, m = (c.word >> 5) & 31, (c.word >> 16) & 31
			local z = R(0, 31)
			if z ~= d and z ~= n and m ~= d and m ~= n and n ~= d then
				if R(2) == 1 then
					c.pre = 0x4ea01c00 | d << 16 | d << 5 | z
					c.asm = string.format("mov v%d.16b, v%d.16b; ", z, d) .. c.asm
				end
				c.extra = 0x5e005000 | m << 16 | z << 5 | n
				c.asm = c.asm .. string.format("; sha256h2 q%d, q%d, v%d.4s", n, z, m)
			end
		end
	end
end

local function qword(v) return string.format("0x%016x", v) end
local o = assert(io.open(out, "w"))
o:write("// generated by tests/isa/simd/gen_simd.lua " .. table.concat(arg, " ", 1, 3) .. "; do not edit\n")
o:write('#include "tests/isa/harness.S"\n')
for i, c in ipairs(cases) do
	o:write(string.format("// case %d: %s %s\n\tCASE_BEGIN %d\n", i - 1, c.name, c.asm, i - 1))
	-- odd cases start with FPSR.IXC already set: that is when the fast FP path runs
	local fpsr = (i % 2 == 1) and "\tmov x28, #0x10\n\tmsr fpsr, x28\n" or "\tmsr fpsr, xzr\n"
	local extra = c.extra and string.format("\t.inst 0x%08x\n", c.extra) or ""
	if c.mid then extra = string.format("\t.inst 0x%08x\n", c.mid) .. extra end
	local pre = c.pre and string.format("\t.inst 0x%08x\n", c.pre) or ""
	o:write(string.format("\tmsr fpcr, x28\n%s%s\t.inst 0x%08x\n%s\tmrs x28, fpsr\n", fpsr, pre, c.word, extra))
	o:write(string.format("\tCASE_END %d\n", i - 1))
end
o:write("\tEXIT\n\t.data\n\t.balign 16\n")
for i, c in ipairs(cases) do
	o:write(string.format("init_%d:\n", i - 1))
	for r = 0, 30 do
		local v = r == 28 and fpcr() or (R(3) == 1 and INTS[R(#INTS)] or half64())
		-- qemu-aarch64 7.2 sets Z for FJCVTZS of a denormal flushed by FPCR.FZ,
		-- where FPToFixedJS clears it (qemu issue 2375): FZ stays clear for
		-- FJCVTZS here, tests/isa_a64_features.t checks that case exactly
		if r == 28 and c.asm:find("^fjcvtzs") then v = v & ~(1 << 24) end
		o:write("\t.quad " .. qword(v) .. "\n")
	end
	o:write("\t.quad 0\n\t.quad " .. qword(R(0, 15) << 28) .. "\n")  -- sp (unused), nzcv
	for _ = 1, 64 do
		local v = half64()
		if class == "fparith" then
			local k = R(10)
			if k > 3 then v = R(2) == 1 and near_one(64) or near_one(32) | near_one(32) << 32
			elseif k == 3 then   -- a tiny lane in either half of a single pair
				v = R(3) == 1 and near_tiny(64) or R(2) == 1 and near_tiny(32) | near_one(32) << 32
					or near_one(32) | near_tiny(32) << 32
			elseif k == 2 then v = R(2) == 1 and small_exact(64) or small_exact(32) | near_one(32) << 32 end
		end
		o:write("\t.quad " .. qword(v) .. "\n")
	end
	for _ = 1, 64 do o:write("\t.quad 0\n") end
end
o:close()
local l = assert(io.open(out .. ".cases", "w"))
for i, c in ipairs(cases) do l:write(string.format("%d\t%s\t%s\n", i - 1, c.name, c.asm)) end
l:close()
