/* tests/s390x_fp/fp_libm.c: glibc's libm and fenv on s390x as real programs
 * use them (gcc -O2 -march=z196, static, -lm): transcendental functions,
 * long double (extended BFP in register pairs), fma, nextafter, the rounding
 * modes through fesetround, the flags through feraiseexcept/fetestexcept,
 * and feenableexcept turning an exception into SIGFPE with the kernel's
 * si_code.  Every value is printed as bits (and %a), so a one-ulp
 * difference shows. */
#define _GNU_SOURCE
#include <fenv.h>
#include <float.h>
#include <math.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

static uint64_t bits(double d) { uint64_t v; memcpy(&v, &d, 8); return v; }
static void pd(const char *what, double d) { printf("%-22s %016llx %a\n", what, (unsigned long long)bits(d), d); }
static void pl(const char *what, long double d)
{
	uint64_t v[2];
	memcpy(v, &d, 16);
	printf("%-22s %016llx%016llx %La\n", what, (unsigned long long)v[0], (unsigned long long)v[1], d);
}

static volatile double vx[] = { 0.5, 1.0, 2.5, -3.75, 1e-300, 1e300, 0x1p-1074, 100.0, -0.0, 0.1 };
#define NV (sizeof vx / sizeof vx[0])

static sigjmp_buf jb;
static volatile int got_code;
static volatile unsigned got_dxc;

static void on_fpe(int sig, siginfo_t *si, void *ucv)
{
	ucontext_t *uc = ucv;
	(void)sig;
	got_code = si->si_code;
	got_dxc = (uc->uc_mcontext.fpregs.fpc >> 8) & 0xff;
	siglongjmp(jb, 1);
}

static void flags(const char *what)
{
	int e = fetestexcept(FE_ALL_EXCEPT);
	printf("%-22s%s%s%s%s%s\n", what, e & FE_INVALID ? " invalid" : "", e & FE_DIVBYZERO ? " divbyzero" : "",
	       e & FE_OVERFLOW ? " overflow" : "", e & FE_UNDERFLOW ? " underflow" : "", e & FE_INEXACT ? " inexact" : "");
}

