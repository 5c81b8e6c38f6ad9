-- tests/isa/gen.lua: random A64 ISA test programs, compared under
-- qemu-aarch64 (the reference) and dragoman.
-- Usage: lua5.4 gen.lua CLASS COUNT SEED OUT.S
-- Each case loads registers, NZCV, V0-V31 and a 512-byte scratch block from
-- its own random table, runs one instruction (or a short sequence), then
-- writes a 1288-byte record (x0-x30, sp, nzcv, v0-v31, scratch) to stdout.
-- Encodings come from arch/aarch64/decode_base.inc rows with random fields,
-- constrained where the manual says UNPREDICTABLE or where memory must stay
-- inside the scratch block; rows binutils calls undefined are dropped.
local class, count, seed, out = arg[1], tonumber(arg[2]), tonumber(arg[3]), arg[4]
math.randomseed(seed)
local R = math.random

local function rows()
	local t = {}
	for line in io.lines("arch/aarch64/decode_base.inc") do
		local name = line:match("^INST%(([%w_]+),")
		local pat = line:match('"([^"]*)"%)%s*$')
		if name and pat then t[name] = pat end
	end
	return t
end
local ROWS = rows()

local CLASSES = {
	dp_imm = { "ADR", "ADRP", "ADD_imm", "ADDS_imm", "SUB_imm", "SUBS_imm", "AND_imm", "ORR_imm", "EOR_imm",
		"ANDS_imm", "MOVN", "MOVZ", "MOVK", "SBFM", "BFM", "UBFM", "EXTR" },
	dp_reg = { "AND_shift", "BIC_shift", "ORR_shift", "ORN_shift", "EOR_shift", "EON", "ANDS_shift", "BICS",
		"ADD_shift", "ADDS_shift", "SUB_shift", "SUBS_shift", "ADD_ext", "ADDS_ext", "SUB_ext", "SUBS_ext",
		"ADC", "ADCS", "SBC", "SBCS", "CCMN_reg", "CCMP_reg", "CCMN_imm", "CCMP_imm", "CSEL", "CSINC", "CSINV",
		"CSNEG", "MADD", "MSUB", "SMADDL", "SMSUBL", "SMULH", "UMADDL", "UMSUBL", "UMULH", "UDIV", "SDIV",
		"LSLV", "LSRV", "ASRV", "RORV", "CRC32", "CRC32C", "RBIT_int", "REV16_int", "REV32_REV", "REV64",
		"CLZ_int", "CLS_int", "RMIF", "SETF8", "SETF16", "CFINV", "XAFLAG", "AXFLAG" },
	ldst = { "LDST_imm9", "LDST_reg", "LDST_uimm", "LDST_imm9_fpsimd", "LDST_reg_fpsimd", "LDST_uimm_fpsimd",
		"LDSTP_gen", "LDSTP_fpsimd", "LDR_lit", "LDRSW_lit", "PRFM_lit", "LDR_lit_fpsimd", "PRFUM", "PRFM_reg",
		"PRFM_imm" },
	atomic = { "CAS", "CASP", "LDADD", "LDCLR", "LDEOR", "LDSET", "LDSMAX", "LDSMIN", "LDUMAX", "LDUMIN", "SWP",
		"LDAPR", "LDXR", "LDAXR", "STXR", "STLXR", "LDXP", "LDAXP", "STXP", "STLXP", "STLR", "LDAR", "STLLR",
		"LDLAR", "STLUR", "LDAPUR", "LDAPURS_x", "LDAPURS_w" },
	simd_ldst = { "LDST_multiple", "LDST_multiple_post", "LDST_single", "LDST_single_post" },
}

