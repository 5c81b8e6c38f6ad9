/* tests/unit/test_seccomp_bpf.c: the seccomp filter checker and interpreter
 * (emu/sys/seccomp_bpf.c) against the host kernel as the oracle.
 *
 *  - check: hand-picked programs (each rule the kernel enforces) and a few
 *    thousand random ones; each is also installed on the host in a forked
 *    child (with no_new_privs), and the host's accept/EINVAL must equal ours;
 *  - run: random arithmetic on the words of struct seccomp_data, ending in
 *    SECCOMP_RET_ERRNO | (A & 0xfff) for one syscall (getppid): the host
 *    runs it on its own seccomp_data for that call, the errno it returns
 *    must be our verdict's data;
 *  - exact verdicts of a few programs (division by X = 0, LEN, scratch). */
#include <errno.h>
#include <glib.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "emu/sys/seccomp_bpf.h"

/* The host kernel's verdict on installing prog: 0 accepted, else its errno. */
static int host_check(const struct sock_filter *prog, unsigned len)
{
	int pfd[2];
	g_assert_cmpint(pipe(pfd), ==, 0);
	pid_t pid = fork();
	g_assert_cmpint(pid, >=, 0);
	if (pid == 0) {
		close(pfd[0]);
		struct sock_fprog fp = { .len = (unsigned short)len, .filter = (struct sock_filter *)prog };
		prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
		/* once installed, the filter may refuse anything: the answer is sent first, when it failed */
		long r = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &fp);
		if (r < 0) {
			int e = errno;
			(void)!write(pfd[1], &e, sizeof e);
		}
		_exit(0);
	}
	close(pfd[1]);
	int e = 0;
	if (read(pfd[0], &e, sizeof e) != sizeof e) e = 0;
	close(pfd[0]);
	int st;
	g_assert_cmpint(waitpid(pid, &st, 0), ==, pid);
	return e;
}

static int our_check(const struct sock_filter *prog, unsigned len)
{
	struct dm_bpf_insn *p = g_new0(struct dm_bpf_insn, len ? len : 1);
	for (unsigned i = 0; i < len; i++) p[i] = (struct dm_bpf_insn){ prog[i].code, prog[i].jt, prog[i].jf, prog[i].k };
	int r = dm_seccomp_bpf_check(p, len);
	g_free(p);
	return -r;
}

static void expect_same(const char *what, const struct sock_filter *prog, unsigned len)
{
	int host = host_check(prog, len), ours = our_check(prog, len);
	if (host != ours) g_test_message("%s: host %d, ours %d", what, host, ours);
	g_assert_cmpint(ours, ==, host);
}

#define ALLOW BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW)

