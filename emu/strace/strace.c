/* emu/strace/strace.c: strace(1)-style lines from the generated tables. */
#include <glib.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "emu/abi/field.h"
#include "emu/strace/internal.h"
#include "emu/strace/strace.h"
#include "emu/strace/unfinished.h"
#include "emu/sys/internal.h"

#define ELEMS_SHOW 4    /* array elements shown */


/* The guest value of the name in set (false when the guest lacks it). */
static bool set_value(const struct dm_constset *set, const char *name, int64_t *v)
{
	for (unsigned i = 0; set && i < set->n; i++)
		if (!(set->v[i].flags & DM_C_NO_GUEST) && !strcmp(set->v[i].name, name)) {
			*v = (int64_t)set->v[i].guest;
			return true;
		}
	return false;
}

/* Is v the guest value of the name in set? */
static bool is_named(const struct dm_constset *set, const char *name, int64_t v)
{
	int64_t x;
	return set_value(set, name, &x) && x == v;
}

/* A flag bit of the set by name, 0 when the guest lacks it. */
static uint32_t flag_bit(const struct dm_constset *set, const char *name)
{
	int64_t x;
	return set_value(set, name, &x) ? (uint32_t)x : 0;
}

static const struct dm_constset *gset(int id) { return dm_proc.abi->sets[id]; }

static int hide_statx_sync;   /* set while a call other than statx shows its at_flags */
static int hide_accmode;      /* set while a call that opens nothing shows open_flags */

/* The names of a flags set's bits in v: multi-bit fields first (O_ACCMODE's
 * O_RDONLY/O_WRONLY/O_RDWR), then single names.  Returns the bits named. */
static uint64_t flag_names(GString *s, const struct dm_constset *set, uint64_t v, int *first)
{
	uint64_t covered = 0;
	for (unsigned pass = 0; pass < 2; pass++)
		for (unsigned i = 0; i < set->n; i++) {
			const struct dm_const *c = &set->v[i];
			if (c->flags & DM_C_NO_GUEST) continue;
			int field = c->gmask != c->guest;
			if ((pass == 0) != field) continue;
			if (c->guest == 0 && !field) continue;
			/* O_RDONLY/O_WRONLY/O_RDWR are an open's; strace shows none for pipe2, dup3... */
			if (hide_accmode && field && (c->gmask & 3) == 3) continue;
			/* AT_STATX_SYNC_AS_STAT (0) is statx's; strace names it there only */
			if (hide_statx_sync && !strcmp(c->name, "AT_STATX_SYNC_AS_STAT")) continue;
			/* O_NDELAY is O_NONBLOCK's other name where they are one bit; strace says O_NONBLOCK */
			if (!strcmp(c->name, "O_NDELAY") && is_named(set, "O_NONBLOCK", (int64_t)c->guest)) continue;
			if ((v & c->gmask) != c->guest || (covered & c->gmask) == c->gmask) continue;
			if (!field && c->guest & covered) continue;
			g_string_append_printf(s, "%s%s", *first ? "" : "|", c->name);
			covered |= c->gmask;
			*first = 0;
		}
	return covered;
}

void dm_strace_flags(GString *s, const struct dm_constset *set, uint64_t v)
{
	if (!set->is_flags) {
		const char *n = dm_enum_name(set, v);
		if (n) g_string_append(s, n);
		else g_string_append_printf(s, "%lld", (long long)v);
		return;
	}
	int first = 1;
	uint64_t rest = v & ~flag_names(s, set, v, &first);
	if (!strcmp(set->name, "stat_mode")) {
		/* the permission bits in octal, always, as strace's S_IFREG|0644 */
		g_string_append_printf(s, "%s%#03llo", first ? "" : "|", (unsigned long long)rest);
		return;
	}
	if (!v && first) g_string_append_c(s, '0');
	else if (rest || first) g_string_append_printf(s, "%s0x%llx", first ? "" : "|", (unsigned long long)rest);
}

/* Signal names as strace(1) prints them, in the guest's numbering: the ABI's
 * names (specs/consts/signal.lua), SIGRTMIN, and SIGRT_n for SIGRTMIN+n up to
 * the guest's _NSIG (the bits of its sigset). */
static const char *sig_name(uint64_t v, char buf[24])
{
	const struct dm_constset *set = gset(DM_SET_signals);
	if (!v || !set) return NULL;
	int64_t rtmin;
	if (!set_value(set, "SIGRTMIN", &rtmin)) return dm_enum_name(set, v);
	if (v == (uint64_t)rtmin) return "SIGRTMIN";
	if (rtmin > 0 && v > (uint64_t)rtmin && v <= dm_guest_sigset_size(dm_proc.abi) * 8ull) {
		snprintf(buf, 24, "SIGRT_%u", (unsigned)(v - (uint64_t)rtmin));
		return buf;
	}
	return dm_enum_name(set, v);
}

static void signame(GString *s, uint64_t v)
{
	char b[24];
	const char *n = sig_name(v, b);
	if (n) g_string_append(s, n);
	else g_string_append_printf(s, "%lld", (long long)v);
}

static void errname(GString *s, int64_t e)
{
	const struct dm_constset *set = gset(DM_SET_errno);
	const char *n = e > 0 && set ? dm_enum_name(set, (uint64_t)e) : NULL;
	if (n) g_string_append(s, n);
	else g_string_append_printf(s, "%lld", (long long)e);
}

/* ---- siginfo_t ---------------------------------------------------------------------------- */

static const struct dm_field *fld(const struct dm_type *t, const char *name)
{
	return dm_field_find(t, name, NULL);   /* NULL when t is */
}

/* Integer field f of the struct at base (sign-extended when signed); 0 when absent. */
static int64_t ival(const struct dm_field *f, const uint8_t *base)
{
	return f ? dm_field_load(dm_proc.abi, f, base + f->goff) : 0;
}

/* Member `name` of union __sifields: its type, and where it starts. */
static const struct dm_type *sifield(const struct dm_type *u, const uint8_t *ub, const char *name, const uint8_t **at)
{
	const struct dm_field *f = fld(u, name);
	if (!f || !f->type) return NULL;
	*at = ub + f->goff;
	return f->type;
}

static int is_sig(int signo, const char *name)
{
	return is_named(gset(DM_SET_signals), name, signo);
}

