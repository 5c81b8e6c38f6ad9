/* tests/unit/test_s390x_signal.c: the s390x signal frames (arch/s390x/signal.c)
 * built for a fake CPU into a fake big-endian guest memory, every field checked
 * at the offset the s390x toolchain's own headers give: the file named by
 * DM_S390X_OFFSETS, which tests/unit_s390x_signal.t makes by running
 * tests/unit/s390x_frame_offsets.c (s390x-linux-gnu-gcc) under qemu-s390x.
 * Then sigreturn and rt_sigreturn give back what the frame saved (and what a
 * handler changed in it), and refuse bad frames as the kernel does. */
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arch/s390x/cpu.h"
#include "arch/s390x/signal.h"
#include "emu/abi/bytes.h"
#include "emu/signal/guest_signal.h"
#include "generated/s390x/defs.h"

/* ---- the toolchain's offsets ---- */
static GHashTable *offs;
static size_t off(const char *name)
{
	gpointer v;
	if (!g_hash_table_lookup_extended(offs, name, NULL, &v)) g_error("%s: not in DM_S390X_OFFSETS", name);
	return GPOINTER_TO_SIZE(v);
}

/* ---- guest memory: [BASE, BASE + sizeof mem), filled with 0xcc ---- */
#define BASE 0x40000000ull
static uint8_t mem[16384];
static uint8_t *G(uint64_t a) { g_assert_cmpuint(a, >=, BASE); g_assert_cmpuint(a, <, BASE + sizeof mem); return mem + (a - BASE); }
int dm_copy_to_guest(uint64_t dst, const void *src, size_t n)
{
	if (dst < BASE || dst - BASE > sizeof mem || n > sizeof mem - (dst - BASE)) return -14;
	memcpy(mem + (dst - BASE), src, n);
	return 0;
}
int dm_copy_from_guest(void *dst, uint64_t src, size_t n)
{
	if (src < BASE || src - BASE > sizeof mem || n > sizeof mem - (src - BASE)) return -14;
	memcpy(dst, mem + (src - BASE), n);
	return 0;
}

#define TRAMP 0x7000ull
#define HANDLER 0x1002340ull
static struct s390x_cpu cpu, saved;
static struct dm_gsiginfo info;
static const uint64_t oldmask[2] = { 0x8000000000000401ull, 0 };
static const uint64_t alt[3] = { 0x5000, 1 /* SS_ONSTACK */, 0x2000 };

static void setup(void)
{
	memset(mem, 0xcc, sizeof mem);
	memset(&cpu, 0, sizeof cpu);
	for (int i = 0; i < 16; i++) {
		cpu.r[i] = 0x0102030405060700ull + (uint64_t)i;
		cpu.f[i] = 0x4000000000000000ull | (uint64_t)i << 32;
		cpu.a[i] = 0xa0000000u + (uint32_t)i;
	}
	cpu.r[15] = BASE + sizeof mem - 3;      /* not 8-aligned: the frame must be */
	cpu.cc = 2;
	cpu.fpc = 0x08000001u;                  /* an IEEE mask, round toward zero */
	cpu.common.pc = 0x1000456;
	saved = cpu;
	memset(&info, 0, sizeof info);
	info.signo = 11;
	for (int i = 0; i < 128; i++) info.bytes[i] = (uint8_t)(i ^ 0x5a);
	info.fault = (struct dm_gfault){ DM_FAULT_WRITE, 1, 0x4000123 };
}

static void check_sigregs(uint64_t sr, const struct s390x_cpu *c, const char *p)
{
	char k[32];
#define O(f) (snprintf(k, sizeof k, "%s.%s", p, f), off(k))
	/* problem state, DAT, I/O, external, machine check, 64-bit mode, CC in bits 18-19 */
	g_assert_cmphex(dm_ld64be(G(sr + O("psw_mask"))), ==, 0x0705000180000000ull | (c->cc << 44));
	g_assert_cmphex(dm_ld64be(G(sr + O("psw_addr"))), ==, c->common.pc);
	for (int i = 0; i < 16; i++) g_assert_cmphex(dm_ld64be(G(sr + O(p[0] == 'u' ? "gregs" : "gprs") + 8 * i)), ==, c->r[i]);
	for (int i = 0; i < 16; i++) g_assert_cmphex(dm_ld32be(G(sr + O(p[0] == 'u' ? "aregs" : "acrs") + 4 * i)), ==, c->a[i]);
	g_assert_cmphex(dm_ld32be(G(sr + O("fpc"))), ==, c->fpc);
	for (int i = 0; i < 16; i++) g_assert_cmphex(dm_ld64be(G(sr + O("fprs") + 8 * i)), ==, c->f[i]);
#undef O
}

