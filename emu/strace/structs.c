/* emu/strace/structs.c: structs that strace(1) prints its own way rather than
 * field by field in declaration order: abbreviated without -v (stat, utsname)
 * or in its order with the kernel's special values (sigaction). */
#include <string.h>

#include "emu/abi/field.h"
#include "emu/strace/internal.h"
#include "emu/sys/internal.h"

static const struct dm_field *fld(const struct dm_type *t, const char *name)
{
	return dm_field_find(t, name, NULL);
}

static int64_t ival(const struct dm_field *f, const uint8_t *g)
{
	return f ? dm_field_load(dm_proc.abi, f, g + f->goff) : 0;
}

/* the type and permissions, the device numbers of a device file, else the size */
static void stat_short(GString *s, const struct dm_type *t, const uint8_t *g)
{
	const struct dm_field *fm = fld(t, "st_mode");
	uint64_t mode = (uint64_t)ival(fm, g), type = mode & 0170000;
	g_string_append(s, "{st_mode=");
	if (fm && fm->set) dm_strace_flags(s, fm->set, mode);
	else g_string_append_printf(s, "%#llo", (unsigned long long)mode);
	if (type == 0020000 || type == 0060000) {
		uint64_t d = (uint64_t)ival(fld(t, "st_rdev"), g);   /* the kernel's new_encode_dev */
		unsigned major = (unsigned)((d >> 8) & 0xfff), minor = (unsigned)((d & 0xff) | ((d >> 12) & 0xfff00));
		g_string_append_printf(s, ", st_rdev=makedev(%#x, %#x)", major, minor);
	} else {
		g_string_append_printf(s, ", st_size=%lld", (long long)ival(fld(t, "st_size"), g));
	}
	g_string_append(s, ", ...}");
}

/* char arrays up to their NUL */
static void text_field(GString *s, const struct dm_field *f, const uint8_t *g)
{
	const char *p = (const char *)g + f->goff;
	size_t n = strnlen(p, f->gsize);
	dm_strace_quoted(s, (const uint8_t *)p, n > dm_strace_size ? dm_strace_size : n, n > dm_strace_size);
}

static void utsname_short(GString *s, const struct dm_type *t, const uint8_t *g)
{
	const struct dm_field *a = fld(t, "sysname"), *b = fld(t, "nodename");
	g_string_append(s, "{sysname=");
	if (a) text_field(s, a, g);
	g_string_append(s, ", nodename=");
	if (b) text_field(s, b, g);
	g_string_append(s, ", ...}");
}

/* sa_handler (SIG_DFL, SIG_IGN), sa_mask, sa_flags, and sa_restorer only
 * when SA_RESTORER is set, as strace orders them on every ABI */
static void sigaction_show(GString *s, const struct dm_type *t, const uint8_t *g)
{
	const struct dm_field *fh = fld(t, "sa_handler"), *fm = fld(t, "sa_mask"), *ff = fld(t, "sa_flags");
	const struct dm_field *fr = fld(t, "sa_restorer");
	uint64_t h = (uint64_t)ival(fh, g), fl = (uint64_t)ival(ff, g), r = (uint64_t)ival(fr, g);
	g_string_append(s, "{sa_handler=");
	if (h == 0) g_string_append(s, "SIG_DFL");
	else if (h == 1) g_string_append(s, "SIG_IGN");
	else g_string_append_printf(s, "%#llx", (unsigned long long)h);
	g_string_append(s, ", sa_mask=");
	if (fm) dm_strace_sigset(s, g + fm->goff, fm->gsize);
	g_string_append(s, ", sa_flags=");
	if (ff && ff->set) dm_strace_flags(s, ff->set, fl);
	else g_string_append_printf(s, "%#llx", (unsigned long long)fl);
	int64_t bit = 0;
	const struct dm_constset *set = ff ? ff->set : NULL;
	for (unsigned i = 0; set && i < set->n; i++)
		if (!(set->v[i].flags & DM_C_NO_GUEST) && !strcmp(set->v[i].name, "SA_RESTORER")) bit = (int64_t)set->v[i].guest;
	if (fr && bit && (fl & (uint64_t)bit))
		g_string_append_printf(s, r ? ", sa_restorer=%#llx" : ", sa_restorer=NULL", (unsigned long long)r);
	g_string_append_c(s, '}');
}

bool dm_strace_struct_short(GString *s, const struct dm_type *t, const uint8_t *g)
{
	if (!strcmp(t->name, "stat") || !strcmp(t->name, "stat64")) stat_short(s, t, g);
	else if (!strcmp(t->name, "utsname")) utsname_short(s, t, g);
	else if (!strcmp(t->name, "sigaction") && fld(t, "sa_handler") && fld(t, "sa_mask")) sigaction_show(s, t, g);
	else return false;
	return true;
}
