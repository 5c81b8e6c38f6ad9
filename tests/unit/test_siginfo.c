/* tests/unit/test_siginfo.c: siginfo_t from the host to every guest ABI and
 * back (emu/signal/siginfo.c, which lays it out through the spec type).
 *
 *  - host oracle: on x86_64 and aarch64 the guest layout is the host's, so
 *    the guest bytes must equal glibc's siginfo_t for every union member;
 *  - fixed offsets: each ABI's bytes read back at the kernel's offsets,
 *    written out here independently (three ints, mips with si_code second;
 *    the union after them at the pointer alignment; x32's 8-byte clock
 *    fields, sparc64's int si_band; the ABI's byte order), and mips's own
 *    SI_TIMER number;
 *  - round trip: host -> guest -> host keeps every field the member has;
 *  - timer_create's sigevent: signal translated, sigval bytes kept into the
 *    SI_TIMER siginfo on every ABI. */
#include <glib.h>
#include <signal.h>
#include <string.h>

#include "emu/abi/field.h"
#include "emu/abi/xlat.h"
#include "emu/signal/guest_signal.h"
#include "generated/ids.h"

uintptr_t dm_guest_base;   /* emu/mm/guest.h: guest address 0 is host address 0 here */

extern const struct dm_abi *const dm_abis[];
extern const size_t dm_nabis;

enum { K_RT, K_TIMER, K_FAULT, K_POLL, K_CHLD, K_SYS, K_KILL, NKINDS };
static const char *const kind_name[NKINDS] = { "rt", "timer", "fault", "poll", "chld", "sys", "kill" };

static siginfo_t host_info(int k)
{
	siginfo_t si;
	memset(&si, 0, sizeof si);
	switch (k) {
	case K_RT:
		si.si_signo = SIGUSR1; si.si_code = SI_QUEUE; si.si_pid = 1234; si.si_uid = 1000;
		si.si_value.sival_ptr = (void *)0x1122334455667788ull;
		break;
	case K_TIMER:
		si.si_signo = SIGALRM; si.si_code = SI_TIMER; si.si_timerid = 7; si.si_overrun = 3;
		si.si_value.sival_ptr = (void *)0x55ull;
		break;
	case K_FAULT: si.si_signo = SIGSEGV; si.si_code = SEGV_ACCERR; si.si_addr = (void *)0x4008ull; break;
	case K_POLL: si.si_signo = SIGIO; si.si_code = POLL_IN; si.si_band = 0x41; si.si_fd = 5; break;
	case K_CHLD:
		si.si_signo = SIGCHLD; si.si_code = CLD_KILLED; si.si_pid = 99; si.si_uid = 1001;
		si.si_status = SIGUSR1; si.si_utime = 5; si.si_stime = 6;
		break;
	case K_SYS:
		si.si_signo = SIGSYS; si.si_code = 1; si.si_call_addr = (void *)0x1000ull; si.si_syscall = 42;
		si.si_arch = 0xc00000b7u;
		break;
	default: si.si_signo = SIGTERM; si.si_code = SI_USER; si.si_pid = 77; si.si_uid = 1002; break;
	}
	si.si_errno = k == K_FAULT ? 0 : 3;
	return si;
}

static void to_guest(const struct dm_abi *abi, int k, uint8_t g[128])
{
	siginfo_t si = host_info(k);
	struct dm_gsiginfo gi;
	dm_siginfo_from_host(abi, &si, &gi);
	dm_siginfo_to_guest(abi, &gi, g);
}

static void test_host_layout(void)
{
	static const char *const same[] = { "x86_64", "aarch64" };
	for (size_t a = 0; a < G_N_ELEMENTS(same); a++) {
		const struct dm_abi *abi = dm_abi_find(same[a]);
		g_assert_nonnull(abi);
		for (int k = 0; k < NKINDS; k++) {
			uint8_t g[128];
			siginfo_t si = host_info(k);
			to_guest(abi, k, g);
			if (memcmp(g, &si, 128)) g_test_message("%s, %s: differs from the host's siginfo_t", same[a], kind_name[k]);
			g_assert_cmpmem(g, 128, &si, 128);
		}
	}
}

static uint64_t rd(const struct dm_abi *abi, const uint8_t *p, unsigned n)
{
	uint64_t v = 0;
	for (unsigned i = 0; i < n; i++)
		v |= (uint64_t)p[abi->endian == DM_BIG ? n - 1 - i : i] << (8 * i);
	return v;
}

static int is(const struct dm_abi *abi, const char *prefix) { return !strncmp(abi->name, prefix, strlen(prefix)); }