static void test_check_rules(void)
{
	static const struct { const char *what; struct sock_filter p[4]; unsigned n; } cases[] = {
		{ "allow", { ALLOW }, 1 },
		{ "no return at the end", { BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 0) }, 1 },
		{ "load nr", { BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 0), ALLOW }, 2 },
		{ "load args[5] high", { BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 60), ALLOW }, 2 },
		{ "load past seccomp_data", { BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 64), ALLOW }, 2 },
		{ "unaligned load", { BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 2), ALLOW }, 2 },
		{ "half-word load", { BPF_STMT(BPF_LD | BPF_H | BPF_ABS, 0), ALLOW }, 2 },
		{ "indirect load", { BPF_STMT(BPF_LD | BPF_W | BPF_IND, 0), ALLOW }, 2 },
		{ "length load", { BPF_STMT(BPF_LD | BPF_W | BPF_LEN, 0), BPF_STMT(BPF_RET | BPF_A, 0) }, 2 },
		{ "ldx length", { BPF_STMT(BPF_LDX | BPF_W | BPF_LEN, 0), ALLOW }, 2 },
		{ "ldx msh", { BPF_STMT(BPF_LDX | BPF_B | BPF_MSH, 0), ALLOW }, 2 },
		{ "mod", { BPF_STMT(BPF_ALU | BPF_MOD | BPF_K, 3), ALLOW }, 2 },
		{ "div by constant 0", { BPF_STMT(BPF_ALU | BPF_DIV | BPF_K, 0), ALLOW }, 2 },
		{ "div by X", { BPF_STMT(BPF_ALU | BPF_DIV | BPF_X, 0), ALLOW }, 2 },
		{ "shift by 32", { BPF_STMT(BPF_ALU | BPF_LSH | BPF_K, 32), ALLOW }, 2 },
		{ "shift by 31", { BPF_STMT(BPF_ALU | BPF_RSH | BPF_K, 31), ALLOW }, 2 },
		{ "jump past the end", { BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 1, 1, 0), ALLOW }, 2 },
		{ "ja past the end", { BPF_STMT(BPF_JMP | BPF_JA, 1), ALLOW }, 2 },
		{ "ja to the last", { BPF_STMT(BPF_JMP | BPF_JA, 1), ALLOW, ALLOW }, 3 },
		{ "read M before writing", { BPF_STMT(BPF_LD | BPF_MEM, 3), ALLOW }, 2 },
		{ "write then read M", { BPF_STMT(BPF_ST, 3), BPF_STMT(BPF_LDX | BPF_MEM, 3), ALLOW }, 3 },
		{ "M index 16", { BPF_STMT(BPF_ST, 16), ALLOW }, 2 },
		{ "M written on one path only",
		  { BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 1), BPF_STMT(BPF_ST, 0), BPF_STMT(BPF_LD | BPF_MEM, 0),
		    ALLOW }, 4 },
		{ "return X", { BPF_STMT(BPF_RET | BPF_X, 0) }, 1 },
		{ "unknown opcode", { { 0xff, 0, 0, 0 }, ALLOW }, 2 },
		{ "code above 8 bits", { { 0x106, 0, 0, 0 } }, 1 },
		{ "empty", { ALLOW }, 0 },
	};
	for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) expect_same(cases[i].what, cases[i].p, cases[i].n);

	struct sock_filter *big = g_new(struct sock_filter, 4097);
	for (int i = 0; i < 4097; i++) big[i] = (struct sock_filter)ALLOW;
	expect_same("4096 instructions", big, 4096);
	expect_same("4097 instructions", big, 4097);
	g_free(big);
}

/* Codes from the whole classic set and beyond, constants and offsets near
 * every limit. */
static struct sock_filter random_insn(GRand *r, unsigned pc, unsigned len)
{
	static const uint16_t codes[] = {
		0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x0c, 0x14, 0x15, 0x16, 0x1c, 0x1d, 0x20, 0x24,
		0x25, 0x28, 0x2c, 0x2d, 0x30, 0x34, 0x35, 0x3c, 0x3d, 0x40, 0x44, 0x45, 0x4c, 0x4d, 0x54, 0x5c,
		0x60, 0x61, 0x64, 0x6c, 0x74, 0x7c, 0x80, 0x81, 0x84, 0x87, 0x94, 0x9c, 0xa4, 0xac, 0xb1, 0x0e,
	};
	struct sock_filter f;
	f.code = codes[g_rand_int_range(r, 0, G_N_ELEMENTS(codes))];
	unsigned left = len - pc;
	f.jt = (uint8_t)g_rand_int_range(r, 0, (gint32)left + 1);
	f.jf = (uint8_t)g_rand_int_range(r, 0, (gint32)left + 1);
	switch (g_rand_int_range(r, 0, 4)) {
	case 0: f.k = (uint32_t)g_rand_int_range(r, 0, 20); break;
	case 1: f.k = 4u * (uint32_t)g_rand_int_range(r, 0, 17); break;
	case 2: f.k = (uint32_t)g_rand_int_range(r, 0, (gint32)left + 1); break;
	default: f.k = g_rand_int(r); break;
	}
	return f;
}

static void test_check_random(void)
{
	GRand *r = g_rand_new_with_seed(20261207);
	unsigned accepted = 0;
	for (int n = 0; n < 1500; n++) {
		unsigned len = (unsigned)g_rand_int_range(r, 1, 9);
		struct sock_filter p[9];
		for (unsigned i = 0; i < len; i++) p[i] = random_insn(r, i, len);
		/* most programs would fail on their last instruction: usually end in a return */
		if (g_rand_int_range(r, 0, 4)) p[len - 1] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
		char what[32];
		snprintf(what, sizeof what, "random program %d", n);
		expect_same(what, p, len);
		accepted += our_check(p, len) == 0;
	}
	g_test_message("%u of 1500 random programs valid", accepted);
	g_assert_cmpuint(accepted, >, 50);     /* the comparison covered both answers */
	g_rand_free(r);
}

