/* emu/strace/strace.c: strace(1)-style lines from the generated tables. */
#include <glib.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "emu/strace/strace.h"
#include "emu/sys/internal.h"

#define STR_SHOW 32     /* bytes of a string or buffer shown, like strace -s 32 */
#define ELEMS_SHOW 4    /* array elements shown */

static FILE *out(void) { return dm_proc.log ? dm_proc.log : stderr; }
/* Lines start with the thread id (the process id in a single-threaded guest), like strace -f. */
static int tid(void) { return (int)syscall(SYS_gettid); }

static void quoted(GString *s, const uint8_t *b, size_t n, int more)
{
	g_string_append_c(s, '"');
	for (size_t i = 0; i < n; i++) {
		uint8_t ch = b[i];
		switch (ch) {
		case '"': g_string_append(s, "\\\""); break;
		case '\\': g_string_append(s, "\\\\"); break;
		case '\n': g_string_append(s, "\\n"); break;
		case '\t': g_string_append(s, "\\t"); break;
		case '\r': g_string_append(s, "\\r"); break;
		default:
			if (ch >= 32 && ch < 127) g_string_append_c(s, (char)ch);
			else g_string_append_printf(s, "\\%o", ch);
		}
	}
	g_string_append_c(s, '"');
	if (more) g_string_append(s, "...");
}

static void gstring(GString *s, uint64_t addr)
{
	if (!addr) { g_string_append(s, "NULL"); return; }
	long n = dm_guest_strnlen(addr, STR_SHOW + 1);
	int more = 0;
	if (n == -ENAMETOOLONG) { n = STR_SHOW; more = 1; }
	uint8_t b[STR_SHOW + 1];
	if (n < 0 || dm_copy_from_guest(b, addr, n)) { g_string_append_printf(s, "0x%llx", (unsigned long long)addr); return; }
	quoted(s, b, n, more);
}

static void gbytes(GString *s, uint64_t addr, uint64_t len)
{
	uint8_t b[STR_SHOW];
	uint64_t n = len > STR_SHOW ? STR_SHOW : len;
	if (!addr) { g_string_append(s, "NULL"); return; }
	if (dm_copy_from_guest(b, addr, n)) { g_string_append_printf(s, "0x%llx", (unsigned long long)addr); return; }
	quoted(s, b, n, len > n);
}

static void flags_sym(GString *s, const struct dm_constset *set, uint64_t v)
{
	if (!set->is_flags) {
		const char *n = dm_enum_name(set, v);
		if (n) g_string_append(s, n);
		else g_string_append_printf(s, "%lld", (long long)v);
		return;
	}
	uint64_t covered = 0;
	int first = 1;
	/* multi-bit fields first (O_ACCMODE's O_RDONLY/O_WRONLY/O_RDWR), then single names */
	for (unsigned pass = 0; pass < 2; pass++)
		for (unsigned i = 0; i < set->n; i++) {
			const struct dm_const *c = &set->v[i];
			if (c->flags & DM_C_NO_GUEST) continue;
			int field = c->gmask != c->guest;
			if ((pass == 0) != field) continue;
			if (c->guest == 0 && !field) continue;
			if ((v & c->gmask) != c->guest || (covered & c->gmask) == c->gmask) continue;
			if (!field && c->guest & covered) continue;
			if (!field && __builtin_popcountll(c->guest) > 1) {
				/* composite names (O_SYNC = __O_SYNC|O_DSYNC) only when all bits are set: fine */
			}
			g_string_append_printf(s, "%s%s", first ? "" : "|", c->name);
			covered |= c->gmask;
			first = 0;
		}
	uint64_t rest = v & ~covered;
	if (!v && first) g_string_append_c(s, '0');
	else if (rest || first) g_string_append_printf(s, "%s0x%llx", first ? "" : "|", (unsigned long long)rest);
}

static void signame(GString *s, uint64_t v)
{
	const struct dm_constset *set = dm_proc.abi->sets[DM_SET_signals];
	const char *n = v && set ? dm_enum_name(set, v) : NULL;
	if (n) g_string_append(s, n);
	else g_string_append_printf(s, "%lld", (long long)v);
}