/* si_code by name: the generic codes, else the signal's own (as strace's print_si_code). */
static void sicode_show(GString *s, int signo, int code)
{
	static const struct { const char *sig; int set; } own[] = {
		{ "SIGILL", DM_SET_sigill_codes }, { "SIGFPE", DM_SET_sigfpe_codes },
		{ "SIGSEGV", DM_SET_sigsegv_codes }, { "SIGBUS", DM_SET_sigbus_codes },
		{ "SIGTRAP", DM_SET_sigtrap_codes }, { "SIGCHLD", DM_SET_sigchld_codes },
		{ "SIGPOLL", DM_SET_sigpoll_codes }, { "SIGSYS", DM_SET_sigsys_codes },
	};
	const struct dm_constset *g = gset(DM_SET_si_codes);
	const char *n = g ? dm_enum_name(g, (uint64_t)(int64_t)code) : NULL;
	for (size_t i = 0; !n && i < G_N_ELEMENTS(own); i++)
		if (is_sig(signo, own[i].sig) && gset(own[i].set)) n = dm_enum_name(gset(own[i].set), (uint64_t)(int64_t)code);
	if (n) g_string_append(s, n);
	else g_string_append_printf(s, "%d", code);
}

static void hexaddr(GString *s, uint64_t v)
{
	g_string_append_printf(s, v ? "0x%llx" : "NULL", (unsigned long long)v);
}

/* si_pid, si_uid of the _kill (= _rt, _sigchld) member */
static void sisource_show(GString *s, const struct dm_type *u, const uint8_t *ub)
{
	const uint8_t *p = ub;
	const struct dm_type *k = sifield(u, ub, "_kill", &p);
	g_string_append_printf(s, ", si_pid=%lld, si_uid=%llu", (long long)ival(fld(k, "_pid"), p),
			       (unsigned long long)(uint32_t)ival(fld(k, "_uid"), p));
}

/* sival_ptr of a sigval at p (the union's own fields) */
static uint64_t sigval_ptr(const struct dm_field *sv, const uint8_t *p)
{
	return sv && sv->type ? (uint64_t)ival(fld(sv->type, "sival_ptr"), p + sv->goff) : 0;
}

static void sival_show(GString *s, const struct dm_field *sv, const uint8_t *p)
{
	if (!sv || !sv->type) return;
	g_string_append_printf(s, ", si_int=%d, si_ptr=", (int)ival(fld(sv->type, "sival_int"), p + sv->goff));
	hexaddr(s, sigval_ptr(sv, p));
}

/* A guest siginfo_t as strace(1) prints it: si_signo and si_code by name, then
 * the fields of the union member that signal and code use (strace's
 * print_si_info; SIGTRAP's si_addr as the kernel lays it out).  Layout from
 * the spec types siginfo and sifields (specs/types/signal.lua). */
static void siginfo(GString *s, const struct dm_type *t, const uint8_t *g)
{
	const struct dm_field *fu = fld(t, "_sifields");
	if (!fu || !fu->type) { g_string_append(s, "{...}"); return; }
	int signo = (int)ival(fld(t, "si_signo"), g), code = (int)ival(fld(t, "si_code"), g);
	int err = (int)ival(fld(t, "si_errno"), g);
	if (!signo) { g_string_append(s, "{}"); return; }     /* waitid WNOHANG, nothing to report */
	const struct dm_type *u = fu->type;
	const uint8_t *ub = g + fu->goff, *p = ub;
	const struct dm_type *m;
	g_string_append(s, "{si_signo=");
	signame(s, (uint64_t)signo);
	g_string_append(s, ", si_code=");
	sicode_show(s, signo, code);
	if (err) { g_string_append(s, ", si_errno="); errname(s, err); }
	const struct dm_constset *sc = gset(DM_SET_si_codes);
	if (code <= 0) {
		if (is_named(sc, "SI_TIMER", code) && (m = sifield(u, ub, "_timer", &p))) {
			g_string_append_printf(s, ", si_timerid=%#llx, si_overrun=%lld",
					       (unsigned long long)(uint32_t)ival(fld(m, "_tid"), p),
					       (long long)ival(fld(m, "_overrun"), p));
			sival_show(s, fld(m, "_sigval"), p);
		} else {
			sisource_show(s, u, ub);
			if (!is_named(sc, "SI_USER", code) && !is_named(sc, "SI_TKILL", code) &&
			    (m = sifield(u, ub, "_rt", &p)) && sigval_ptr(fld(m, "_sigval"), p))
				sival_show(s, fld(m, "_sigval"), p);
		}
	} else if (is_sig(signo, "SIGCHLD") && (m = sifield(u, ub, "_sigchld", &p))) {
		sisource_show(s, u, ub);
		int st = (int)ival(fld(m, "_status"), p);
		g_string_append(s, ", si_status=");
		if (is_named(gset(DM_SET_sigchld_codes), "CLD_EXITED", code) || is_named(sc, "SI_KERNEL", code))
			g_string_append_printf(s, "%d", st);
		else signame(s, (uint64_t)(uint32_t)st);
		g_string_append_printf(s, ", si_utime=%lld, si_stime=%lld", (long long)ival(fld(m, "_utime"), p),
				       (long long)ival(fld(m, "_stime"), p));
	} else if ((is_sig(signo, "SIGILL") || is_sig(signo, "SIGFPE") || is_sig(signo, "SIGSEGV") ||
		    is_sig(signo, "SIGBUS") || is_sig(signo, "SIGTRAP")) && (m = sifield(u, ub, "_sigfault", &p))) {
		g_string_append(s, ", si_addr=");
		hexaddr(s, (uint64_t)ival(fld(m, "_addr"), p));
	} else if (is_sig(signo, "SIGPOLL") && (m = sifield(u, ub, "_sigpoll", &p))) {
		const struct dm_constset *pc = gset(DM_SET_sigpoll_codes);
		if (is_named(pc, "POLL_IN", code) || is_named(pc, "POLL_OUT", code) || is_named(pc, "POLL_MSG", code))
			g_string_append_printf(s, ", si_band=%lld", (long long)ival(fld(m, "_band"), p));
	} else if (is_sig(signo, "SIGSYS") && (m = sifield(u, ub, "_sigsys", &p))) {
		int nr = (int)ival(fld(m, "_syscall"), p);
		const struct dm_syscall *e = nr >= 0 ? dm_syscall_lookup(dm_proc.abi, (uint32_t)nr) : NULL;
		g_string_append(s, ", si_call_addr=");
		hexaddr(s, (uint64_t)ival(fld(m, "_call_addr"), p));
		if (e) g_string_append_printf(s, ", si_syscall=__NR_%s", e->name);
		else g_string_append_printf(s, ", si_syscall=%d", nr);
		g_string_append_printf(s, ", si_arch=%#llx", (unsigned long long)(uint32_t)ival(fld(m, "_arch"), p));
	} else if ((m = sifield(u, ub, "_rt", &p))) {
		const uint8_t *kp = ub;
		const struct dm_type *k = sifield(u, ub, "_kill", &kp);
		if (ival(fld(k, "_pid"), kp) || ival(fld(k, "_uid"), kp)) sisource_show(s, u, ub);
		if (sigval_ptr(fld(m, "_sigval"), p)) sival_show(s, fld(m, "_sigval"), p);
	}
	g_string_append_c(s, '}');
}

