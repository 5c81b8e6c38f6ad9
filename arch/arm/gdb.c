/* arch/arm/gdb.c: the registers gdb sees (emu/gdbstub): gdb's arm target
 * features org.gnu.gdb.arm.core (r0-r12, sp, lr, pc, cpsr) and
 * org.gnu.gdb.arm.vfp (d0-d15, fpscr), numbered in that order from 0,
 * little-endian like the guest.  The pc is shown without the Thumb bit,
 * which is cpsr's T bit (cpu.h keeps it in the pc's bit 0). */
#include <string.h>

#include "arch/arch.h"
#include "arch/arm/cpu.h"

enum { R_R0, R_PC = 15, R_CPSR, R_D0, R_FPSCR = R_D0 + 16, NREGS };

static const char xml[] =
	"<?xml version=\"1.0\"?>\n"
	"<!DOCTYPE target SYSTEM \"gdb-target.dtd\">\n"
	"<target version=\"1.0\">\n"
	"<architecture>arm</architecture>\n"
	"<osabi>GNU/Linux</osabi>\n"
	"<feature name=\"org.gnu.gdb.arm.core\">\n"
#define R(n) "<reg name=\"r" #n "\" bitsize=\"32\" type=\"uint32\"/>\n"
	R(0) R(1) R(2) R(3) R(4) R(5) R(6) R(7) R(8) R(9) R(10) R(11) R(12)
#undef R
	"<reg name=\"sp\" bitsize=\"32\" type=\"data_ptr\"/>\n"
	"<reg name=\"lr\" bitsize=\"32\"/>\n"
	"<reg name=\"pc\" bitsize=\"32\" type=\"code_ptr\"/>\n"
	"<reg name=\"cpsr\" bitsize=\"32\"/>\n"
	"</feature>\n"
	"<feature name=\"org.gnu.gdb.arm.vfp\">\n"
#define D(n) "<reg name=\"d" #n "\" bitsize=\"64\" type=\"ieee_double\"/>\n"
	D(0) D(1) D(2) D(3) D(4) D(5) D(6) D(7) D(8) D(9) D(10) D(11) D(12) D(13) D(14) D(15)
#undef D
	"<reg name=\"fpscr\" bitsize=\"32\" type=\"int\" group=\"float\"/>\n"
	"</feature>\n"
	"</target>\n";

static unsigned read_reg(const struct dm_cpu *cpu, unsigned n, uint8_t *buf)
{
	const struct arm_cpu *c = (const struct arm_cpu *)cpu;
	uint32_t v;
	if (n < R_PC) v = c->r[n];
	else if (n == R_PC) v = (uint32_t)cpu->pc & ~1u;
	else if (n == R_CPSR) v = arm_cpsr_get(c);
	else if (n >= R_D0 && n < R_FPSCR) return memcpy(buf, &c->d[n - R_D0], 8), 8;
	else if (n == R_FPSCR) v = c->fpscr;
	else return 0;
	memcpy(buf, &v, 4);
	return 4;
}

static unsigned write_reg(struct dm_cpu *cpu, unsigned n, const uint8_t *buf, unsigned len)
{
	struct arm_cpu *c = (struct arm_cpu *)cpu;
	unsigned size = (n >= R_D0 && n < R_FPSCR) ? 8 : 4;
	if (n >= NREGS || len < size) return 0;
	if (size == 8) return memcpy(&c->d[n - R_D0], buf, 8), 8;
	uint32_t v;
	memcpy(&v, buf, 4);
	if (n < R_PC) c->r[n] = v;
	else if (n == R_PC) cpu->pc = (v & ~1u) | (cpu->pc & 1);
	else if (n == R_CPSR) arm_cpsr_set(c, v);
	else c->fpscr = v;
	return 4;
}

const struct dm_gdb_regs arm_gdb_regs = { .target_xml = xml, .nregs = NREGS, .read = read_reg, .write = write_reg };