/* ---- running ------------------------------------------------------------------ */

/* The errno the host returns for getppid(args) under prog (a guard on the
 * syscall number is put in front, so the child's other calls pass). */
static unsigned guarded(const struct sock_filter *body, unsigned n, struct sock_filter prog[80])
{
	prog[0] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr));
	prog[1] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_getppid, 1, 0);
	prog[2] = (struct sock_filter)ALLOW;
	memcpy(prog + 3, body, n * sizeof *body);
	return n + 3;
}

static int host_run(const struct sock_filter *body, unsigned n, const uint64_t args[6])
{
	struct sock_filter prog[80];
	n = guarded(body, n, prog);
	int pfd[2];
	g_assert_cmpint(pipe(pfd), ==, 0);
	pid_t pid = fork();
	g_assert_cmpint(pid, >=, 0);
	if (pid == 0) {
		struct sock_fprog fp = { .len = (unsigned short)n, .filter = prog };
		prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
		int e = -1;
		if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &fp) == 0) {
			long r = syscall(SYS_getppid, args[0], args[1], args[2], args[3], args[4], args[5]);
			e = r < 0 ? errno : 0;
		}
		(void)!write(pfd[1], &e, sizeof e);
		_exit(0);
	}
	close(pfd[1]);
	int e = -2;
	g_assert_cmpint(read(pfd[0], &e, sizeof e), ==, sizeof e);
	close(pfd[0]);
	int st;
	waitpid(pid, &st, 0);
	return e;
}

static uint32_t our_run(const struct sock_filter *body, unsigned n, const uint8_t data[64])
{
	struct dm_bpf_insn p[80];
	for (unsigned i = 0; i < n; i++) p[i] = (struct dm_bpf_insn){ body[i].code, body[i].jt, body[i].jf, body[i].k };
	g_assert_cmpint(dm_seccomp_bpf_check(p, n), ==, 0);
	return dm_seccomp_bpf_run(p, n, data, 0);
}

static void test_run_random(void)
{
	static const uint16_t alu[] = {
		BPF_ADD, BPF_SUB, BPF_MUL, BPF_DIV, BPF_AND, BPF_OR, BPF_XOR, BPF_LSH, BPF_RSH,
	};
	GRand *r = g_rand_new_with_seed(7);
	for (int n = 0; n < 300; n++) {
		uint64_t args[6];
		for (int i = 0; i < 6; i++) args[i] = (uint64_t)g_rand_int(r) << 32 | g_rand_int(r);
		uint8_t data[64] = { 0 };
		uint32_t nr = SYS_getppid, arch = AUDIT_ARCH_X86_64;
		memcpy(data, &nr, 4);
		memcpy(data + 4, &arch, 4);
		memcpy(data + 16, args, 48);
		struct sock_filter b[64];
		unsigned len = 0;
		int count = g_rand_int_range(r, 1, 12);
		for (int i = 0; i < count; i++) {
			/* words other than the instruction pointer (the host's is unknown here) */
			uint32_t off = g_rand_boolean(r) ? 4 : 16 + 4 * (uint32_t)g_rand_int_range(r, 0, 12);
			switch (g_rand_int_range(r, 0, 6)) {
			case 0: b[len++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, off); break;
			case 1: b[len++] = (struct sock_filter)BPF_STMT(BPF_MISC | BPF_TAX, 0); break;
			case 2: b[len++] = (struct sock_filter)BPF_STMT(BPF_ALU | BPF_NEG, 0); break;
			case 3: {
				uint16_t op = alu[g_rand_int_range(r, 0, G_N_ELEMENTS(alu))];
				b[len++] = (struct sock_filter)BPF_STMT(BPF_ALU | op | BPF_X, 0);
				break;
			}
			case 4: {
				uint16_t op = alu[g_rand_int_range(r, 0, G_N_ELEMENTS(alu))];
				uint32_t k = g_rand_int(r);
				if (op == BPF_LSH || op == BPF_RSH) k %= 32;
				if (op == BPF_DIV && k == 0) k = 3;
				b[len++] = (struct sock_filter)BPF_STMT(BPF_ALU | op | BPF_K, k);
				break;
			}
			default:
				b[len++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JGT | BPF_K, g_rand_int(r), 1, 0);
				b[len++] = (struct sock_filter)BPF_STMT(BPF_MISC | BPF_TXA, 0);
				break;
			}
		}
		b[len++] = (struct sock_filter)BPF_STMT(BPF_ALU | BPF_AND | BPF_K, 0xfff);
		b[len++] = (struct sock_filter)BPF_STMT(BPF_ALU | BPF_OR | BPF_K, SECCOMP_RET_ERRNO);
		b[len++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_A, 0);
		/* a division by X = 0 returns 0 (kill) on the host: only compare when ours does not */
		struct sock_filter full[80];
		uint32_t v = our_run(full, guarded(b, len, full), data);
		if (v == 0) continue;
		int host = host_run(b, len, args);
		if ((int)(v & 0xfff) != host) g_test_message("program %d: host errno %d, ours %u", n, host, v & 0xfff);
		g_assert_cmpint((int)(v & 0xfff), ==, host);
	}
	g_rand_free(r);
}