void dm_strace_signal(const uint8_t *info)
{
	const struct dm_type *t = dm_proc.abi->types[DM_T_siginfo];
	if (!t) return;
	GString *s = g_string_new(NULL);
	g_string_append(s, "--- ");
	signame(s, (uint64_t)ival(fld(t, "si_signo"), info));
	g_string_append_c(s, ' ');
	siginfo(s, t, info);
	g_string_append(s, " ---");
	dm_strace_line(s->str, 0);
	g_string_free(s, TRUE);
}

void dm_strace_exited(int code)
{
	char l[48];
	snprintf(l, sizeof l, "+++ exited with %d +++", code & 0xff);
	dm_strace_line(l, 0);
}

void dm_strace_killed(int gsig)
{
	GString *s = g_string_new(NULL);
	g_string_append(s, "+++ killed by ");
	signame(s, (uint64_t)gsig);
	g_string_append(s, " +++");
	dm_strace_line(s->str, 0);
	g_string_free(s, TRUE);
}

static void gstruct(GString *s, const struct dm_type *t, const uint8_t *g, int depth);


static void gfield(GString *s, const struct dm_field *f, const uint8_t *p)
{
	unsigned n = f->count ? f->count : 1;
	unsigned es = f->gsize / n;
	if (f->type && !strcmp(f->type->name, "sigset")) {
		dm_strace_sigset(s, p, f->gsize);
		return;
	}
	if (f->set && n == 1 && (es == 1 || es == 2 || es == 4 || es == 8)) {
		uint64_t v = dm_gload(dm_proc.abi, p, es);
		if (!strcmp(f->set->name, "signals")) signame(s, v);
		else if (!f->set->is_flags && f->flags & DM_F_SIGNED) dm_strace_flags(s, f->set, (uint64_t)ival(f, p - f->goff));
		else dm_strace_flags(s, f->set, v);
		return;
	}
	if (f->type) {
		if (n > 1) g_string_append_c(s, '[');
		for (unsigned k = 0; k < n && k < ELEMS_SHOW; k++) {
			if (k) g_string_append(s, ", ");
			gstruct(s, f->type, p + k * f->type->gsize, 1);
		}
		if (n > 1) g_string_append(s, n > ELEMS_SHOW ? ", ...]" : "]");
		return;
	}
	if (es == 1 && n > 1) {
		size_t len = strnlen((const char *)p, n);
		dm_strace_quoted(s, p, len > dm_strace_size ? dm_strace_size : len, len > dm_strace_size);
		return;
	}
	if (es != 1 && es != 2 && es != 4 && es != 8) { g_string_append(s, "..."); return; }
	if (n > 1) g_string_append_c(s, '[');
	for (unsigned k = 0; k < n && k < ELEMS_SHOW; k++) {
		if (k) g_string_append(s, ", ");
		uint64_t v = dm_gload(dm_proc.abi, p + k * es, es);
		if (f->flags & (DM_F_PTR | DM_F_ADDR)) g_string_append_printf(s, v ? "0x%llx" : "NULL", (unsigned long long)v);
		else if (f->flags & DM_F_SIGNED)
			g_string_append_printf(s, "%lld", (long long)(es == 8 ? (int64_t)v : es == 4 ? (int32_t)v : es == 2 ? (int16_t)v : (int8_t)v));
		else g_string_append_printf(s, "%llu", (unsigned long long)v);
	}
	if (n > 1) g_string_append(s, n > ELEMS_SHOW ? ", ...]" : "]");
}

/* A resource limit as strace prints it: RLIM_INFINITY (RLIM64_INFINITY in
 * struct rlimit64), else in KiB when a whole number of them. */
static void rlim(GString *s, uint64_t v, unsigned size, int is64)
{
	if (v == (size == 8 ? ~0ull : 0xffffffffull)) g_string_append(s, is64 ? "RLIM64_INFINITY" : "RLIM_INFINITY");
	else if (v > 1024 && v % 1024 == 0) g_string_append_printf(s, "%llu*1024", (unsigned long long)(v / 1024));
	else g_string_append_printf(s, "%llu", (unsigned long long)v);
}

static void gstruct(GString *s, const struct dm_type *t, const uint8_t *g, int depth)
{
	if (depth > 3) { g_string_append(s, "{...}"); return; }
	if (depth == 0 && dm_strace_struct_short(s, t, g)) return;
	if (t == dm_proc.abi->types[DM_T_siginfo]) { siginfo(s, t, g); return; }
	g_string_append_c(s, '{');
	int first = 1;
	for (unsigned i = 0; i < t->nfields; i++) {
		const struct dm_field *f = &t->fields[i];
		if (f->flags & DM_F_PAD || f->gsize == 0) continue;
		g_string_append_printf(s, "%s%s=", first ? "" : ", ", f->name);
		if (!strncmp(t->name, "rlimit", 6) && !f->type && (f->gsize == 4 || f->gsize == 8))
			rlim(s, dm_gload(dm_proc.abi, g + f->goff, f->gsize), f->gsize, !strcmp(t->name, "rlimit64"));
		else gfield(s, f, g + f->goff);
		first = 0;
		if (t->is_union) break;
	}
	g_string_append_c(s, '}');
}