local function rand64()
	local specials = { 0, 1, -1, 0x7fffffff, 0x80000000, 0xffffffff, math.mininteger, math.maxinteger, 2, 63, 64 }
	if R(5) == 1 then return specials[R(#specials)] end
	return R(0, 0xffffffff) << 32 | R(0, 0xffffffff)
end

-- fill a pattern: fields[letter] = value, MSB-first over that letter's bits
local function encode(pat, fields)
	local widths, w = {}, 0
	for c in pat:gmatch(".") do if c ~= "0" and c ~= "1" then widths[c] = (widths[c] or 0) + 1 end end
	local used, word = {}, 0
	for k = 1, 32 do
		local c = pat:sub(k, k)
		local bit
		if c == "0" or c == "1" then bit = tonumber(c)
		else
			used[c] = (used[c] or 0) + 1
			local v = fields[c]
			if v == nil then v = R(0, (1 << widths[c]) - 1); fields[c] = v end
			bit = (v >> (widths[c] - used[c])) & 1
		end
		word = word << 1 | bit
	end
	return word, widths
end

local function pick_reg(avoid, lo, hi)
	while true do
		local r = R(lo or 0, hi or 30)
		if not avoid[r] then avoid[r] = true; return r end
	end
end

-- one case: returns { words = {...} or text = "...", init = {x = {}, sp, nzcv}, vinit }
local function make_case(cls)
	local init = { x = {}, sp = nil, nzcv = R(0, 15) << 28 }
	for i = 0, 30 do init.x[i] = rand64() end
	init.sp = "scratch+256"
	local names = CLASSES[cls]
	local name = names[R(#names)]
	local pat = ROWS[name]
	local f = {}
	if cls == "ldst" or cls == "atomic" or cls == "simd_ldst" then
		local avoid = { [28] = true, [29] = true, [30] = true }
		local n = R(4) == 1 and 31 or pick_reg(avoid, 0, 27)
		avoid[n] = true
		f.n = n
		if n ~= 31 then init.x[n] = "scratch+256" end
		for _, c in ipairs { "t", "u", "s", "m" } do f[c] = pick_reg(avoid, 0, 27) end
		local exact = cls == "atomic"
		if name == "CASP" then f.s = f.s & ~1; f.t = f.t & ~1
			if f.s == f.t or f.s + 1 == f.n or f.t + 1 == f.n or f.s == f.n or f.t == f.n then return nil end
			if f.s + 1 == f.t or f.t + 1 == f.s then return nil end
		end
		if pat:find("iiiiiiiii") then   -- imm9
			local v = exact and R(-8, 8) * 8 or R(-128, 127)
			f.i = v & 0x1ff
		end
		if name:find("uimm") or name == "PRFM_imm" then f.i = R(0, 15) end
		if name:find("LDSTP") then f.i = R(-8, 7) & 0x7f end
		if name:find("lit") then f.i = R(-32, 32) & 0x7ffff end
		if pat:find("xxx") then   -- register offset: option must be UXTW/LSL/SXTW/SXTX
			local opts = { 2, 3, 6, 7 }
			f.x = opts[R(4)]
			local small = R(-16, 16)
			if f.x == 2 then small = R(0, 16) end
			if f.x == 2 or f.x == 6 then init.x[f.m] = (R(0, 0xffffffff) << 32) | (small & 0xffffffff)
			else init.x[f.m] = small end
		end
		if name:find("_post") then init.x[f.m] = R(-64, 64) end
		if name == "LDST_single" or name == "LDST_single_post" then end
	end
	local word = encode(pat, f)
	return { word = word, init = init, name = name }
end

-- sequences that need labels or pairs of instructions
local function text_case(cls)
	local init = { x = {}, sp = "scratch+256", nzcv = R(0, 15) << 28 }
	for i = 0, 30 do init.x[i] = rand64() end
	local conds = { "eq", "ne", "cs", "cc", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le", "al" }
	local r = R(0, 27)
	local body
	local kind = R(9)
	if cls == "branch" then
		if kind == 1 then body = "b." .. conds[R(#conds)] .. " TAKEN"
		elseif kind == 2 then body = (R(2) == 1 and "cbz" or "cbnz") .. (R(2) == 1 and " w" or " x") .. r .. ", TAKEN"
			if R(2) == 1 then init.x[r] = R(2) == 1 and 0 or (R(2) == 1 and 1 << 32 or 5) end
		elseif kind == 3 then body = (R(2) == 1 and "tbz" or "tbnz") .. " x" .. r .. ", #" .. R(0, 63) .. ", TAKEN"
		elseif kind == 4 then body = "b TAKEN"
		elseif kind == 5 then body = "bl TAKEN"
		elseif kind == 6 then init.x[r] = "TAKEN"; body = "br x" .. r
		elseif kind == 7 then init.x[r] = "TAKEN"; body = "blr x" .. r
		elseif kind == 8 then init.x[r] = "TAKEN"; body = "ret x" .. r
		else init.x[30] = "TAKEN"; body = "ret" end
		return { text = body .. "\n\tmov x28, #1\n\tb JOIN\nTAKEN:\tmov x28, #2\nJOIN:", init = init, name = body:match("^%S+") }
	elseif cls == "system" then
		local opts = {
			function() return "msr nzcv, x" .. r .. "\n\tmrs x" .. R(0, 27) .. ", nzcv", "nzcv" end,
			function() init.x[r] = rand64() & 0x07c00000; return "msr fpcr, x" .. r .. "\n\tmrs x" .. R(0, 27) .. ", fpcr", "fpcr" end,
			function() init.x[r] = rand64() & 0x0800009f; return "msr fpsr, x" .. r .. "\n\tmrs x" .. R(0, 27) .. ", fpsr", "fpsr" end,
			function() return "msr tpidr_el0, x" .. r .. "\n\tmrs x" .. R(0, 27) .. ", tpidr_el0", "tpidr" end,
			function() return "mrs x" .. r .. ", ctr_el0", "ctr_el0" end,
			function() return "mrs x" .. r .. ", dczid_el0", "dczid_el0" end,
			function() return "mrs x" .. r .. ", midr_el1", "midr_el1" end,
			function() init.x[r] = "scratch+" .. R(0, 447); return "dc zva, x" .. r, "dc_zva" end,
			function() init.x[r] = "scratch+" .. R(0, 511); return "dc cvau, x" .. r .. "\n\tdc civac, x" .. r .. "\n\tic ivau, x" .. r .. "\n\tdsb ish\n\tisb", "cache_maint" end,
			function() return string.format(".inst 0x%08x", 0xd503201f | R(0, 127) << 5), "hint" end,
			function() return "dmb ish\n\tdsb sy\n\tclrex\n\tisb", "barriers" end,
		}
		local body, nm = opts[R(#opts)]()
		return { text = body, init = init, name = nm }
	else   -- excl: exclusive pairs that must succeed, and their retry idiom
		local a = R(0, 9); init.x[a] = "scratch+" .. (R(0, 30) * 16)
		local v, s = R(10, 14), R(20, 27)
		local sz = ({ { "b", "w" }, { "h", "w" }, { "", "w" }, { "", "x" } })[R(4)]
		local ops = {
			function() return string.format("ldxr%s %s%d, [x%d]\n\tadd %s%d, %s%d, #3\n\tstxr%s w%d, %s%d, [x%d]", sz[1], sz[2], v, a, sz[2], v, sz[2], v, sz[1], s, sz[2], v, a), "ldxr+stxr" end,
			function() return string.format("ldaxr%s %s%d, [x%d]\n\tstlxr%s w%d, %s%d, [x%d]", sz[1], sz[2], v, a, sz[1], s, sz[2], v + 1, a), "ldaxr+stlxr" end,
			function() return string.format("ldxp x%d, x%d, [x%d]\n\tstxp w%d, x%d, x%d, [x%d]", v, v + 1, a, s, v + 3, v + 4, a), "ldxp+stxp" end,
			function() return string.format("ldaxp w%d, w%d, [x%d]\n\tstlxp w%d, w%d, w%d, [x%d]", v, v + 1, a, s, v + 3, v + 4, a), "ldaxp+stlxp(w)" end,
			function() return string.format("ldxr x%d, [x%d]\n\tclrex\n\tstxr w%d, x%d, [x%d]", v, a, s, v, a), "clrex" end,
			function() return string.format("ldxr x%d, [x%d]\n\tstxr w%d, x%d, [x%d]\n\tstxr w%d, x%d, [x%d]", v, a, s, v, a, s + 1, v, a), "stxr twice" end,
		}
		local body, nm = ops[R(#ops)]()
		return { text = body, init = init, name = nm }
	end
end

local function qword(v)
	if type(v) == "string" then return (v:gsub("TAKEN", "taken_" .. CUR)) end
	return string.format("0x%016x", v & -1)
end

-- binutils as the second opinion on which random encodings are allocated
local function defined_words(words)
	local tmp = os.tmpname()
	local f = assert(io.open(tmp .. ".S", "w"))
	for _, w in ipairs(words) do f:write(string.format(".inst 0x%08x\n", w)) end
	f:close()
	assert(os.execute("aarch64-linux-gnu-as " .. tmp .. ".S -o " .. tmp .. ".o"))
	local ok = {}
	local p = io.popen("aarch64-linux-gnu-objdump -d " .. tmp .. ".o")
	for line in p:lines() do
		local w, rest = line:match("^%s*%x+:%s+(%x+)%s+(.*)$")
		-- stgp: FEAT_MTE, which qemu's max CPU has and dragoman does not advertise
		if w and not rest:find("undefined") and not rest:find("%.inst") and not rest:find("^stgp") then ok[tonumber(w, 16)] = rest end
	end
	p:close()
	os.remove(tmp); os.remove(tmp .. ".S"); os.remove(tmp .. ".o")
	return ok
end

local cases = {}
if CLASSES[class] then
	local cand = {}
	while #cand < count * 2 do
		local c = make_case(class)
		if c then cand[#cand + 1] = c end
	end
	local words = {}
	for i, c in ipairs(cand) do words[i] = c.word end
	local ok = defined_words(words)
	for _, c in ipairs(cand) do
		if ok[c.word] and #cases < count then c.asm = ok[c.word]; cases[#cases + 1] = c end
	end
else
	for i = 1, count do cases[i] = text_case(class) end
end

local o = assert(io.open(out, "w"))
o:write("// generated by tests/isa/gen.lua " .. table.concat(arg, " ", 1, 3) .. "; do not edit\n")
o:write('#include "tests/isa/harness.S"\n')
for i, c in ipairs(cases) do
	o:write(string.format("// case %d: %s %s\n\tCASE_BEGIN %d\n", i - 1, c.name, c.asm or "", i - 1))
	if c.word then o:write(string.format("\t.inst 0x%08x\n", c.word))
	else
		local txt = c.text:gsub("TAKEN", "taken_" .. (i - 1)):gsub("JOIN", "join_" .. (i - 1))
		o:write("\t" .. txt .. "\n")
	end
	o:write(string.format("\tCASE_END %d\n", i - 1))
end
o:write("\tEXIT\n\t.data\n\t.balign 16\n")
for i, c in ipairs(cases) do
	CUR = i - 1
	o:write(string.format("init_%d:\n", i - 1))
	for r = 0, 30 do o:write("\t.quad " .. qword(c.init.x[r]) .. "\n") end
	o:write("\t.quad " .. qword(c.init.sp) .. "\n\t.quad " .. qword(c.init.nzcv) .. "\n")
	for _ = 1, 64 + 64 do o:write("\t.quad " .. qword(rand64()) .. "\n") end   -- V0-V31, scratch
end
o:close()
-- the case list, for the comparer's report
local l = assert(io.open(out .. ".cases", "w"))
for i, c in ipairs(cases) do l:write(string.format("%d\t%s\t%s\n", i - 1, c.name, ((c.asm or c.text or ""):gsub("\n", "; ")))) end
l:close()
