/* arch/aarch64/gdb.c: the registers gdb sees (emu/gdbstub): the features
 * gdb's aarch64 target expects (org.gnu.gdb.aarch64.core: x0-x30, sp, pc,
 * cpsr; .fpu: v0-v31, fpsr, fpcr; .tls: tpidr), numbered in that order from
 * 0, little-endian. */
#include <string.h>

#include "arch/aarch64/cpu.h"
#include "arch/arch.h"

#define NV 32
enum { R_SP = 31, R_PC = 32, R_CPSR = 33, R_V0 = 34, R_FPSR = R_V0 + NV, R_FPCR, R_TPIDR, NREGS };

static const char xml[] =
	"<?xml version=\"1.0\"?>\n"
	"<!DOCTYPE target SYSTEM \"gdb-target.dtd\">\n"
	"<target version=\"1.0\">\n"
	"<architecture>aarch64</architecture>\n"
	"<osabi>GNU/Linux</osabi>\n"
	"<feature name=\"org.gnu.gdb.aarch64.core\">\n"
#define X(n) "<reg name=\"x" #n "\" bitsize=\"64\"/>\n"
	X(0) X(1) X(2) X(3) X(4) X(5) X(6) X(7) X(8) X(9) X(10) X(11) X(12) X(13) X(14) X(15)
	X(16) X(17) X(18) X(19) X(20) X(21) X(22) X(23) X(24) X(25) X(26) X(27) X(28) X(29) X(30)
#undef X
	"<reg name=\"sp\" bitsize=\"64\" type=\"data_ptr\"/>\n"
	"<reg name=\"pc\" bitsize=\"64\" type=\"code_ptr\"/>\n"
	"<flags id=\"cpsr_flags\" size=\"4\">\n"
	" <field name=\"V\" start=\"28\" end=\"28\"/>\n <field name=\"C\" start=\"29\" end=\"29\"/>\n"
	" <field name=\"Z\" start=\"30\" end=\"30\"/>\n <field name=\"N\" start=\"31\" end=\"31\"/>\n"
	"</flags>\n"
	"<reg name=\"cpsr\" bitsize=\"32\" type=\"cpsr_flags\"/>\n"
	"</feature>\n"
	"<feature name=\"org.gnu.gdb.aarch64.fpu\">\n"
	"<vector id=\"v2d\" type=\"ieee_double\" count=\"2\"/>\n<vector id=\"v2u\" type=\"uint64\" count=\"2\"/>\n"
	"<vector id=\"v2i\" type=\"int64\" count=\"2\"/>\n<vector id=\"v4f\" type=\"ieee_single\" count=\"4\"/>\n"
	"<vector id=\"v4u\" type=\"uint32\" count=\"4\"/>\n<vector id=\"v4i\" type=\"int32\" count=\"4\"/>\n"
	"<vector id=\"v8f\" type=\"ieee_half\" count=\"8\"/>\n<vector id=\"v8u\" type=\"uint16\" count=\"8\"/>\n"
	"<vector id=\"v8i\" type=\"int16\" count=\"8\"/>\n<vector id=\"v16u\" type=\"uint8\" count=\"16\"/>\n"
	"<vector id=\"v16i\" type=\"int8\" count=\"16\"/>\n<vector id=\"v1u\" type=\"uint128\" count=\"1\"/>\n"
	"<vector id=\"v1i\" type=\"int128\" count=\"1\"/>\n"
	"<union id=\"vnd\"><field name=\"f\" type=\"v2d\"/><field name=\"u\" type=\"v2u\"/><field name=\"s\" type=\"v2i\"/></union>\n"
	"<union id=\"vns\"><field name=\"f\" type=\"v4f\"/><field name=\"u\" type=\"v4u\"/><field name=\"s\" type=\"v4i\"/></union>\n"
	"<union id=\"vnh\"><field name=\"f\" type=\"v8f\"/><field name=\"u\" type=\"v8u\"/><field name=\"s\" type=\"v8i\"/></union>\n"
	"<union id=\"vnb\"><field name=\"u\" type=\"v16u\"/><field name=\"s\" type=\"v16i\"/></union>\n"
	"<union id=\"vnq\"><field name=\"u\" type=\"v1u\"/><field name=\"s\" type=\"v1i\"/></union>\n"
	"<union id=\"aarch64v\"><field name=\"d\" type=\"vnd\"/><field name=\"s\" type=\"vns\"/>"
	"<field name=\"h\" type=\"vnh\"/><field name=\"b\" type=\"vnb\"/><field name=\"q\" type=\"vnq\"/></union>\n"