static void pointee(GString *s, const struct dm_arg *a, uint64_t v, uint64_t n)
{
	if (!v) { g_string_append(s, "NULL"); return; }
	size_t es = a->type ? a->type->gsize : a->len_const / (a->count ? a->count : 1);
	if (!es) { g_string_append_printf(s, "0x%llx", (unsigned long long)v); return; }
	uint64_t show = n > ELEMS_SHOW ? ELEMS_SHOW : n;
	uint8_t *b = g_malloc(es * show + 1);
	if (dm_copy_from_guest(b, v, es * show)) {
		g_string_append_printf(s, "0x%llx", (unsigned long long)v);
		g_free(b);
		return;
	}
	if (n != 1 || a->count_arg >= 0) g_string_append_c(s, '[');
	for (uint64_t k = 0; k < show; k++) {
		if (k) g_string_append(s, ", ");
		if (a->type) {
			gstruct(s, a->type, b + k * es, 0);
		} else if (es <= 8 && (es & (es - 1)) == 0) {
			uint64_t x = dm_gload(dm_proc.abi, b + k * es, (unsigned)es);
			g_string_append_printf(s, "%lld", (long long)(es == 4 ? (int32_t)x : (int64_t)x));
		}
	}
	if (n != 1 || a->count_arg >= 0) g_string_append(s, n > show ? ", ...]" : "]");
	g_free(b);
}

static void show_sigset(GString *s, uint64_t v, uint64_t size)
{
	if (!v) { g_string_append(s, "NULL"); return; }
	uint8_t b[DM_NSIG / 8 + 8];
	unsigned gs = dm_guest_sigset_size(dm_proc.abi);
	if (size != gs || dm_copy_from_guest(b, v, gs)) { g_string_append_printf(s, "0x%llx", (unsigned long long)v); return; }
	dm_strace_sigset(s, b, gs);
}

static int sigbit(const uint8_t *b, unsigned sig)
{
	unsigned w = dm_gword(dm_proc.abi);
	uint64_t word = dm_gload(dm_proc.abi, b + (sig - 1) / (w * 8) * w, w);
	return word >> ((sig - 1) % (w * 8)) & 1;
}

/* A guest sigset (gs bytes of guest words) as strace shows it: [INT TERM],
 * names without "SIG" (RTMIN, RT_1, ...).  Like strace, a set with two
 * thirds or more of its bits set is shown as its complement: ~[KILL STOP]. */
void dm_strace_sigset(GString *s, const uint8_t *b, unsigned gs)
{
	unsigned bits = gs * 8, n = 0;
	for (unsigned sig = 1; sig <= bits; sig++) n += sigbit(b, sig);
	int inv = bits && n >= bits * 2 / 3;
	g_string_append(s, inv ? "~[" : "[");
	int first = 1;
	for (unsigned sig = 1; sig <= bits; sig++) {
		if (sigbit(b, sig) == inv) continue;
		if (!first) g_string_append_c(s, ' ');
		char buf[24];
		const char *nm = sig_name(sig, buf);
		if (nm && !strncmp(nm, "SIG", 3)) g_string_append(s, nm + 3);
		else g_string_append_printf(s, "%u", sig);
		first = 0;
	}
	g_string_append_c(s, ']');
}

static void strv(GString *s, const struct dm_arg *a, uint64_t v)
{
	if (!v) { g_string_append(s, "NULL"); return; }
	unsigned w = dm_gword(dm_proc.abi);
	uint64_t n = 0, p;
	if (!strcmp(a->name, "envp")) {
		while (n < 100000 && !dm_get_guest(dm_proc.abi, v + n * w, w, &p) && p) n++;
		g_string_append_printf(s, "0x%llx /* %llu vars */", (unsigned long long)v, (unsigned long long)n);
		return;
	}
	g_string_append_c(s, '[');
	for (n = 0; n < 32; n++) {
		if (dm_get_guest(dm_proc.abi, v + n * w, w, &p)) { g_string_append(s, "?"); break; }
		if (!p) break;
		if (n) g_string_append(s, ", ");
		dm_strace_gstring(s, p, 0);
	}
	if (n == 32) g_string_append(s, ", ...");
	g_string_append_c(s, ']');
}

/* getdents' records as strace shows them without -v: the address, then the count in a comment
 * (d_reclen follows two longs in both record layouts). */
static void dirents(GString *s, const struct dm_sys_call *c, uint64_t v, uint64_t len)
{
	unsigned w = strcmp(c->entry->name, "getdents64") ? dm_gword(c->abi) : 8, n = 0;
	uint64_t off = 0, rl;
	while (off + 2 * w + 2 <= len && !dm_get_guest(c->abi, v + off + 2 * w, 2, &rl) && rl) {
		off += rl;
		n++;
	}
	g_string_append_printf(s, "0x%llx /* %u entries */", (unsigned long long)v, n);
}