static void assert_cpu_equal(const struct s390x_cpu *a, const struct s390x_cpu *b)
{
	g_assert_cmphex(a->common.pc, ==, b->common.pc);
	g_assert_cmpuint(a->cc, ==, b->cc);
	g_assert_cmphex(a->fpc, ==, b->fpc);
	for (int i = 0; i < 16; i++) {
		g_assert_cmphex(a->r[i], ==, b->r[i]);
		g_assert_cmphex(a->f[i], ==, b->f[i]);
		g_assert_cmphex(a->a[i], ==, b->a[i]);
	}
}

/* SA_SIGINFO: the rt_sigframe, rt_sigreturn */
static void test_rt_frame(void)
{
	setup();
	struct dm_gsigaction a = { .handler = HANDLER, .flags = DM_S390X_SA_SIGINFO };
	uint64_t sp = saved.r[15];
	g_assert_true(s390x_signal_frame(&cpu.common, &info, &a, oldmask, sp, TRAMP, alt));
	uint64_t frame = cpu.r[15];
	/* 808 bytes (no vector registers), 8-aligned, right below sp */
	g_assert_cmpuint(frame % 8, ==, 0);
	g_assert_cmpuint(frame, ==, (sp - 808) & ~7ull);
	for (uint64_t p = frame + 808; p < sp; p++) g_assert_cmphex(*G(p), ==, 0xcc);
	g_assert_cmphex(dm_ld64be(G(frame)), ==, saved.r[15]);              /* back chain */
	g_assert_cmpuint(cpu.common.pc, ==, HANDLER);
	g_assert_cmpuint(cpu.r[2], ==, 11);
	g_assert_cmphex(cpu.r[3], ==, frame + off("rt.info"));
	g_assert_cmphex(cpu.r[4], ==, frame + off("rt.uc"));
	g_assert_cmphex(cpu.r[14], ==, TRAMP);                                /* svc 173 there */
	g_assert_cmphex(s390x_sigtramp[0], ==, 0x0a);
	g_assert_cmphex(s390x_sigtramp[1], ==, 173);
	g_assert_cmpmem(G(frame + off("rt.info")), 128, info.bytes, 128);
	uint64_t uc = frame + off("rt.uc");
	g_assert_cmphex(dm_ld64be(G(uc + off("uc.flags"))), ==, 0);
	g_assert_cmphex(dm_ld64be(G(uc + off("uc.link"))), ==, 0);
	g_assert_cmphex(dm_ld64be(G(uc + off("uc.ss_sp"))), ==, alt[0]);
	g_assert_cmphex(dm_ld32be(G(uc + off("uc.ss_flags"))), ==, alt[1]);
	g_assert_cmphex(dm_ld64be(G(uc + off("uc.ss_size"))), ==, alt[2]);
	g_assert_cmphex(dm_ld64be(G(uc + off("uc.sigmask"))), ==, oldmask[0]);
	check_sigregs(uc, &saved, "uc");

	/* the handler clobbers everything; rt_sigreturn brings the frame back */
	memset(&cpu.r, 0x77, sizeof cpu.r);
	memset(&cpu.f, 0x77, sizeof cpu.f);
	memset(&cpu.a, 0x77, sizeof cpu.a);
	cpu.cc = 0, cpu.fpc = 0, cpu.common.pc = 0x123;
	cpu.r[15] = frame;
	uint64_t mask[2], st[3];
	g_assert_true(s390x_signal_return(&cpu.common, mask, st));
	assert_cpu_equal(&cpu, &saved);
	g_assert_cmphex(mask[0], ==, oldmask[0]);
	g_assert_cmphex(mask[1], ==, 0);
	for (int i = 0; i < 3; i++) g_assert_cmphex(st[i], ==, alt[i]);

	/* a handler that edits its context (Go's preemption): the edit wins */
	dm_st64be(G(uc + off("uc.psw_addr")), 0x2000000);
	dm_st64be(G(uc + off("uc.gregs") + 8 * 3), 42);
	dm_st64be(G(uc + off("uc.psw_mask")), 0x0705100180000000ull);    /* cc 1 */
	cpu.r[15] = frame;
	g_assert_true(s390x_signal_return(&cpu.common, mask, st));
	g_assert_cmphex(cpu.common.pc, ==, 0x2000000);
	g_assert_cmpuint(cpu.r[3], ==, 42);
	g_assert_cmpuint(cpu.cc, ==, 1);

	/* refused as the kernel's restore_sigregs does: an invalid FPC, the RI bit */
	uint32_t fpc = dm_ld32be(G(uc + off("uc.fpc")));
	dm_st32be(G(uc + off("uc.fpc")), fpc | 0x00000008u);
	cpu.r[15] = frame;
	g_assert_false(s390x_signal_return(&cpu.common, mask, st));
	dm_st32be(G(uc + off("uc.fpc")), fpc);
	dm_st64be(G(uc + off("uc.psw_mask")), 0x0705008180000000ull);
	cpu.r[15] = frame;
	g_assert_false(s390x_signal_return(&cpu.common, mask, st));
	/* a frame outside guest memory */
	cpu.r[15] = BASE + sizeof mem - 16;
	g_assert_false(s390x_signal_return(&cpu.common, mask, st));
}