#define V(n) "<reg name=\"v" #n "\" bitsize=\"128\" type=\"aarch64v\"/>\n"
	V(0) V(1) V(2) V(3) V(4) V(5) V(6) V(7) V(8) V(9) V(10) V(11) V(12) V(13) V(14) V(15)
	V(16) V(17) V(18) V(19) V(20) V(21) V(22) V(23) V(24) V(25) V(26) V(27) V(28) V(29) V(30) V(31)
#undef V
	"<reg name=\"fpsr\" bitsize=\"32\"/>\n"
	"<reg name=\"fpcr\" bitsize=\"32\"/>\n"
	"</feature>\n"
	"<feature name=\"org.gnu.gdb.aarch64.tls\">\n"
	"<reg name=\"tpidr\" bitsize=\"64\" type=\"data_ptr\"/>\n"
	"</feature>\n"
	"</target>\n";

static void le(uint8_t *p, uint64_t v, unsigned n)
{
	for (unsigned i = 0; i < n; i++, v >>= 8) p[i] = (uint8_t)v;
}

static uint64_t from_le(const uint8_t *p, unsigned n)
{
	uint64_t v = 0;
	for (unsigned i = n; i-- > 0;) v = v << 8 | p[i];
	return v;
}

static unsigned read_reg(const struct dm_cpu *cpu, unsigned n, uint8_t *buf)
{
	const struct a64_cpu *c = (const struct a64_cpu *)cpu;
	if (n <= R_SP) return le(buf, c->x[n], 8), 8;
	if (n == R_PC) return le(buf, cpu->pc, 8), 8;
	if (n == R_CPSR) return le(buf, c->nzcv, 4), 4;
	if (n >= R_V0 && n < R_V0 + NV) {
		le(buf, c->v[n - R_V0][0], 8);
		le(buf + 8, c->v[n - R_V0][1], 8);
		return 16;
	}
	if (n == R_FPSR) return le(buf, c->fpsr, 4), 4;
	if (n == R_FPCR) return le(buf, c->fpcr, 4), 4;
	if (n == R_TPIDR) return le(buf, c->tpidr_el0, 8), 8;
	return 0;
}

static unsigned write_reg(struct dm_cpu *cpu, unsigned n, const uint8_t *buf, unsigned len)
{
	struct a64_cpu *c = (struct a64_cpu *)cpu;
	unsigned size = n <= R_PC || n == R_TPIDR ? 8 : n == R_CPSR || n == R_FPSR || n == R_FPCR ? 4 : 16;
	if (n >= NREGS || len < size) return 0;
	if (n <= R_SP) c->x[n] = from_le(buf, 8);
	else if (n == R_PC) cpu->pc = from_le(buf, 8);
	else if (n == R_CPSR) c->nzcv = from_le(buf, 4) & 0xf0000000u;   /* EL0 sees only NZCV */
	else if (n == R_FPSR) c->fpsr = from_le(buf, 4);
	else if (n == R_FPCR) c->fpcr = from_le(buf, 4);
	else if (n == R_TPIDR) c->tpidr_el0 = from_le(buf, 8);
	else c->v[n - R_V0][0] = from_le(buf, 8), c->v[n - R_V0][1] = from_le(buf + 8, 8);
	return size;
}

const struct dm_gdb_regs a64_gdb_regs = { .target_xml = xml, .nregs = NREGS, .read = read_reg, .write = write_reg };