static void arg(GString *s, const struct dm_sys_call *c, int i, int64_t ret, int done)
{
	const struct dm_sig *sig = c->entry->sig;
	const struct dm_arg *a = &sig->args[i];
	uint64_t v = dm_arg_value(c->abi, c->args, a);
	int ok = done && ret >= 0;
	if (!strcmp(c->entry->name, "brk")) {
		hexaddr(s, v);      /* an address, as strace: brk(NULL), brk(0x5dab28) */
		return;
	}
	if (!strcmp(c->entry->name, "getrandom") && a->kind == DM_ARG_buf_out && ok && v) {
		dm_strace_gbytes_hex(s, v, (uint64_t)ret);   /* random bytes: strace shows them all in hex */
		return;
	}
	if (!strncmp(c->entry->name, "getdents", 8) && i == 1 && ok) {
		dirents(s, c, v, (uint64_t)ret);
		return;
	}
	if (!strcmp(c->entry->name, "ioctl") && i == 2) {
		g_string_append_printf(s, "%#llx", (unsigned long long)v);  /* usually a pointer */
		return;
	}
	if (!strcmp(c->entry->name, "ioctl") && i == 1) {
		/* the request by name, from the ABI's generated ioctl table */
		const struct dm_ioctl *io = dm_ioctl_lookup(c->abi, (uint32_t)v);
		if (io) g_string_append(s, io->name);
		else g_string_append_printf(s, "%#llx", (unsigned long long)(uint32_t)v);
		return;
	}
	uint64_t n = a->count ? a->count : 1;
	if (a->count_arg >= 0) n = dm_arg_value(c->abi, c->args, &sig->args[a->count_arg]);
	if (a->count_arg >= 0 && (a->flags & DM_A_LEN_RET) && ok && (uint64_t)ret < n) n = (uint64_t)ret;
	uint64_t len = a->len_const;
	if (a->len_arg >= 0) {
		const struct dm_arg *l = &sig->args[a->len_arg];
		len = dm_arg_value(c->abi, c->args, l);
		if (l->kind == DM_ARG_inout || l->kind == DM_ARG_out || l->kind == DM_ARG_input) {
			uint64_t x = 0;
			if (len) dm_get_guest(c->abi, len, 4, &x);
			len = (uint32_t)x;
		}
	}
	if (!strncmp(c->entry->name, "wait", 4) && !strcmp(a->name, "stat_addr") && ok && v) {
		uint64_t st;
		if (!dm_get_guest(c->abi, v, 4, &st)) {
			int w = (int)st;
			if ((w & 0x7f) == 0) g_string_append_printf(s, "[{WIFEXITED(s) && WEXITSTATUS(s) == %d}]", (w >> 8) & 0xff);
			else if ((w & 0xff) == 0x7f) { g_string_append(s, "[{WIFSTOPPED(s) && WSTOPSIG(s) == "); signame(s, (w >> 8) & 0xff); g_string_append(s, "}]"); }
			else if (w == 0xffff) g_string_append(s, "[{WIFCONTINUED(s)}]");
			else { g_string_append(s, "[{WIFSIGNALED(s) && WTERMSIG(s) == "); signame(s, w & 0x7f); g_string_append(s, w & 0x80 ? " && WCOREDUMP(s)}]" : "}]"); }
			return;
		}
	}
	switch (a->kind) {
	case DM_ARG_dirfd:
	{
		const struct dm_constset *sp = c->abi->sets[DM_SET_at_special];
		const char *n = sp ? dm_enum_name(sp, v) : NULL;
		if (n) g_string_append(s, n);
		else g_string_append_printf(s, "%d", (int32_t)v);
		return;
	}
	case DM_ARG_sig: signame(s, v); return;
	case DM_ARG_mode: g_string_append_printf(s, "0%03llo", (unsigned long long)v); return;
	case DM_ARG_ptr: g_string_append_printf(s, v ? "0x%llx" : "NULL", (unsigned long long)v); return;
	case DM_ARG_path: dm_strace_gstring(s, v, 1); return;
	case DM_ARG_str: dm_strace_gstring(s, v, 0); return;
	case DM_ARG_strv: strv(s, a, v); return;
	case DM_ARG_buf_in: dm_strace_gbytes(s, v, len); return;
	case DM_ARG_buf_out:
		if (ok && v) dm_strace_gbytes(s, v, (a->flags & DM_A_LEN_RET) || sig->ret == DM_RET_ssize ? (uint64_t)ret : len);
		else g_string_append_printf(s, v ? "0x%llx" : "NULL", (unsigned long long)v);
		return;
	case DM_ARG_input: case DM_ARG_inout: pointee(s, a, v, n); return;
	case DM_ARG_out:
		if (ok) pointee(s, a, v, n);
		else g_string_append_printf(s, v ? "0x%llx" : "NULL", (unsigned long long)v);
		return;
	case DM_ARG_sigset_in: show_sigset(s, v, len); return;
	case DM_ARG_sigset_out:
		if (ok) show_sigset(s, v, len);
		else g_string_append_printf(s, v ? "0x%llx" : "NULL", (unsigned long long)v);
		return;
	default:
		break;
	}
	if (a->set) {
		static const char *const no_accmode[] = { "dup3", "pipe2", "eventfd2", "timerfd_create", "inotify_init1",
							  "delete_module", NULL };
		hide_statx_sync = strcmp(c->entry->name, "statx") != 0;
		for (int k = 0; no_accmode[k]; k++) hide_accmode |= !strcmp(c->entry->name, no_accmode[k]);
		dm_strace_flags(s, a->set, v);
		hide_statx_sync = hide_accmode = 0;
		return;
	}
	switch (a->kind) {
	case DM_ARG_uint: case DM_ARG_ulong: case DM_ARG_size: case DM_ARG_u64: case DM_ARG_uid: case DM_ARG_gid:
		if (a->kind == DM_ARG_uid || a->kind == DM_ARG_gid) {
			if ((uint32_t)v == 0xffffffffu) { g_string_append(s, "-1"); return; }
		}
		g_string_append_printf(s, "%llu", (unsigned long long)v);
		return;
	default:
		g_string_append_printf(s, "%lld", (long long)v);
	}
}

static void result(GString *s, const struct dm_sys_call *c, int64_t ret)
{
	if (ret < 0 && ret >= -4095) {
		const struct dm_constset *e = c->abi->sets[DM_SET_errno];
		const char *name = e ? dm_enum_name(e, (uint64_t)-ret) : NULL;
		uint64_t h = (uint64_t)-ret;
		if (e) dm_enum_to_host(e, (uint64_t)-ret, &h);
		if (name) g_string_append_printf(s, "-1 %s (%s)", name, g_strerror((int)h));
		else g_string_append_printf(s, "-1 errno %lld", (long long)-ret);
		return;
	}
	const struct dm_sig *sig = c->entry ? c->entry->sig : NULL;
	int k = sig ? sig->ret : DM_RET_long;
	/* addresses: strace prints brk's and the mappers' results in hex too */
	static const char *const addr_calls[] = { "brk", "mmap", "mmap2", "mremap", "shmat", NULL };
	for (int i = 0; c->entry && k != DM_RET_ptr && addr_calls[i]; i++)
		if (!strcmp(c->entry->name, addr_calls[i])) k = DM_RET_ptr;
	if (k == DM_RET_ptr) g_string_append_printf(s, "0x%llx", (unsigned long long)ret);
	else if (k == DM_RET_mode) g_string_append_printf(s, "0%03llo", (unsigned long long)ret);
	else g_string_append_printf(s, "%lld", (long long)ret);
	if (ret > 0 && c->entry && !strncmp(c->entry->name, "rt_sigtimedwait", 15)) {
		/* the signal taken, as strace: = 10 (SIGUSR1) */
		g_string_append(s, " (");
		signame(s, (uint64_t)ret);
		g_string_append_c(s, ')');
	}
}

/* futex(2) as strace(1) shows it: the command by name (FUTEX_WAIT_PRIVATE,
 * ...|FUTEX_CLOCK_REALTIME), then only the arguments that command reads, each
 * in its meaning: v val, t the timeout, 2 val2 (the utime slot as an integer),
 * a uaddr2, 3 val3, B val3 as a bitset, O val3 as a FUTEX_WAKE_OP encoding;
 * an unknown command shows val, then utime, uaddr2 and val3 in hex (U, X). */