static void gstruct(GString *s, const struct dm_type *t, const uint8_t *g, int depth);

static void sigset_bytes(GString *s, const uint8_t *b, unsigned gs);

static void gfield(GString *s, const struct dm_field *f, const uint8_t *p)
{
	unsigned n = f->count ? f->count : 1;
	unsigned es = f->gsize / n;
	if (f->type && !strcmp(f->type->name, "sigset")) {
		sigset_bytes(s, p, f->gsize);
		return;
	}
	if (f->set && n == 1 && (es == 1 || es == 2 || es == 4 || es == 8)) {
		flags_sym(s, f->set, dm_gload(dm_proc.abi, p, es));
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
		quoted(s, p, len > STR_SHOW ? STR_SHOW : len, len > STR_SHOW);
		return;
	}
	if (es != 1 && es != 2 && es != 4 && es != 8) { g_string_append(s, "..."); return; }
	if (n > 1) g_string_append_c(s, '[');
	for (unsigned k = 0; k < n && k < ELEMS_SHOW; k++) {
		if (k) g_string_append(s, ", ");
		uint64_t v = dm_gload(dm_proc.abi, p + k * es, es);
		if (f->flags & DM_F_PTR) g_string_append_printf(s, v ? "0x%llx" : "NULL", (unsigned long long)v);
		else if (f->flags & DM_F_SIGNED)
			g_string_append_printf(s, "%lld", (long long)(es == 8 ? (int64_t)v : es == 4 ? (int32_t)v : es == 2 ? (int16_t)v : (int8_t)v));
		else g_string_append_printf(s, "%llu", (unsigned long long)v);
	}
	if (n > 1) g_string_append(s, n > ELEMS_SHOW ? ", ...]" : "]");
}

