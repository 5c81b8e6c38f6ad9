/* emu/main.c: dragoman's command line.
 *
 * Today dragoman knows every guest ABI's kernel interface (the generated
 * tables) but has no CPU front-end yet; running a program reports which ABI
 * it needs and exits nonzero.  --abis and --syscalls ABI print the tables. */
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>

#include "emu/abi/xlat.h"
#include "generated/ids.h"

#define DM_VERSION "0.1.0"

static void print_abis(void)
{
	printf("%-12s %4s %-6s %8s %10s %6s %6s\n", "ABI", "bits", "endian", "syscalls", "signatures", "types", "ioctls");
	for (size_t i = 0; i < dm_nabis; i++) {
		const struct dm_abi *a = dm_abis[i];
		unsigned sigs = 0, types = 0;
		for (uint32_t k = 0; k < a->nsyscalls; k++) sigs += a->syscalls[k].sig != NULL;
		for (int t = 0; t < DM_NTYPES; t++) types += a->types[t] != NULL;
		printf("%-12s %4u %-6s %8u %10u %6u %6u\n", a->name, a->bits, a->endian == DM_BIG ? "big" : "little",
		       a->nsyscalls, sigs, types, a->nioctls);
	}
}

/* One line per syscall: number, name and its prototype as the specs declare it. */
static int print_syscalls(const char *name)
{
	const struct dm_abi *a = dm_abi_find(name);
	if (!a) {
		fprintf(stderr, "dragoman: unknown ABI '%s' (see --abis)\n", name);
		return 2;
	}
	for (uint32_t k = 0; k < a->nsyscalls; k++) {
		const struct dm_syscall *s = &a->syscalls[k];
		printf("%6u %s(", s->nr, s->name);
		if (!s->sig) { printf("?)  [no signature]\n"); continue; }
		for (unsigned j = 0; j < s->sig->nargs; j++) {
			const struct dm_arg *g = &s->sig->args[j];
			printf("%s%s %s", j ? ", " : "", dm_arg_kind_names[g->kind], g->name);
			if (g->type) printf(":%s", g->type->name);
			if (g->set) printf(":%s", g->set->name);
			if (g->nregs == 2) printf("@r%u+r%u", g->reg, g->reg + 1);
		}
		printf(") -> %s", dm_ret_kind_names[s->sig->ret]);
		if (s->sig->custom) printf("  [custom: %s]", s->sig->custom);
		printf("\n");
	}
	return 0;
}

int main(int argc, char **argv)
{
	gboolean version = FALSE, abis = FALSE;
	gchar *syscalls = NULL;
	GOptionEntry entries[] = {
		{ "version", 0, 0, G_OPTION_ARG_NONE, &version, "Print the version and exit", NULL },
		{ "abis", 0, 0, G_OPTION_ARG_NONE, &abis, "List the guest ABIs the generated tables describe", NULL },
		{ "syscalls", 0, 0, G_OPTION_ARG_STRING, &syscalls, "Print ABI's syscall table with signatures", "ABI" },
		{ NULL },
	};
	GOptionContext *ctx = g_option_context_new("PROGRAM [ARGS...] - run a Linux program built for another CPU");
	g_option_context_add_main_entries(ctx, entries, NULL);
	g_option_context_set_strict_posix(ctx, TRUE);
	GError *err = NULL;
	if (!g_option_context_parse(ctx, &argc, &argv, &err)) {
		fprintf(stderr, "dragoman: %s\n", err->message);
		return 2;
	}
	g_option_context_free(ctx);
	if (version) { printf("dragoman %s\n", DM_VERSION); return 0; }
	if (abis) { print_abis(); return 0; }
	if (syscalls) return print_syscalls(syscalls);
	if (argc < 2) {
		fprintf(stderr, "dragoman: no program given (try --help)\n");
		return 2;
	}
	fprintf(stderr, "dragoman: %s: running guest programs needs a CPU front-end, which this build lacks\n", argv[1]);
	return 1;
}