static void futex_call(GString *s, const struct dm_sys_call *c, int64_t ret, int done)
{
	static const struct { const char *cmd, *args; } form[] = {
		{ "FUTEX_WAIT", "vt" }, { "FUTEX_WAKE", "v" }, { "FUTEX_FD", "v" }, { "FUTEX_REQUEUE", "v2a" },
		{ "FUTEX_CMP_REQUEUE", "v2a3" }, { "FUTEX_WAKE_OP", "v2aO" }, { "FUTEX_LOCK_PI", "t" },
		{ "FUTEX_LOCK_PI2", "t" }, { "FUTEX_UNLOCK_PI", "" }, { "FUTEX_TRYLOCK_PI", "" },
		{ "FUTEX_WAIT_BITSET", "vtB" }, { "FUTEX_WAKE_BITSET", "vB" }, { "FUTEX_WAIT_REQUEUE_PI", "vta" },
		{ "FUTEX_CMP_REQUEUE_PI", "v2a3" },
	};
	const struct dm_sig *sig = c->entry->sig;
	const struct dm_constset *ops = gset(DM_SET_futex_ops);
	uint64_t a[6];
	for (int i = 0; i < 6; i++) a[i] = dm_arg_value(c->abi, c->args, &sig->args[i]);
	uint32_t op = (uint32_t)a[1], val3 = (uint32_t)a[5];
	uint32_t priv = flag_bit(ops, "FUTEX_PRIVATE_FLAG"), rt = flag_bit(ops, "FUTEX_CLOCK_REALTIME");
	uint32_t flags = priv | rt;
	uint32_t cmd = op & ~flags;     /* the kernel's op & FUTEX_CMD_MASK */
	/* the command's name: a member of the set's FUTEX_CMD_MASK field */
	const char *cn = NULL, *args = "vUaX";
	for (unsigned i = 0; ops && i < ops->n; i++)
		if (!(ops->v[i].flags & DM_C_NO_GUEST) && ops->v[i].gmask != ops->v[i].guest && ops->v[i].guest == cmd)
			cn = ops->v[i].name;
	for (size_t i = 0; cn && i < G_N_ELEMENTS(form); i++)
		if (!strcmp(form[i].cmd, cn)) args = form[i].args;
	hexaddr(s, a[0]);
	g_string_append(s, ", ");
	if (cn) {
		g_string_append(s, cn);
		if (op & priv) g_string_append(s, "_PRIVATE");
	} else {
		g_string_append_printf(s, "%#x /* FUTEX_??? */", op & ~rt);
	}
	if (op & rt) g_string_append(s, "|FUTEX_CLOCK_REALTIME");
	for (const char *k = args; *k; k++) {
		g_string_append(s, ", ");
		switch (*k) {
		case 'v': g_string_append_printf(s, "%u", (uint32_t)a[2]); break;
		case 't': arg(s, c, 3, ret, done); break;
		case '2': g_string_append_printf(s, "%u", (uint32_t)a[3]); break;
		case 'U': g_string_append_printf(s, "%#llx", (unsigned long long)a[3]); break;
		case 'X': g_string_append_printf(s, "%#x", val3); break;
		case 'a': hexaddr(s, a[4]); break;
		case '3': g_string_append_printf(s, "%u", val3); break;
		case 'B': {
			const char *n = gset(DM_SET_futex_bitset) ? dm_enum_name(gset(DM_SET_futex_bitset), val3) : NULL;
			if (n) g_string_append(s, n);
			else g_string_append_printf(s, "%#x", val3);
			break;
		}
		case 'O': {
			const struct dm_constset *wo = gset(DM_SET_futex_wake_ops), *wc = gset(DM_SET_futex_wake_cmps);
			uint32_t shift = flag_bit(wo, "FUTEX_OP_OPARG_SHIFT"), o = val3 >> 28, cmp = val3 >> 24 & 0xf;
			if (o & shift) { g_string_append(s, "FUTEX_OP_OPARG_SHIFT<<28|"); o &= ~shift; }
			const char *n = wo ? dm_enum_name(wo, o) : NULL;
			if (n) g_string_append(s, n); else g_string_append_printf(s, "%#x /* FUTEX_OP_??? */", o);
			g_string_append_printf(s, "<<28|%#x<<12|", val3 >> 12 & 0xfff);
			n = wc ? dm_enum_name(wc, cmp) : NULL;
			if (n) g_string_append(s, n); else g_string_append_printf(s, "%#x /* FUTEX_OP_CMP_??? */", cmp);
			g_string_append_printf(s, "<<24|%#x", val3 & 0xfff);
			break;
		}
		}
	}
}

/* prctl(2): the option by name (specs/consts/process.lua prctl_options) and
 * the arguments it reads, as strace(1): s arg2 a string read, S a string
 * written (16 bytes), g a signal, G a pointer to an int receiving a signal,
 * i a pointer to an int written, P to an address written, n one integer,
 * 4 four integers.  Options not listed show their four arguments in hex. */