int main(void)
{
	char name[64];
	for (unsigned i = 0; i < NV; i++) {
		double x = vx[i];
		snprintf(name, sizeof name, "sin(%g)", x); pd(name, sin(x));
		snprintf(name, sizeof name, "cos(%g)", x); pd(name, cos(x));
		snprintf(name, sizeof name, "exp(%g)", x); pd(name, exp(x));
		snprintf(name, sizeof name, "log(%g)", x); pd(name, log(x));
		snprintf(name, sizeof name, "pow(%g,2.5)", x); pd(name, pow(x, 2.5));
		snprintf(name, sizeof name, "sqrt(%g)", x); pd(name, sqrt(x));
		snprintf(name, sizeof name, "atan2(%g,3)", x); pd(name, atan2(x, 3.0));
		snprintf(name, sizeof name, "cbrt(%g)", x); pd(name, cbrt(x));
		snprintf(name, sizeof name, "floor(%g)", x); pd(name, floor(x * 7.3));
		snprintf(name, sizeof name, "round(%g)", x); pd(name, round(x * 7.5));
		snprintf(name, sizeof name, "lrint(%g)", x); printf("%-22s %ld\n", name, lrint(x * 3.3));
		snprintf(name, sizeof name, "nextafter(%g)", x); pd(name, nextafter(x, 0.0));
		snprintf(name, sizeof name, "fma(%g)", x); pd(name, fma(x, 0.1, -x / 10));
		snprintf(name, sizeof name, "sinf(%g)", x); pd(name, sinf((float)x));
		snprintf(name, sizeof name, "expl(%g)", x); pl(name, expl((long double)x));
		snprintf(name, sizeof name, "sqrtl(%g)", x); pl(name, sqrtl((long double)x));
		snprintf(name, sizeof name, "logl(%g)", x); pl(name, logl((long double)x + 1));
	}
	/* a sweep: many functions over many arguments, double, float and long double */
	typedef double (*fd)(double);
	typedef float (*ff)(float);
	typedef long double (*fl)(long double);
	static const struct { const char *name; fd d; ff f; fl l; } fns[] = {
		{ "tan", tan, tanf, tanl }, { "asin", asin, asinf, asinl }, { "acos", acos, acosf, acosl },
		{ "atan", atan, atanf, atanl }, { "sinh", sinh, sinhf, sinhl }, { "cosh", cosh, coshf, coshl },
		{ "tanh", tanh, tanhf, tanhl }, { "exp2", exp2, exp2f, exp2l }, { "expm1", expm1, expm1f, expm1l },
		{ "log2", log2, log2f, log2l }, { "log10", log10, log10f, log10l }, { "log1p", log1p, log1pf, log1pl },
		{ "erf", erf, erff, erfl }, { "erfc", erfc, erfcf, erfcl }, { "tgamma", tgamma, tgammaf, tgammal },
		{ "lgamma", lgamma, lgammaf, lgammal }, { "j0", j0, j0f, NULL }, { "trunc", trunc, truncf, truncl },
		{ "ceil", ceil, ceilf, ceill }, { "nearbyint", nearbyint, nearbyintf, nearbyintl },
	};
	for (unsigned k = 0; k < sizeof fns / sizeof fns[0]; k++) {
		uint64_t hd = 0, hf = 0, hl = 0;
		for (int j = -200; j <= 200; j++) {
			double x = j * 0.0371 + (j & 1 ? 1e-3 : 0);
			double rd = fns[k].d(x);
			float rf = fns[k].f((float)x);
			uint32_t bf;
			memcpy(&bf, &rf, 4);
			hd = (hd ^ bits(rd)) * 0x100000001b3ull;
			hf = (hf ^ bf) * 0x100000001b3ull;
			if (fns[k].l) {
				long double rl = fns[k].l((long double)x / 3);
				uint64_t v[2];
				memcpy(v, &rl, 16);
				hl = (hl ^ v[0] ^ v[1] * 3) * 0x100000001b3ull;
			}
		}
		printf("sweep %-10s %016llx %016llx %016llx\n", fns[k].name, (unsigned long long)hd, (unsigned long long)hf,
		       (unsigned long long)hl);
	}
	static const double two[][2] = { { 5.5, 2.25 }, { -7.0, 3.0 }, { 1e300, 1e-300 }, { 3.0, 0.0 }, { 0.1, 0.3 } };
	for (unsigned k = 0; k < 5; k++) {
		double a = two[k][0], b = two[k][1];
		printf("fmod/remainder/hypot/atan2 %016llx %016llx %016llx %016llx %016llx\n",
		       (unsigned long long)bits(fmod(a, b)), (unsigned long long)bits(remainder(a, b)),
		       (unsigned long long)bits(hypot(a, b)), (unsigned long long)bits(atan2(a, b)),
		       (unsigned long long)bits((double)fmodl(a, b)));
	}
	char buf[64];
	snprintf(buf, sizeof buf, "%.30Lg", 1.0L / 7);
	printf("printf long double %s\n", buf);
	printf("strtod %016llx %016llx\n", (unsigned long long)bits(strtod("2.2250738585072011e-308", NULL)),
	       (unsigned long long)bits(strtod("0x1.fffffffffffffp1023", NULL)));
	printf("strtold %La\n", strtold("3.14159265358979323846264338327950288", NULL));

	long double s = 0;
	for (int k = 1; k <= 1000; k++) s += 1.0L / ((long double)k * k);
	pl("sum 1/k^2", s);
	pl("LDBL_EPSILON", LDBL_EPSILON);
	printf("(long long)1e19L      %lld\n", (long long)(1e18L * 3));

	/* rounding modes */
	static const int modes[] = { FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO };
	static const char *const mname[] = { "nearest", "upward", "downward", "towardzero" };
	for (int m = 0; m < 4; m++) {
		fesetround(modes[m]);
		volatile double one = 1.0, three = 3.0;
		snprintf(name, sizeof name, "1/3 %s", mname[m]); pd(name, one / three);
		snprintf(name, sizeof name, "-1/3 %s", mname[m]); pd(name, -one / three);
		snprintf(name, sizeof name, "rint(2.5) %s", mname[m]); pd(name, rint(2.5 * one));
		snprintf(name, sizeof name, "exp(1) %s", mname[m]); pd(name, exp(one));
		volatile long double lo = 1.0L;
		snprintf(name, sizeof name, "1/3L %s", mname[m]); pl(name, lo / 3);
		printf("fegetround %-11s %d\n", mname[m], fegetround() == modes[m]);
	}
	fesetround(FE_TONEAREST);

	/* flags */
	feclearexcept(FE_ALL_EXCEPT);
	flags("cleared");
	volatile double z = 0, big = DBL_MAX, tiny = DBL_MIN;
	volatile double r = 1 / z; (void)r;
	flags("1/0");
	feclearexcept(FE_ALL_EXCEPT);
	r = big * 2; flags("max*2");
	feclearexcept(FE_ALL_EXCEPT);
	r = tiny / 3; flags("min/3");
	feclearexcept(FE_ALL_EXCEPT);
	r = z / z; flags("0/0");
	feclearexcept(FE_ALL_EXCEPT);
	feraiseexcept(FE_OVERFLOW | FE_INEXACT); flags("raise overflow|inexact");
	feclearexcept(FE_ALL_EXCEPT);

	/* traps: SIGFPE with si_code, the DXC in the FPC of the signal context */
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_fpe;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGFPE, &sa, NULL);
	static const struct { int exc; const char *name; } traps[] = {
		{ FE_DIVBYZERO, "divbyzero" }, { FE_INVALID, "invalid" }, { FE_OVERFLOW, "overflow" },
		{ FE_UNDERFLOW, "underflow" }, { FE_INEXACT, "inexact" },
	};
	/* the overflow, underflow and inexact cases round by truncation: qemu 7.2
	 * never reports "incremented" in the DXC (docs/s390x.md) */
	volatile double onep5 = 1.5, three = 3.0, one = 1.0;
	for (unsigned k = 0; k < 5; k++) {
		got_code = -1;
		if (!sigsetjmp(jb, 1)) {
			feenableexcept(traps[k].exc);
			if (k == 0) r = 1 / z;
			else if (k == 1) r = z / z;
			else if (k == 2) r = big * onep5;
			else if (k == 3) r = tiny / three;
			else r = one / three;
			printf("trap %-10s none\n", traps[k].name);
		} else {
			printf("trap %-10s si_code %d dxc %02x\n", traps[k].name, got_code, got_dxc);
		}
		fedisableexcept(FE_ALL_EXCEPT);
		feclearexcept(FE_ALL_EXCEPT);
	}
	printf("fegetexcept %x\n", fegetexcept());
	return 0;
}