static void test_offsets(void)
{
	int checked = 0;
	for (size_t a = 0; a < dm_nabis; a++) {
		const struct dm_abi *abi = dm_abis[a];
		if (!abi->types[DM_T_siginfo]) continue;
		unsigned w = abi->bits / 8, u = w == 8 ? 16 : 12;
		int mips = is(abi, "mips"), x32 = !strcmp(abi->name, "x32"), sparc = is(abi, "sparc");
		if (x32) w = 4;
		uint8_t g[128];
		g_test_message("%s", abi->name);
		to_guest(abi, K_RT, g);
		g_assert_cmpuint(rd(abi, g, 4), ==, (uint32_t)dm_signal_to_guest(abi, SIGUSR1));
		g_assert_cmpuint(rd(abi, g + (mips ? 4 : 8), 4), ==, (uint32_t)SI_QUEUE);
		g_assert_cmpuint(rd(abi, g + (mips ? 8 : 4), 4), ==, 3);
		g_assert_cmpuint(rd(abi, g + u, 4), ==, 1234);
		g_assert_cmpuint(rd(abi, g + u + 4, 4), ==, 1000);
		g_assert_cmpuint(rd(abi, g + u + 8, w), ==, w == 8 ? 0x1122334455667788ull : 0x55667788u);
		to_guest(abi, K_TIMER, g);
		g_assert_cmpuint(rd(abi, g + (mips ? 4 : 8), 4), ==, (uint32_t)(mips ? -3 : -2));   /* SI_TIMER */
		g_assert_cmpuint(rd(abi, g + u, 4), ==, 7);
		g_assert_cmpuint(rd(abi, g + u + 4, 4), ==, 3);
		g_assert_cmpuint(rd(abi, g + u + 8, w), ==, 0x55);
		to_guest(abi, K_FAULT, g);
		g_assert_cmpuint(rd(abi, g + u, w), ==, 0x4008);
		to_guest(abi, K_POLL, g);
		unsigned band = sparc ? 4 : w;
		g_assert_cmpuint(rd(abi, g + u, band), ==, 0x41);
		g_assert_cmpuint(rd(abi, g + u + band, 4), ==, 5);
		to_guest(abi, K_CHLD, g);
		g_assert_cmpuint(rd(abi, g + u, 4), ==, 99);
		g_assert_cmpuint(rd(abi, g + u + 8, 4), ==, (uint32_t)dm_signal_to_guest(abi, SIGUSR1));
		unsigned ck = x32 ? 8 : w, ut = w == 8 ? 16 : 12;
		g_assert_cmpuint(rd(abi, g + u + ut, ck), ==, 5);
		g_assert_cmpuint(rd(abi, g + u + ut + ck, ck), ==, 6);
		to_guest(abi, K_SYS, g);
		g_assert_cmpuint(rd(abi, g + u, w), ==, 0x1000);
		g_assert_cmpuint(rd(abi, g + u + w, 4), ==, 42);
		g_assert_cmpuint(rd(abi, g + u + w + 4, 4), ==, 0xc00000b7u);
		checked++;
	}
	g_assert_cmpint(checked, >=, 20);
}

static void test_round_trip(void)
{
	for (size_t a = 0; a < dm_nabis; a++) {
		const struct dm_abi *abi = dm_abis[a];
		if (!abi->types[DM_T_siginfo]) continue;
		uint64_t wmask = abi->bits == 64 ? ~0ull : 0xffffffffull;
		for (int k = 0; k < NKINDS; k++) {
			uint8_t g[128];
			siginfo_t in = host_info(k), out;
			to_guest(abi, k, g);
			g_assert_cmpint(dm_siginfo_guest_to_host(abi, g, dm_signal_to_guest(abi, in.si_signo), &out), ==, 0);
			g_test_message("%s, %s", abi->name, kind_name[k]);
			g_assert_cmpint(out.si_signo, ==, in.si_signo);
			g_assert_cmpint(out.si_code, ==, in.si_code);
			g_assert_cmpint(out.si_errno, ==, in.si_errno);
			switch (k) {
			case K_TIMER:
				g_assert_cmpint(out.si_timerid, ==, in.si_timerid);
				g_assert_cmpint(out.si_overrun, ==, in.si_overrun);
				/* fall through */
			case K_RT:
				g_assert_cmpuint((uintptr_t)out.si_value.sival_ptr, ==, (uintptr_t)in.si_value.sival_ptr & wmask);
				break;
			case K_FAULT: g_assert_true(out.si_addr == in.si_addr); break;
			case K_POLL:
				g_assert_cmpint(out.si_band, ==, in.si_band);
				g_assert_cmpint(out.si_fd, ==, in.si_fd);
				break;
			case K_CHLD:
				/* si_status holds the guest's signal number: a guest sends it as it reads it */
				g_assert_cmpint(out.si_status, ==, dm_signal_to_guest(abi, in.si_status));
				g_assert_cmpint(out.si_utime, ==, in.si_utime);
				g_assert_cmpint(out.si_stime, ==, in.si_stime);
				break;
			default: break;
			}
			if (k == K_RT || k == K_KILL || k == K_CHLD) {
				g_assert_cmpint(out.si_pid, ==, in.si_pid);
				g_assert_cmpint(out.si_uid, ==, in.si_uid);
			}
		}
	}
}