static void prctl_call(GString *s, const struct dm_sys_call *c, int64_t ret, int done)
{
	static const struct { const char *opt, *args; } form[] = {
		{ "PR_SET_NAME", "s" }, { "PR_GET_NAME", "S" }, { "PR_SET_PDEATHSIG", "g" }, { "PR_GET_PDEATHSIG", "G" },
		{ "PR_GET_DUMPABLE", "" }, { "PR_SET_DUMPABLE", "n" }, { "PR_GET_KEEPCAPS", "" }, { "PR_SET_KEEPCAPS", "n" },
		{ "PR_GET_UNALIGN", "i" }, { "PR_SET_UNALIGN", "n" }, { "PR_GET_FPEMU", "i" }, { "PR_SET_FPEMU", "n" },
		{ "PR_GET_FPEXC", "i" }, { "PR_SET_FPEXC", "n" }, { "PR_GET_TIMING", "" }, { "PR_SET_TIMING", "n" },
		{ "PR_GET_ENDIAN", "i" }, { "PR_SET_ENDIAN", "n" }, { "PR_GET_SECCOMP", "" }, { "PR_SET_SECCOMP", "4" },
		{ "PR_CAPBSET_READ", "n" }, { "PR_CAPBSET_DROP", "n" }, { "PR_GET_TSC", "i" }, { "PR_SET_TSC", "n" },
		{ "PR_GET_SECUREBITS", "" }, { "PR_SET_SECUREBITS", "n" }, { "PR_GET_TIMERSLACK", "" },
		{ "PR_SET_TIMERSLACK", "n" }, { "PR_TASK_PERF_EVENTS_DISABLE", "" }, { "PR_TASK_PERF_EVENTS_ENABLE", "" },
		{ "PR_MCE_KILL", "4" }, { "PR_MCE_KILL_GET", "" }, { "PR_SET_CHILD_SUBREAPER", "n" },
		{ "PR_GET_CHILD_SUBREAPER", "i" }, { "PR_SET_NO_NEW_PRIVS", "4" }, { "PR_GET_NO_NEW_PRIVS", "" },
		{ "PR_GET_TID_ADDRESS", "P" }, { "PR_SET_THP_DISABLE", "4" }, { "PR_GET_THP_DISABLE", "" },
		{ "PR_SET_FP_MODE", "n" }, { "PR_GET_FP_MODE", "" }, { "PR_CAP_AMBIENT", "4" },
		{ "PR_SVE_SET_VL", "n" }, { "PR_SVE_GET_VL", "" }, { "PR_SME_SET_VL", "n" }, { "PR_SME_GET_VL", "" },
		{ "PR_GET_SPECULATION_CTRL", "n" }, { "PR_SET_SPECULATION_CTRL", "4" },
		{ "PR_SET_TAGGED_ADDR_CTRL", "4" }, { "PR_GET_TAGGED_ADDR_CTRL", "" }, { "PR_SET_IO_FLUSHER", "n" },
		{ "PR_GET_IO_FLUSHER", "" }, { "PR_SET_PTRACER", "n" },
	};
	const struct dm_sig *sig = c->entry->sig;
	uint64_t a[5];
	for (int i = 0; i < 5; i++) a[i] = dm_arg_value(c->abi, c->args, &sig->args[i]);
	const struct dm_constset *set = sig->args[0].set;
	const char *on = set ? dm_enum_name(set, (uint64_t)(uint32_t)a[0]) : NULL, *args = "XXXX";
	for (size_t i = 0; on && i < G_N_ELEMENTS(form); i++)
		if (!strcmp(form[i].opt, on)) args = form[i].args;
	if (on) g_string_append(s, on);
	else g_string_append_printf(s, "%#x /* PR_??? */", (uint32_t)a[0]);
	int ok = done && ret >= 0;
	uint64_t x;
	for (const char *k = args; *k; k++) {
		g_string_append(s, ", ");
		uint64_t v = a[1 + (k - args)];
		switch (*k) {
		case 's': dm_strace_gstring(s, v, 0); break;
		case 'S': if (ok && v) dm_strace_gbytes_str(s, v, 16); else hexaddr(s, v); break;
		case 'g': signame(s, v); break;
		case 'G': case 'i': case 'P':
			if (ok && v && !dm_get_guest(c->abi, v, *k == 'P' ? dm_gword(c->abi) : 4, &x)) {
				g_string_append_c(s, '[');
				if (*k == 'G') signame(s, (uint32_t)x);
				else if (*k == 'P') hexaddr(s, x);
				else g_string_append_printf(s, "%d", (int)x);
				g_string_append_c(s, ']');
			} else hexaddr(s, v);
			break;
		case 'n': case '4': g_string_append_printf(s, "%llu", (unsigned long long)v); break;
		default: g_string_append_printf(s, "%#llx", (unsigned long long)v); break;
		}
		if (*k == '4') for (int j = 2; j <= 4; j++) g_string_append_printf(s, ", %llu", (unsigned long long)a[j]);
	}
}

/* open/openat show the mode only when the flags use it (O_CREAT, O_TMPFILE), as strace. */
static int shown(const struct dm_sys_call *c, int i)
{
	const struct dm_sig *sig = c->entry->sig;
	if (sig->args[i].kind != DM_ARG_mode || (strcmp(c->entry->name, "open") && strcmp(c->entry->name, "openat")))
		return 1;
	for (int k = 0; k < sig->nargs; k++)
		if (sig->args[k].kind == DM_ARG_flags && sig->args[k].set) {
			uint64_t f = dm_arg_value(c->abi, c->args, &sig->args[k]);
			uint32_t use = flag_bit(sig->args[k].set, "O_CREAT") | flag_bit(sig->args[k].set, "__O_TMPFILE");
			return (f & use) != 0;
		}
	return 1;
}

static int is_call(const struct dm_sys_call *c, const char *name)
{
	return !strcmp(c->entry->name, name);
}

/* The first argument strace prints only when the call returns: the first the
 * call writes.  futex's are all read at entry; prctl's depend on the option. */
static int split(const struct dm_sys_call *c)
{
	const struct dm_sig *sig = c->entry->sig;
	if ((is_call(c, "futex") || is_call(c, "futex_time64")) && sig->nargs == 6) return sig->nargs;
	if (is_call(c, "prctl") && sig->nargs == 5) return 0;
	if (is_call(c, "clone") && sig->nargs == 5) return 2;    /* clone_call: the head is stack and flags */
	for (int i = 0; i < sig->nargs; i++) {
		int k = sig->args[i].kind;
		if (k == DM_ARG_out || k == DM_ARG_buf_out || k == DM_ARG_sigset_out) return i;
	}
	return sig->nargs;
}

/* clone(2) as strace prints it: child_stack and flags (exit signal by name)
 * at entry; at return parent_tid (the id written, with CLONE_PARENT_SETTID),
 * tls (CLONE_SETTLS) and child_tidptr (CLONE_CHILD_SETTID/CLEARTID), each
 * only when the flags use it.  Registers in the ABI's order (syscall.clone). */