static void test_run_exact(void)
{
	uint8_t data[64] = { 0 };
	data[0] = 0x2a;            /* nr 42, little endian */
	data[16] = 0x05;           /* args[0] = 5 */
	struct sock_filter divx[] = { BPF_STMT(BPF_LD | BPF_IMM, 7), BPF_STMT(BPF_LDX | BPF_IMM, 0),
				      BPF_STMT(BPF_ALU | BPF_DIV | BPF_X, 0), BPF_STMT(BPF_RET | BPF_K, 99) };
	g_assert_cmpuint(our_run(divx, 4, data), ==, 0);
	struct sock_filter len[] = { BPF_STMT(BPF_LD | BPF_W | BPF_LEN, 0), BPF_STMT(BPF_RET | BPF_A, 0) };
	g_assert_cmpuint(our_run(len, 2, data), ==, 64);
	struct sock_filter mem[] = { BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 16), BPF_STMT(BPF_ST, 15),
				     BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 0), BPF_STMT(BPF_LDX | BPF_MEM, 15),
				     BPF_STMT(BPF_ALU | BPF_ADD | BPF_X, 0), BPF_STMT(BPF_RET | BPF_A, 0) };
	g_assert_cmpuint(our_run(mem, 6, data), ==, 47);
	struct sock_filter jset[] = { BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 16), BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, 4, 1, 0),
				      BPF_STMT(BPF_RET | BPF_K, 1), BPF_STMT(BPF_RET | BPF_K, 2) };
	g_assert_cmpuint(our_run(jset, 4, data), ==, 2);
	/* a big-endian guest's nr word */
	struct dm_bpf_insn be[] = { { BPF_LD | BPF_W | BPF_ABS, 0, 0, 0 }, { BPF_RET | BPF_A, 0, 0, 0 } };
	uint8_t bed[64] = { 0, 0, 0x01, 0x02 };
	g_assert_cmpuint(dm_seccomp_bpf_run(be, 2, bed, 1), ==, 0x102);
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	/* the oracle: a host kernel that takes seccomp filters (not one built
	 * without them, nor a sandbox that refuses the call) */
	static const struct sock_filter allow[] = { ALLOW };
	if (host_check(allow, 1) != 0) {
		printf("1..0 # SKIP the host kernel refuses seccomp filters: no oracle\n");
		return 0;
	}
	g_test_add_func("/seccomp_bpf/check_rules", test_check_rules);
	g_test_add_func("/seccomp_bpf/check_random", test_check_random);
	g_test_add_func("/seccomp_bpf/run_random", test_run_random);
	g_test_add_func("/seccomp_bpf/run_exact", test_run_exact);
	return g_test_run();
}
