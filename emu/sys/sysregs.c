/* emu/sys/sysregs.c: the syscall register convention, from the generated ABI
 * table (emu/sys/sysregs.h). */
#include <errno.h>
#include <string.h>

#include "arch/arch.h"
#include "emu/abi/abi.h"
#include "emu/abi/bytes.h"
#include "emu/mm/mm.h"
#include "emu/sys/sysregs.h"

uint64_t dm_reg_get(const struct dm_cpu *cpu, unsigned r)
{
	const struct dm_arch *arch = cpu->arch;
	if (r >= arch->nregs) return 0;
	const char *p = (const char *)cpu + arch->reg_off[r];
	if (arch->reg_size == 4) { uint32_t v; memcpy(&v, p, 4); return v; }
	uint64_t v;
	memcpy(&v, p, 8);
	return v;
}

void dm_reg_set(struct dm_cpu *cpu, unsigned r, uint64_t v)
{
	const struct dm_arch *arch = cpu->arch;
	if (r >= arch->nregs) return;
	char *p = (char *)cpu + arch->reg_off[r];
	if (arch->reg_size == 4) { uint32_t w = (uint32_t)v; memcpy(p, &w, 4); }
	else memcpy(p, &v, 8);
}

uint64_t dm_syscall_nr(const struct dm_cpu *cpu, const struct dm_abi *abi)
{
	if (cpu->arch->syscall_nr) return cpu->arch->syscall_nr(cpu);
	return dm_reg_get(cpu, abi->regs.nr);
}

bool dm_syscall_args(const struct dm_cpu *cpu, const struct dm_abi *abi, uint64_t args[8])
{
	const struct dm_sysregs *r = &abi->regs;
	unsigned i = 0;
	for (; i < r->nargs && i < 8; i++) args[i] = dm_reg_get(cpu, r->args[i]);
	for (unsigned k = i; k < 8; k++) args[k] = 0;
	if (r->sp == DM_REG_NONE) return true;
	/* o32: arguments 5-8 are words on the caller's stack, at sp + 16 */
	unsigned w = abi->bits / 8, n = 8 - i;
	uint8_t buf[8 * 8];
	if (dm_copy_from_guest(buf, dm_reg_get(cpu, r->sp) + r->stack_off, (size_t)n * w)) return false;
	for (unsigned k = 0; k < n; k++) {
		const uint8_t *p = buf + k * w;
		args[i + k] = w == 4 ? (abi->endian == DM_BIG ? dm_ld32be(p) : dm_ld32le(p))
				     : (abi->endian == DM_BIG ? dm_ld64be(p) : dm_ld64le(p));
	}
	return true;
}

/* The CR's CR0 field is its most significant nibble (LT GT EQ SO): SO is bit 28. */
#define CR0_SO (1u << 28)

void dm_syscall_result(struct dm_cpu *cpu, const struct dm_abi *abi, int64_t ret)
{
	const struct dm_sysregs *r = &abi->regs;
	/* the kernel's IS_ERR_VALUE range: no guest numbers an errno above 4095 */
	bool error = ret < 0 && ret >= -4095;
	switch (abi->errconv) {
	case DM_ERR_NEGATIVE:
		dm_reg_set(cpu, r->ret, (uint64_t)ret);
		break;
	case DM_ERR_A3_FLAG:
		dm_reg_set(cpu, r->ret, error ? (uint64_t)-ret : (uint64_t)ret);
		dm_reg_set(cpu, r->err, error);
		break;
	case DM_ERR_CR0_SO: {
		uint64_t cr = dm_reg_get(cpu, r->err);
		dm_reg_set(cpu, r->ret, error ? (uint64_t)-ret : (uint64_t)ret);
		dm_reg_set(cpu, r->err, error ? cr | CR0_SO : cr & ~(uint64_t)CR0_SO);
		break;
	}
	case DM_ERR_CARRY:
		dm_reg_set(cpu, r->ret, error ? (uint64_t)-ret : (uint64_t)ret);
		if (cpu->arch->syscall_carry) cpu->arch->syscall_carry(cpu, error);
		break;
	}
}