static void clone_call(GString *s, const struct dm_sys_call *c, int64_t ret, int done, int head, int rest)
{
	const struct dm_constset *set = c->entry->sig->args[0].set;
	uint64_t k[5];
	dm_clone_args(c->abi, c->args, k);
	uint64_t f = k[0] & ~0xffull, sig = k[0] & 0xff;
	if (head) {
		g_string_append(s, "child_stack=");
		hexaddr(s, k[1]);
		g_string_append(s, ", flags=");
		if (f || !sig) dm_strace_flags(s, set, f);
		if (sig) { if (f) g_string_append_c(s, '|'); signame(s, sig); }
	}
	if (!rest) return;
	uint64_t x;
	if (f & flag_bit(set, "CLONE_PARENT_SETTID")) {
		g_string_append(s, ", parent_tid=");
		if (done && ret > 0 && k[2] && !dm_get_guest(c->abi, k[2], 4, &x)) g_string_append_printf(s, "[%d]", (int)x);
		else hexaddr(s, k[2]);
	}
	if (f & flag_bit(set, "CLONE_SETTLS")) { g_string_append(s, ", tls="); hexaddr(s, k[4]); }
	if (f & (flag_bit(set, "CLONE_CHILD_SETTID") | flag_bit(set, "CLONE_CHILD_CLEARTID"))) {
		g_string_append(s, ", child_tidptr=");
		hexaddr(s, k[3]);
	}
}

/* Arguments from..to-1 (those shown), each followed by ", " when more follow
 * (sep_end: also after the last, for a head that the rest continues). */
static void args_part(GString *s, const struct dm_sys_call *c, int64_t ret, int done, int from, int to, int sep_end)
{
	const struct dm_sig *sig = c->entry->sig;
	if ((is_call(c, "futex") || is_call(c, "futex_time64")) && sig->nargs == 6) {
		if (from == 0 && to > 0) futex_call(s, c, ret, done);
		return;
	}
	if (is_call(c, "prctl") && sig->nargs == 5) {
		if (from == 0 && to > 0) prctl_call(s, c, ret, done);
		return;
	}
	if (is_call(c, "clone") && sig->nargs == 5) {
		clone_call(s, c, ret, done, from == 0, to == sig->nargs);
		return;
	}
	int first = 1;
	for (int i = from; i < to; i++) {
		if (!shown(c, i)) continue;
		if (!first) g_string_append(s, ", ");
		arg(s, c, i, ret, done);
		first = 0;
	}
	if (sep_end && !first) g_string_append(s, ", ");
}

char *dm_strace_format(const struct dm_sys_call *c, int64_t ret, int done)
{
	GString *s = g_string_new(NULL);
	if (!c->entry || !c->entry->sig) {
		if (c->entry) g_string_append(s, c->entry->name);
		else g_string_append_printf(s, "syscall_%llu", (unsigned long long)c->nr);
		g_string_append_c(s, '(');
		for (int i = 0; i < 6; i++)
			g_string_append_printf(s, "%s0x%llx", i ? ", " : "", (unsigned long long)c->args[i]);
		g_string_append_c(s, ')');
	} else {
		g_string_append_printf(s, "%s(", c->entry->name);
		args_part(s, c, ret, done, 0, c->entry->sig->nargs, 0);
		g_string_append_c(s, ')');
	}
	if (done) {
		g_string_append(s, " = ");
		result(s, c, ret);
	}
	return g_string_free(s, FALSE);
}

/* What strace writes when the call starts: "read(0, " */
static char *head(const struct dm_sys_call *c)
{
	if (!c->entry || !c->entry->sig) {
		char *l = dm_strace_format(c, 0, 0);
		l[strlen(l) - 1] = 0;       /* all arguments, without ")" */
		return l;
	}
	GString *s = g_string_new(NULL);
	int k = split(c);
	g_string_append_printf(s, "%s(", c->entry->name);
	args_part(s, c, 0, 0, 0, k, k < c->entry->sig->nargs && !is_call(c, "clone"));
	return g_string_free(s, FALSE);
}

/* The rest, when the call returns: "\"x\", 1) = 1" (ret_text: the result part) */
static char *tail(const struct dm_sys_call *c, int64_t ret, const char *ret_text)
{
	GString *s = g_string_new(NULL);
	if (c->entry && c->entry->sig) args_part(s, c, ret, ret_text == NULL, split(c), c->entry->sig->nargs, 0);
	g_string_append_c(s, ')');
	if (ret_text) g_string_append(s, ret_text);
	else { g_string_append(s, " = "); result(s, c, ret); }
	return g_string_free(s, FALSE);
}

static int early(const struct dm_sys_call *c)
{
	if (!c->entry) return 0;
	if (c->entry->sig && c->entry->sig->ret == DM_RET_noreturn) return 1;
	return !strncmp(c->entry->name, "execve", 6);
}

void dm_strace_enter(const struct dm_sys_call *c)
{
	if (!early(c)) {
		dm_strace_begin(head(c));
		return;
	}
	char *l = dm_strace_format(c, 0, 0);
	int noret = c->entry->sig && c->entry->sig->ret == DM_RET_noreturn && strcmp(c->entry->name, "rt_sigreturn");
	char *line = g_strconcat(l, noret ? " = ?" : "", NULL);
	dm_strace_line(line, noret);
	g_free(line);
	g_free(l);
}

/* The call ends without a result of its own (ret_text " = ?..."), or with ret. */
static void end(const struct dm_sys_call *c, int64_t ret, const char *ret_text)
{
	const char *name = c->entry ? c->entry->name : "syscall";
	char *whole, *rest = NULL;
	if (ret_text) {
		char *l = dm_strace_format(c, 0, 0);
		whole = g_strconcat(l, ret_text, NULL);
		g_free(l);
	} else {
		whole = dm_strace_format(c, ret, 1);
	}
	if (dm_strace_was_cut()) rest = tail(c, ret, ret_text);
	dm_strace_end(whole, name, rest);
	g_free(whole);
	g_free(rest);
}

void dm_strace_exit(const struct dm_sys_call *c, int64_t ret)
{
	if (ret == DM_SYS_RESTART) {
		/* interrupted before it could complete; runs again after the handler */
		end(c, 0, " = ? ERESTARTSYS (To be restarted)");
		return;
	}
	if (ret == DM_SYS_KEEP_REGS) {
		if (!early(c)) end(c, 0, " = ?");
		return;
	}
	if (early(c)) {
		GString *s = g_string_new(NULL);
		g_string_append_printf(s, "<... %s resumed> = ", c->entry->name);
		result(s, c, ret);
		dm_strace_line(s->str, 1);
		g_string_free(s, TRUE);
		return;
	}
	if (ret == 0 && c->entry && (is_call(c, "clone") || is_call(c, "clone3") || is_call(c, "fork") || is_call(c, "vfork"))) {
		dm_strace_end(NULL, NULL, NULL);   /* the child's return: strace shows only the parent's */
		return;
	}
	end(c, ret, NULL);
}
