/* arch/s390x/gdb.c: the registers gdb sees (emu/gdbstub): the features
 * gdb's s390x target expects (org.gnu.gdb.s390.core: pswm, pswa, r0-r15;
 * .acr: acr0-acr15; .fpr: fpc, f0-f15), numbered in that order from 0,
 * big-endian like the guest. */
#include "arch/arch.h"
#include "arch/s390x/cpu.h"

enum { R_PSWM, R_PSWA, R_R0, R_A0 = R_R0 + 16, R_FPC = R_A0 + 16, R_F0, NREGS = R_F0 + 16 };

/* A problem-state PSW as Linux shows it to a debugger (DAT, I/O, external,
 * machine check, problem state, 64-bit addressing), the condition code in
 * bits 18-19. */
#define PSW_USER 0x0705000180000000ull
#define PSW_CC_SHIFT 44

static const char xml[] =
	"<?xml version=\"1.0\"?>\n"
	"<!DOCTYPE target SYSTEM \"gdb-target.dtd\">\n"
	"<target version=\"1.0\">\n"
	"<architecture>s390:64-bit</architecture>\n"
	"<osabi>GNU/Linux</osabi>\n"
	"<feature name=\"org.gnu.gdb.s390.core\">\n"
	"<reg name=\"pswm\" bitsize=\"64\" type=\"uint64\" group=\"psw\"/>\n"
	"<reg name=\"pswa\" bitsize=\"64\" type=\"uint64\" group=\"psw\"/>\n"
#define R(n) "<reg name=\"r" #n "\" bitsize=\"64\" type=\"uint64\" group=\"general\"/>\n"
	R(0) R(1) R(2) R(3) R(4) R(5) R(6) R(7) R(8) R(9) R(10) R(11) R(12) R(13) R(14) R(15)
#undef R
	"</feature>\n"
	"<feature name=\"org.gnu.gdb.s390.acr\">\n"
#define A(n) "<reg name=\"acr" #n "\" bitsize=\"32\" type=\"uint32\" group=\"access\"/>\n"
	A(0) A(1) A(2) A(3) A(4) A(5) A(6) A(7) A(8) A(9) A(10) A(11) A(12) A(13) A(14) A(15)
#undef A
	"</feature>\n"
	"<feature name=\"org.gnu.gdb.s390.fpr\">\n"
	"<reg name=\"fpc\" bitsize=\"32\" type=\"uint32\" group=\"float\"/>\n"
#define F(n) "<reg name=\"f" #n "\" bitsize=\"64\" type=\"ieee_double\" group=\"float\"/>\n"
	F(0) F(1) F(2) F(3) F(4) F(5) F(6) F(7) F(8) F(9) F(10) F(11) F(12) F(13) F(14) F(15)
#undef F
	"</feature>\n"
	"</target>\n";

static void be(uint8_t *p, uint64_t v, unsigned n)
{
	for (unsigned i = n; i-- > 0; v >>= 8) p[i] = (uint8_t)v;
}

static uint64_t from_be(const uint8_t *p, unsigned n)
{
	uint64_t v = 0;
	for (unsigned i = 0; i < n; i++) v = v << 8 | p[i];
	return v;
}

static unsigned read_reg(const struct dm_cpu *cpu, unsigned n, uint8_t *buf)
{
	const struct s390x_cpu *c = (const struct s390x_cpu *)cpu;
	if (n == R_PSWM) return be(buf, PSW_USER | (uint64_t)s390x_cc_value(c) << PSW_CC_SHIFT, 8), 8;
	if (n == R_PSWA) return be(buf, cpu->pc, 8), 8;
	if (n >= R_R0 && n < R_A0) return be(buf, c->r[n - R_R0], 8), 8;
	if (n >= R_A0 && n < R_FPC) return be(buf, c->a[n - R_A0], 4), 4;
	if (n == R_FPC) return be(buf, c->fpc, 4), 4;
	if (n >= R_F0 && n < NREGS) return be(buf, c->f[n - R_F0], 8), 8;
	return 0;
}

static unsigned write_reg(struct dm_cpu *cpu, unsigned n, const uint8_t *buf, unsigned len)
{
	struct s390x_cpu *c = (struct s390x_cpu *)cpu;
	unsigned size = (n >= R_A0 && n <= R_FPC) ? 4 : 8;
	if (n >= NREGS || len < size) return 0;
	uint64_t v = from_be(buf, size);
	if (n == R_PSWM) s390x_cc_set(c, (unsigned)(v >> PSW_CC_SHIFT) & 3);   /* the rest is fixed in problem state */
	else if (n == R_PSWA) cpu->pc = v;
	else if (n < R_A0) c->r[n - R_R0] = v;
	else if (n < R_FPC) c->a[n - R_A0] = (uint32_t)v;
	else if (n == R_FPC) c->fpc = (uint32_t)v;
	else c->f[n - R_F0] = v;
	return size;
}

const struct dm_gdb_regs s390x_gdb_regs = { .target_xml = xml, .nregs = NREGS, .read = read_reg, .write = write_reg };