/* no SA_SIGINFO: the old-style sigframe, sigreturn */
static void test_old_frame(void)
{
	setup();
	struct dm_gsigaction a = { .handler = HANDLER, .flags = 0 };
	uint64_t sp = saved.r[15];
	g_assert_true(s390x_signal_frame(&cpu.common, &info, &a, oldmask, sp, TRAMP, alt));
	uint64_t frame = cpu.r[15];
	g_assert_cmpuint(frame, ==, (sp - 536) & ~7ull);
	for (uint64_t p = frame + 536; p < sp; p++) g_assert_cmphex(*G(p), ==, 0xcc);
	g_assert_cmphex(dm_ld64be(G(frame)), ==, saved.r[15]);
	g_assert_cmpuint(cpu.r[2], ==, 11);
	g_assert_cmphex(cpu.r[3], ==, frame + off("sf.oldmask"));             /* &sc */
	g_assert_cmphex(cpu.r[14], ==, TRAMP + 4);                            /* svc 119 there */
	g_assert_cmphex(s390x_sigtramp[4], ==, 0x0a);
	g_assert_cmphex(s390x_sigtramp[5], ==, 119);
	/* the write fault on a mapped page: protection exception, TEID with "store" */
	g_assert_cmphex(cpu.r[4], ==, 0x04);
	g_assert_cmphex(cpu.r[5], ==, 0x4000000ull | 0x400);
	g_assert_cmphex(dm_ld64be(G(frame + off("sf.oldmask"))), ==, oldmask[0]);
	g_assert_cmphex(dm_ld64be(G(frame + off("sf.sregs_ptr"))), ==, frame + off("sf.sregs"));
	g_assert_cmphex(dm_ld32be(G(frame + off("sf.signo"))), ==, (uint32_t)saved.r[2]);
	check_sigregs(frame + off("sf.sregs"), &saved, "sr");

	memset(&cpu.r, 0x55, sizeof cpu.r);
	cpu.r[15] = frame;
	uint64_t mask[2] = { 1, 1 };
	g_assert_true(s390x_signal_return_old(&cpu.common, mask));
	assert_cpu_equal(&cpu, &saved);
	g_assert_cmphex(mask[0], ==, oldmask[0]);
	g_assert_cmphex(mask[1], ==, 0);

	/* an unmapped read: page-translation exception, "fetch" */
	setup();
	info.fault = (struct dm_gfault){ DM_FAULT_READ, 0, 0x7ff123 };
	g_assert_true(s390x_signal_frame(&cpu.common, &info, &a, oldmask, saved.r[15], TRAMP, alt));
	g_assert_cmphex(cpu.r[4], ==, 0x11);
	g_assert_cmphex(cpu.r[5], ==, 0x7ff000ull | 0x800);
}

/* SA_RESTORER's restorer; no room for the frame */
static void test_restorer_and_overflow(void)
{
	setup();
	struct dm_gsigaction a = { .handler = HANDLER, .flags = DM_S390X_SA_SIGINFO | DM_S390X_SA_RESTORER,
				   .restorer = 0x9990 };
	g_assert_true(s390x_signal_frame(&cpu.common, &info, &a, oldmask, saved.r[15], TRAMP, alt));
	g_assert_cmphex(cpu.r[14], ==, 0x9990);
	a.flags = DM_S390X_SA_RESTORER;
	setup();
	g_assert_true(s390x_signal_frame(&cpu.common, &info, &a, oldmask, saved.r[15], TRAMP, alt));
	g_assert_cmphex(cpu.r[14], ==, 0x9990);
	setup();
	g_assert_false(s390x_signal_frame(&cpu.common, &info, &a, oldmask, BASE + 100, TRAMP, alt));
	assert_cpu_equal(&cpu, &saved);                 /* nothing changed */
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	const char *path = getenv("DM_S390X_OFFSETS");
	if (!path) g_error("DM_S390X_OFFSETS names the s390x toolchain's offsets (tests/unit_s390x_signal.t)");
	gchar *text = NULL;
	if (!g_file_get_contents(path, &text, NULL, NULL)) g_error("%s: cannot read", path);
	offs = g_hash_table_new(g_str_hash, g_str_equal);
	gchar **lines = g_strsplit(text, "\n", -1);
	for (gchar **l = lines; *l; l++) {
		char name[64];
		size_t v;
		if (sscanf(*l, "%63s %zu", name, &v) == 2) g_hash_table_insert(offs, g_strdup(name), GSIZE_TO_POINTER(v));
	}
	g_test_add_func("/s390x_signal/rt_frame", test_rt_frame);
	g_test_add_func("/s390x_signal/old_frame", test_old_frame);
	g_test_add_func("/s390x_signal/restorer_and_overflow", test_restorer_and_overflow);
	return g_test_run();
}