static void gstruct(GString *s, const struct dm_type *t, const uint8_t *g, int depth)
{
	if (depth > 3) { g_string_append(s, "{...}"); return; }
	g_string_append_c(s, '{');
	int first = 1;
	for (unsigned i = 0; i < t->nfields; i++) {
		const struct dm_field *f = &t->fields[i];
		if (f->flags & DM_F_PAD || f->gsize == 0) continue;
		g_string_append_printf(s, "%s%s=", first ? "" : ", ", f->name);
		gfield(s, f, g + f->goff);
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
	sigset_bytes(s, b, gs);
}

/* A guest sigset (gs bytes of guest words) as strace shows it: [INT TERM]. */
static void sigset_bytes(GString *s, const uint8_t *b, unsigned gs)
{
	unsigned w = dm_gword(dm_proc.abi);
	g_string_append_c(s, '[');
	int first = 1;
	for (unsigned sig = 1; sig <= gs * 8; sig++) {
		uint64_t word = dm_gload(dm_proc.abi, b + (sig - 1) / (w * 8) * w, w);
		if (!(word >> ((sig - 1) % (w * 8)) & 1)) continue;
		if (!first) g_string_append_c(s, ' ');
		const struct dm_constset *set = dm_proc.abi->sets[DM_SET_signals];
		const char *n = set ? dm_enum_name(set, sig) : NULL;
		if (n && !strncmp(n, "SIG", 3)) g_string_append(s, n + 3);
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
		gstring(s, p);
	}
	if (n == 32) g_string_append(s, ", ...");
	g_string_append_c(s, ']');
}

static void arg(GString *s, const struct dm_sys_call *c, int i, int64_t ret, int done)
{
	const struct dm_sig *sig = c->entry->sig;
	const struct dm_arg *a = &sig->args[i];
	uint64_t v = dm_arg_value(c->abi, c->args, a);
	int ok = done && ret >= 0;
	if (!strcmp(c->entry->name, "clone") && i < 5) {
		/* registers in the ABI's order (specs/abi syscall.clone), shown in the signature's */
		uint64_t k[5];
		dm_clone_args(c->abi, c->args, k);
		v = k[i];
		if (i == 0) {
			/* the low byte is the exit signal, as strace shows it */
			uint64_t f = v & ~0xffull, sig = v & 0xff;
			if (f || !sig) flags_sym(s, a->set, f);
			if (sig) { if (f) g_string_append_c(s, '|'); signame(s, sig); }
			return;
		}
		g_string_append_printf(s, v ? "0x%llx" : "NULL", (unsigned long long)v);
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
	if (!strncmp(c->entry->name, "futex", 5) && !strcmp(a->name, "utime")) {
		/* the 4th argument is the integer val2 for the requeue and wake-op commands */
		uint64_t op = dm_arg_value(c->abi, c->args, &sig->args[1]) & 0x7f;
		if (op == 3 || op == 4 || op == 5 || op == 12) {
			g_string_append_printf(s, "%u", (unsigned)v);
			return;
		}
	}
	uint64_t n = a->count ? a->count : 1;
	if (a->count_arg >= 0) n = dm_arg_value(c->abi, c->args, &sig->args[a->count_arg]);
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
	case DM_ARG_path: case DM_ARG_str: gstring(s, v); return;
	case DM_ARG_strv: strv(s, a, v); return;
	case DM_ARG_buf_in: gbytes(s, v, len); return;
	case DM_ARG_buf_out:
		if (ok && v) gbytes(s, v, (a->flags & DM_A_LEN_RET) || sig->ret == DM_RET_ssize ? (uint64_t)ret : len);
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
	if (a->set) { flags_sym(s, a->set, v); return; }
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
	if (k == DM_RET_ptr) g_string_append_printf(s, "0x%llx", (unsigned long long)ret);
	else if (k == DM_RET_mode) g_string_append_printf(s, "0%03llo", (unsigned long long)ret);
	else g_string_append_printf(s, "%lld", (long long)ret);
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
		const struct dm_sig *sig = c->entry->sig;
		int nargs = sig->nargs;
		if (!strncmp(c->entry->name, "futex", 5) && strcmp(c->entry->name, "futex_waitv") && nargs >= 6) {
			/* like strace: the arguments the command reads (uaddr op val [utime|val2] [uaddr2] [val3]) */
			static const uint8_t used[16] = { 4, 3, 3, 5, 6, 6, 4, 2, 2, 6, 6, 5, 6, 4 };
			unsigned cmd = (unsigned)dm_arg_value(c->abi, c->args, &sig->args[1]) & 0x7f;
			if (cmd < 14) nargs = used[cmd];
		}
		g_string_append_printf(s, "%s(", c->entry->name);
		for (int i = 0; i < nargs; i++) {
			if (i) g_string_append(s, ", ");
			arg(s, c, i, ret, done);
		}
		g_string_append_c(s, ')');
	}
	if (done) {
		g_string_append(s, " = ");
		result(s, c, ret);
	}
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
	if (!early(c)) return;
	char *l = dm_strace_format(c, 0, 0);
	int noret = c->entry->sig && c->entry->sig->ret == DM_RET_noreturn && strcmp(c->entry->name, "rt_sigreturn");
	fprintf(out(), "%d %s%s\n", tid(), l, noret ? " = ?" : "");
	fflush(out());
	g_free(l);
}

void dm_strace_exit(const struct dm_sys_call *c, int64_t ret)
{
	if (ret == DM_SYS_RESTART) {
		/* interrupted before it could complete; runs again after the handler */
		char *l = dm_strace_format(c, 0, 0);
		fprintf(out(), "%d %s = ? ERESTARTSYS (To be restarted)\n", (int)getpid(), l);
		g_free(l);
		return;
	}
	if (ret == DM_SYS_KEEP_REGS) {
		if (!early(c)) {
			char *l = dm_strace_format(c, 0, 0);
			fprintf(out(), "%d %s = ?\n", tid(), l);
			g_free(l);
		}
		return;
	}
	if (early(c)) {
		GString *s = g_string_new(NULL);
		result(s, c, ret);
		fprintf(out(), "%d <... %s resumed> = %s\n", tid(), c->entry->name, s->str);
		g_string_free(s, TRUE);
		return;
	}
	char *l = dm_strace_format(c, ret, 1);
	fprintf(out(), "%d %s\n", tid(), l);
	g_free(l);
}