/* a guest signal number the host lacks is refused, as rt_sigqueueinfo's EINVAL */
static void test_bad_signal(void)
{
	const struct dm_abi *abi = dm_abi_find("mips-o32-be");
	g_assert_nonnull(abi);
	uint8_t g[128] = { 0 };
	g[3] = 127;   /* big-endian si_signo = 127: mips has 128 signals, the host 64 */
	siginfo_t out;
	g_assert_cmpint(dm_siginfo_guest_to_host(abi, g, 127, &out), ==, -22);
	/* the call's signal decides, not the guest's si_signo (garbage here) */
	g_assert_cmpint(dm_siginfo_guest_to_host(abi, g, 16 /* mips SIGUSR1 */, &out), ==, 0);
	g_assert_cmpint(out.si_signo, ==, SIGUSR1);
}

/* timer_create's struct sigevent on every ABI: the signal translated, the
 * notification and tid kept, and the sigval bytes coming back bit for bit in
 * the SI_TIMER siginfo the timer's signal carries (whatever the byte order
 * and pointer width); a signal the host lacks becomes 0 (the host's EINVAL). */
static void test_sigevent(void)
{
	for (size_t i = 0; i < dm_nabis; i++) {
		const struct dm_abi *abi = dm_abis[i];
		const struct dm_type *t = abi->types[DM_T_sigevent];
		g_assert_nonnull(t);
		uint8_t g[128] = { 0 };
		uint32_t voff, soff;
		const struct dm_field *vf = dm_field_find(t, "sigev_value", &voff);
		g_assert_nonnull(vf);
		g_assert_cmpuint(vf->gsize, ==, abi->bits / 8);
		for (unsigned k = 0; k < vf->gsize; k++) g[voff + k] = (uint8_t)(0x81 + 0x11 * k);
		int gusr1 = dm_signal_to_guest(abi, SIGUSR1);
		g_assert_true(dm_field_put(abi, t, g, "sigev_signo", (uint32_t)gusr1));
		g_assert_true(dm_field_put(abi, t, g, "sigev_notify", 4));   /* SIGEV_THREAD_ID */
		g_assert_true(dm_field_put(abi, t, g, "_sigev_un._tid", 4321));
		struct sigevent h;
		dm_sigevent_to_host(abi, g, &h);
		g_assert_cmpint(h.sigev_signo, ==, SIGUSR1);
		g_assert_cmpint(h.sigev_notify, ==, 4);
		g_assert_cmpint(h._sigev_un._tid, ==, 4321);

		siginfo_t si;
		memset(&si, 0, sizeof si);
		si.si_signo = SIGUSR1; si.si_code = SI_TIMER; si.si_timerid = 3; si.si_overrun = 2;
		si.si_value = h.sigev_value;
		struct dm_gsiginfo gi;
		uint8_t out[128];
		dm_siginfo_from_host(abi, &si, &gi);
		dm_siginfo_to_guest(abi, &gi, out);
		g_assert_nonnull(dm_field_find(abi->types[DM_T_siginfo], "_sifields._timer._sigval", &soff));
		if (memcmp(out + soff, g + voff, vf->gsize))
			g_error("%s: sigval bytes not kept from sigevent to siginfo", abi->name);

		g_assert_true(dm_field_put(abi, t, g, "sigev_signo", 0));
		dm_sigevent_to_host(abi, g, &h);
		g_assert_cmpint(h.sigev_signo, ==, 0);
		int beyond = (int)(abi->types[DM_T_sigset]->gsize * 8);   /* the guest's _NSIG: no such signal */
		g_assert_true(dm_field_put(abi, t, g, "sigev_signo", (uint32_t)beyond + 1));
		dm_sigevent_to_host(abi, g, &h);
		g_assert_cmpint(h.sigev_signo, ==, 0);
	}
	/* mips's signal 100 exists on the guest but not on the host */
	const struct dm_abi *mips = dm_abi_find("mips-o32-be");
	uint8_t g[128] = { 0 };
	g_assert_true(dm_field_put(mips, mips->types[DM_T_sigevent], g, "sigev_signo", 100));
	struct sigevent h;
	dm_sigevent_to_host(mips, g, &h);
	g_assert_cmpint(h.sigev_signo, ==, 0);
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/siginfo/host-layout", test_host_layout);
	g_test_add_func("/siginfo/offsets", test_offsets);
	g_test_add_func("/siginfo/round-trip", test_round_trip);
	g_test_add_func("/siginfo/bad-signal", test_bad_signal);
	g_test_add_func("/siginfo/sigevent", test_sigevent);
	return g_test_run();
}
