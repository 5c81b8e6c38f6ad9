/* emu/sys/dispatch.c: one guest syscall from registers to result.
 *
 *   dm_syscall_nr / dm_syscall_args      read the guest registers (sysregs.c: the
 *                                        ABI's generated convention)
 *   dm_syscall_lookup(dm_proc.abi, nr)   the generated table row: name + signature
 *   custom handler (custom.c)            when the table names one, or overrides it
 *   dm_marshal (marshal.c)               otherwise: the generic marshaller
 *   dm_seccomp_enter (seccomp.c)         the guest's strict mode or filters first
 *   dm_syscall_result                    result (< 0: -errno, guest numbering), stored
 *                                        as the ABI's error convention says
 * With -strace (DM_LOG_STRACE) each call is printed by emu/strace from the
 * same table. */
#include <glib.h>
#include <stdio.h>

#include "arch/arch.h"
#include "emu/signal/signal.h"
#include "emu/strace/strace.h"
#include "emu/sys/internal.h"
#include "emu/sys/sysregs.h"

/* emu/self.c is in libdm_os, which the syscall layer's own tests do not link */
bool dm_self_fd_release(void) __attribute__((weak));
#include "emu/sys/seccomp.h"

void dm_sys_report(const char *kind, const char *name)
{
	if (dm_proc.log_mask & DM_LOG_UNIMP)
		dm_report_once(kind, name);
}

/* Resolved handler per table row: looked up by name once. */
static const struct dm_abi *cache_abi;
static dm_custom_fn *cache_fn;
static uint8_t *cache_done;

static dm_custom_fn handler_for(const struct dm_abi *abi, const struct dm_syscall *e)
{
	if (cache_abi != abi) {
		g_free(cache_fn);
		g_free(cache_done);
		cache_fn = g_new0(dm_custom_fn, abi->nsyscalls);
		cache_done = g_new0(uint8_t, abi->nsyscalls);
		cache_abi = abi;
	}
	size_t k = (size_t)(e - abi->syscalls);
	if (k >= abi->nsyscalls) return dm_custom_lookup(e->name);
	if (!cache_done[k]) {
		cache_fn[k] = dm_custom_lookup(e->name);
		cache_done[k] = 1;
	}
	return cache_fn[k];
}

int64_t dm_sys_run(struct dm_sys_call *c)
{
	const struct dm_syscall *e = c->entry;
	if (!e) {
		char key[32];
		snprintf(key, sizeof key, "#%llu", (unsigned long long)c->nr);
		dm_sys_report("syscall", key);
		return DM_GERR(ENOSYS);
	}
	if (e->sig && e->sig->fixed_errno)       /* refused, as its spec says (fixed_errno) */
		return -(int64_t)e->sig->fixed_errno;
	dm_custom_fn fn = handler_for(c->abi, e);
	if (!fn && (!e->sig || e->sig->custom)) {
		dm_sys_report("syscall", e->name);
		return DM_GERR(ENOSYS);
	}
	int64_t r;
	if (dm_fdtrans_before(c, &r)) return r;
	r = fn ? fn(c) : dm_marshal(c);
	/* the table is full by our own descriptor's slot: the guest may use it
	 * (LTP's creat05, dup03 fill the table to RLIMIT_NOFILE); the kernel
	 * found no free slot before doing anything, so the call runs again */
	if (r < 0 && r == DM_GERR(EMFILE) && dm_self_fd_release && dm_self_fd_release()) r = fn ? fn(c) : dm_marshal(c);
	dm_fdtrans_after(c, r);
	return r;
}

void dm_syscall(struct dm_cpu *cpu)
{
	struct dm_sys_call c = { .cpu = cpu, .abi = dm_proc.abi };
	c.nr = dm_syscall_nr(cpu, c.abi);
	bool args_ok = dm_syscall_args(cpu, c.abi, c.args);
	if (dm_signal_pending && cpu->arch->syscall_restart) {
		/* a signal arrived during the block that ends here: the kernel would
		 * deliver it before the call; the call runs when the handler returns */
		cpu->arch->syscall_restart(cpu, c.args);
		return;
	}
	if (!args_ok) {
		/* the stack arguments (o32) are not readable: the kernel's entry says EFAULT */
		dm_syscall_result(cpu, c.abi, DM_GERR(EFAULT));
		return;
	}
	c.entry = dm_syscall_lookup(c.abi, (uint32_t)c.nr);
	int trace = (dm_proc.log_mask & DM_LOG_STRACE) != 0;
	if (trace) dm_strace_enter(&c);
	/* seccomp runs after a tracer has seen the call, as in the kernel */
	int64_t r = dm_seccomp_on() ? dm_seccomp_enter(&c) : DM_SECCOMP_RUN;
	if (r == DM_SECCOMP_RUN) r = dm_sys_run(&c);
	if (r == DM_SYS_RESTART) {
		/* a guest signal came first: deliver it, then run the call again (docs/signals.md) */
		if (trace) dm_strace_exit(&c, r);
		cpu->arch->syscall_restart(cpu, c.args);
		return;
	}
	if (trace) dm_strace_exit(&c, r);
	if (r != DM_SYS_KEEP_REGS)
		dm_syscall_result(cpu, c.abi, r);
}

uint64_t dm_call_arg(struct dm_sys_call *c, int i)
{
	const struct dm_sig *s = c->entry ? c->entry->sig : NULL;
	if (s && i < s->nargs) return dm_arg_value(c->abi, c->args, &s->args[i]);
	return i < 8 ? c->args[i] : 0;
}

uint64_t dm_call_named(struct dm_sys_call *c, const char *name, int fallback)
{
	const struct dm_sig *s = c->entry ? c->entry->sig : NULL;
	int i = dm_sig_arg(s, name);
	if (i >= 0) return dm_arg_value(c->abi, c->args, &s->args[i]);
	return fallback >= 0 && fallback < 8 ? c->args[fallback] : 0;
}
