/* tests/s390x_fp/bfp_asm.S: the BFP instructions without a C library: each
 * one runs over a table of operands (every pair for two-operand ones) under
 * each BFP rounding mode, and leaves 16 bytes per case -- the result's
 * bits, the FPC after, the cc (IPM) -- which go to stdout in binary.
 * Beyond the FP instructions it uses only loads, stores, LARL, LA, BRCT,
 * IPM and SVC, so it runs on a front-end that has little else; tests/s390x_fp.t
 * compares its output under qemu-s390x and under dragoman byte for byte.
 * The same exclusions as bfp_ops.c (qemu 7.2 is not the PoO there): NaN
 * operands of multiply and add, load and test of an SNaN, MDEBR/MXDBR. */
	.machine "z196"
	.text
	.globl _start
_start:
	larl	%r7, buf

/* the body of one case: operands at 0(%r10) and 0(%r11), output at %r7 */
	.macro	REC freg
	lghi	%r1, 0
	ipm	%r1
	std	\freg, 0(%r7)
	stfpc	8(%r7)
	st	%r1, 12(%r7)
	la	%r7, 16(%r7)
	.endm

/* flush the buffer: write(1, buf, bytes) */
	.macro	FLUSH bytes
	lghi	%r2, 1
	larl	%r3, buf
	lgfi	%r4, \bytes
	svc	4
	larl	%r7, buf
	.endm

/* two operands of 8 (ld) or 4 (le) bytes: insn f0,f2 over vals x vals x modes */
	.macro	BIN2 load, step, vals, n, insn
	larl	%r12, modes
	lghi	%r13, 5
91:	larl	%r10, \vals
	lghi	%r9, \n
92:	larl	%r11, \vals
	lghi	%r8, \n
93:	lfpc	0(%r12)
	lzdr	%f0
	\load	%f0, 0(%r10)
	\load	%f2, 0(%r11)
	\insn
	REC	%f0
	la	%r11, \step(%r11)
	brct	%r8, 93b
	la	%r10, \step(%r10)
	brct	%r9, 92b
	la	%r12, 4(%r12)
	brct	%r13, 91b
	FLUSH	(5 * \n * \n * 16)
	.endm

/* one operand (in f2): insn over vals x modes, f0 zeroed first */
	.macro	UN load, step, vals, n, insn
	larl	%r12, modes
	lghi	%r13, 5
91:	larl	%r10, \vals
	lghi	%r9, \n
92:	lfpc	0(%r12)
	lzdr	%f0
	\load	%f2, 0(%r10)
	\insn
	REC	%f0
	la	%r10, \step(%r10)
	brct	%r9, 92b
	la	%r12, 4(%r12)
	brct	%r13, 91b
	FLUSH	(5 * \n * 16)
	.endm

/* to fixed: the general register r2 (preset) goes out in place of f0 */
	.macro	TOI load, step, vals, n, insn
	larl	%r12, modes
	lghi	%r13, 5
91:	larl	%r10, \vals
	lghi	%r9, \n
92:	lfpc	0(%r12)
	larl	%r1, pattern
	lg	%r2, 0(%r1)
	\load	%f2, 0(%r10)
	\insn
	ldgr	%f4, %r2
	REC	%f4
	la	%r10, \step(%r10)
	brct	%r9, 92b
	la	%r12, 4(%r12)
	brct	%r13, 91b
	FLUSH	(5 * \n * 16)
	.endm

/* from fixed: r2 from the integer table */
	.macro	FROMI insn
	larl	%r12, modes
	lghi	%r13, 5
91:	larl	%r10, ints
	lghi	%r9, NI
92:	lfpc	0(%r12)
	lzdr	%f0
	lg	%r2, 0(%r10)
	\insn
	REC	%f0
	la	%r10, 8(%r10)
	brct	%r9, 92b
	la	%r12, 4(%r12)
	brct	%r13, 91b
	FLUSH	(5 * NI * 16)
	.endm

/* extended: pairs f0/f2 and f4/f6 from 16-byte entries; f0 and f2 go out */
	.macro	BINX vals, n, insn
	larl	%r12, modes
	lghi	%r13, 5
91:	larl	%r10, \vals
	lghi	%r9, \n
92:	larl	%r11, \vals
	lghi	%r8, \n
93:	lfpc	0(%r12)
	ld	%f0, 0(%r10)
	ld	%f2, 8(%r10)
	ld	%f4, 0(%r11)
	ld	%f6, 8(%r11)
	\insn
	lghi	%r1, 0
	ipm	%r1
	std	%f0, 0(%r7)
	std	%f2, 8(%r7)
	stfpc	16(%r7)
	st	%r1, 20(%r7)
	la	%r7, 24(%r7)
	la	%r11, 16(%r11)
	brct	%r8, 93b
	la	%r10, 16(%r10)
	brct	%r9, 92b
	la	%r12, 4(%r12)
	brct	%r13, 91b
	FLUSH	(5 * \n * \n * 24)
	.endm

/* one trap case: FPC from fpc, f0 and f2 from a and b; out: f0 (or zero when
 * keep is 0), the FPC, and the handler's si_code, si_addr, FPC (zeros: no trap) */
	.macro	TRAP fpc, a, b, keep, insn
	larl	%r1, trapinfo
	lghi	%r0, 0
	st	%r0, 0(%r1)
	st	%r0, 4(%r1)
	st	%r0, 8(%r1)
	larl	%r1, \fpc
	lfpc	0(%r1)
	larl	%r1, \a
	ld	%f0, 0(%r1)
	larl	%r1, \b
	ld	%f2, 0(%r1)
	\insn
	.if	\keep
	std	%f0, 0(%r7)
	.else
	lghi	%r0, 0
	stg	%r0, 0(%r7)
	.endif
	stfpc	8(%r7)
	larl	%r1, trapinfo
	l	%r0, 0(%r1)
	st	%r0, 12(%r7)
	l	%r0, 4(%r1)
	st	%r0, 16(%r7)
	l	%r0, 8(%r1)
	st	%r0, 20(%r7)
	larl	%r1, zero
	lfpc	0(%r1)
	la	%r7, 24(%r7)
	.endm

	BIN2	ld, 8, dv, ND, "adbr %f0,%f2"
	BIN2	ld, 8, dv, ND, "sdbr %f0,%f2"
	BIN2	ld, 8, dv, ND, "mdbr %f0,%f2"
	BIN2	ld, 8, dv, ND, "ddbr %f0,%f2"
	BIN2	ld, 8, dv, ND, "cdbr %f0,%f2"
	BIN2	ld, 8, dv, ND, "kdbr %f0,%f2"
	BIN2	ld, 8, dv, ND, "adb %f0,0(%r11)"
	BIN2	ld, 8, dv, ND, "sdb %f0,0(%r11)"
	BIN2	ld, 8, dv, ND, "mdb %f0,0(%r11)"
	BIN2	ld, 8, dv, ND, "ddb %f0,0(%r11)"
	BIN2	ld, 8, dv, ND, "cdb %f0,0(%r11)"
	BIN2	ld, 8, dv, ND, "kdb %f0,0(%r11)"
	BIN2	ld, 8, dv, ND, "cpsdr %f0,%f0,%f2"
	BIN2	ld, 8, dvn, NDN, "madbr %f0,%f2,%f2"
	BIN2	ld, 8, dvn, NDN, "msdbr %f0,%f0,%f2"
	BIN2	ld, 8, dvn, NDN, "madb %f0,%f2,0(%r10)"
	BIN2	ld, 8, dvn, NDN, "msdb %f0,%f2,0(%r11)"
	BIN2	le, 4, sv, NS, "aebr %f0,%f2"
	BIN2	le, 4, sv, NS, "sebr %f0,%f2"
	BIN2	le, 4, sv, NS, "meebr %f0,%f2"
	BIN2	le, 4, sv, NS, "debr %f0,%f2"
	BIN2	le, 4, sv, NS, "cebr %f0,%f2"
	BIN2	le, 4, sv, NS, "kebr %f0,%f2"
	BIN2	le, 4, sv, NS, "aeb %f0,0(%r11)"
	BIN2	le, 4, sv, NS, "deb %f0,0(%r11)"
	BIN2	le, 4, sv, NS, "ceb %f0,0(%r11)"
	BIN2	le, 4, sv, NS, "seb %f0,0(%r11)"
	BIN2	le, 4, sv, NS, "meeb %f0,0(%r11)"
	BIN2	le, 4, sv, NS, "keb %f0,0(%r11)"
	BIN2	le, 4, svn, NSN, "maeb %f0,%f2,0(%r11)"
	BIN2	le, 4, svn, NSN, "mseb %f0,%f2,0(%r11)"
	BIN2	le, 4, svn, NSN, "maebr %f0,%f2,%f2"
	BIN2	le, 4, svn, NSN, "msebr %f0,%f0,%f2"

	UN	ld, 8, dv, ND, "sqdbr %f0,%f2"
	UN	ld, 8, dv, ND, "sqdb %f0,0(%r10)"
	UN	ld, 8, dvq, NDQ, "ltdbr %f0,%f2"
	UN	ld, 8, dv, ND, "lcdbr %f0,%f2"
	UN	ld, 8, dv, ND, "lndbr %f0,%f2"
	UN	ld, 8, dv, ND, "lpdbr %f0,%f2"
	UN	ld, 8, dv, ND, "lcdfr %f0,%f2"
	UN	ld, 8, dv, ND, "lndfr %f0,%f2"
	UN	ld, 8, dv, ND, "lpdfr %f0,%f2"
	UN	ld, 8, dv, ND, "ledbr %f0,%f2"
	UN	ld, 8, dv, ND, "ledbra %f0,1,%f2,0"
	UN	ld, 8, dv, ND, "ledbra %f0,3,%f2,0"
	UN	ld, 8, dv, ND, "ledbra %f0,5,%f2,4"
	UN	ld, 8, dv, ND, "fidbr %f0,0,%f2"
	UN	ld, 8, dv, ND, "fidbra %f0,1,%f2,0"
	UN	ld, 8, dv, ND, "fidbra %f0,4,%f2,4"
	UN	ld, 8, dv, ND, "fidbra %f0,5,%f2,0"
	UN	ld, 8, dv, ND, "fidbra %f0,6,%f2,4"
	UN	ld, 8, dv, ND, "fidbra %f0,7,%f2,4"
	UN	le, 4, sv, NS, "sqebr %f0,%f2"
	UN	le, 4, sv, NS, "sqeb %f0,0(%r10)"
	UN	le, 4, svq, NSQ, "ltebr %f0,%f2"
	UN	le, 4, sv, NS, "lcebr %f0,%f2"
	UN	le, 4, sv, NS, "lnebr %f0,%f2"
	UN	le, 4, sv, NS, "lpebr %f0,%f2"
	UN	le, 4, sv, NS, "ldebr %f0,%f2"
	UN	le, 4, sv, NS, "ldeb %f0,0(%r10)"
	UN	le, 4, sv, NS, "fiebr %f0,0,%f2"
	UN	le, 4, sv, NS, "fiebra %f0,5,%f2,0"

	TOI	ld, 8, dv, ND, "cfdbr %r2,0,%f2"
	TOI	ld, 8, dv, ND, "cfdbr %r2,5,%f2"
	TOI	ld, 8, dv, ND, "cfdbr %r2,1,%f2"
	TOI	ld, 8, dv, ND, "cgdbr %r2,5,%f2"
	TOI	ld, 8, dv, ND, "cgdbr %r2,7,%f2"
	TOI	ld, 8, dv, ND, "clfdbr %r2,5,%f2,0"
	TOI	ld, 8, dv, ND, "clgdbr %r2,6,%f2,0"
	TOI	le, 4, sv, NS, "cfebr %r2,5,%f2"
	TOI	le, 4, sv, NS, "cgebr %r2,4,%f2"
	TOI	le, 4, sv, NS, "clfebr %r2,5,%f2,0"

	FROMI	"cdfbr %f0,%r2"
	FROMI	"cdgbr %f0,%r2"
	FROMI	"cefbr %f0,%r2"
	FROMI	"cegbr %f0,%r2"
	FROMI	"cdlgbr %f0,0,%r2,0"
	FROMI	"celfbr %f0,0,%r2,0"
	FROMI	"cegbra %f0,5,%r2,0"
	FROMI	"cdgbra %f0,6,%r2,4"

	BINX	xv, NX, "axbr %f0,%f4"
	BINX	xv, NX, "sxbr %f0,%f4"
	BINX	xv, NX, "mxbr %f0,%f4"
	BINX	xv, NX, "dxbr %f0,%f4"
	BINX	xv, NX, "cxbr %f0,%f4"
	BINX	xv, NX, "kxbr %f0,%f4"
	BINX	xv, NX, "sqxbr %f0,%f4"
	BINX	xvq, NXQ, "ltxbr %f0,%f4"
	BINX	xv, NX, "lcxbr %f0,%f4"
	BINX	xv, NX, "lpxbr %f0,%f4"
	BINX	xv, NX, "lnxbr %f0,%f4"
	BINX	xv, NX, "fixbr %f0,0,%f4"
	BINX	xv, NX, "fixbra %f0,5,%f4,4"
	BINX	xv, NX, "lxr %f0,%f4"
	BINX	xv, NX, "lzxr %f0"
	BINX	xv, NX, "ldxbr %f0,%f4"
	BINX	xv, NX, "lexbr %f0,%f4"
	BINX	xv, NX, "lghi %r2,0; cfxbr %r2,5,%f4; ldgr %f0,%r2"
	BINX	xv, NX, "lxdbr %f0,%f4"
	BINX	xv, NX, "lxebr %f0,%f6"
	BINX	xv, NX, "lxdb %f0,0(%r11)"
	BINX	xv, NX, "lxeb %f0,8(%r11)"
	BINX	xv, NX, "lexbra %f0,1,%f4,4"
	BINX	xv, NX, "ldxbra %f0,7,%f4,0"
	BINX	xv, NX, "cxgbr %f0,%r10"
	BINX	xv, NX, "cxlfbr %f0,0,%r10,0"
	BINX	xv, NX, "clgxbr %r2,5,%f4,0; ldgr %f0,%r2"

	/* test data class: cc per mask bit */
	larl	%r10, dv
	lghi	%r9, ND
81:	ld	%f2, 0(%r10)
	lghi	%r11, 1
	lghi	%r8, 12
82:	tcdb	%f2, 0(%r11)
	lghi	%r1, 0
	ipm	%r1
	st	%r1, 0(%r7)
	la	%r7, 4(%r7)
	la	%r11, 0(%r11,%r11)
	brct	%r8, 82b
	la	%r10, 8(%r10)
	brct	%r9, 81b
	FLUSH	(ND * 12 * 4)

	/* the rounding-mode setters */
	larl	%r1, zero
	lfpc	0(%r1)
	srnm	3
	stfpc	0(%r7)
	srnmb	7
	stfpc	4(%r7)
	srnm	1
	stfpc	8(%r7)
	srnmb	2
	stfpc	12(%r7)
	larl	%r1, zero
	lfpc	0(%r1)
	FLUSH	16

	/* traps: SIGFPE through a handler that keeps si_code, si_addr and the
	 * FPC of the signal context; suppressing traps leave f0 alone, the
	 * completing ones (overflow, underflow, inexact) are left out of the
	 * output's f0 (qemu 7.2 does not write their result, docs/s390x.md) */
	larl	%r3, sa
	larl	%r2, on_fpe
	stg	%r2, 0(%r3)
	lghi	%r2, 8			/* SIGFPE */
	lghi	%r4, 0
	lghi	%r5, 8
	svc	174			/* rt_sigaction */
	TRAP	maskz, one, zero, 1, "ddbr %f0,%f2"
	TRAP	maskz, one, zero, 1, "debr %f0,%f2"
	TRAP	maski, zero, zero, 1, "ddbr %f0,%f2"
	TRAP	maski, one, snan, 1, "adbr %f0,%f2"
	TRAP	maski, one, mone, 1, "sqdbr %f0,%f2"
	TRAP	maski, one, qnan, 1, "kdbr %f0,%f2"
	TRAP	maski, one, qnan, 1, "cdbr %f0,%f2"
	TRAP	maski, one, qnan, 1, "cfdbr %r2,5,%f2"
	TRAP	maski, one, snan, 1, "ledbr %f0,%f2"
	TRAP	maskz, one, zero, 1, "lzdr %f4; lzdr %f6; dxbr %f0,%f4"
	TRAP	maskx, one, three, 0, "ddbr %f0,%f2"
	TRAP	maskx, one, onep5, 0, "fidbra %f0,5,%f2,0"
	TRAP	masko, max, onep5, 0, "mdbr %f0,%f2"
	TRAP	masku, min, three, 0, "ddbr %f0,%f2"
	TRAP	maskx, one, tenth, 1, "ledbra %f0,0,%f2,4"
	TRAP	maskz, one, tenth, 1, "ledbr %f0,%f2"
	TRAP	maskx, one, max, 1, "cfdbr %r2,5,%f2"
	TRAP	maskx, one, qnan, 1, "cgdbr %r2,5,%f2"
	FLUSH	(18 * 24)

	lghi	%r2, 0
	svc	1

on_fpe:	larl	%r1, trapinfo
	l	%r0, 8(%r3)		/* si_code */
	st	%r0, 0(%r1)
	lg	%r0, 16(%r3)		/* si_addr */
	st	%r0, 4(%r1)
	l	%r0, 248(%r4)		/* uc_mcontext.fpregs.fpc */
	st	%r0, 8(%r1)
	br	%r14

	.data
	.balign	8
pattern: .quad	0x1111111122222222
one:	.quad	0x3ff0000000000000
mone:	.quad	0xbff0000000000000
three:	.quad	0x4008000000000000
tenth:	.quad	0x3fb999999999999a
onep5:	.quad	0x3ff8000000000000
max:	.quad	0x7fefffffffffffff
min:	.quad	0x0010000000000000
snan:	.quad	0x7ff0000000000001
qnan:	.quad	0x7ff8000000000000
sa:	.quad	0, 4, 0, 0		/* handler, SA_SIGINFO, restorer, mask */
trapinfo: .long	0, 0, 0
maskz:	.long	0x40000000
maski:	.long	0x80000000
maskx:	.long	0x08000000
masko:	.long	0x20000000
masku:	.long	0x10000000
zero:	.long	0
modes:	.long	0, 1, 2, 3, 7
	.balign	8
/* long operands: zeros, ones, limits, subnormals, infinities, NaNs, integers near 2^31/2^63 */
dv:	.quad	0x7ff8000000000000, 0xfff8000000000123, 0x7ff0000000000456
dvq:	.quad	0xfff8000000000123, 0x7ff8000000000000
dvn:	.quad	0, 0x8000000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0x3ff8000000000000
	.quad	0x4008000000000000, 0x3fb999999999999a, 0x7fefffffffffffff, 0xffefffffffffffff, 0x0010000000000000
	.quad	0x0000000000000001, 0x800fffffffffffff, 0x7ff0000000000000, 0xfff0000000000000
	.quad	0x41e0000000000000, 0x41dfffffffe00000, 0xc1e0000000200000, 0x43e0000000000000, 0x4012000000000000
	.quad	0x4016000000000000, 0xc004000000000000, 0x3fd5555555555555, 0x7fe0000000000000, 0x0018000000000000
	.quad	0x3ca0000000000000, 0x41f0000000000000, 0xbfe0000000000000, 0x3feffffffffffffe, 0x0010000000000001
dvend:
	.set	ND, (dvend - dv) / 8
	.set	NDQ, (dvend - dvq) / 8
	.set	NDN, (dvend - dvn) / 8
sv:	.long	0x7fc00000, 0xffc00123, 0x7f800456
svq:	.long	0xffc00123, 0x7fc00000
svn:	.long	0, 0x80000000, 0x3f800000, 0xbf800000, 0x3fc00000, 0x40400000, 0x3dcccccd, 0x7f7fffff, 0xff7fffff
	.long	0x00800000, 0x00000001, 0x807fffff, 0x7f800000, 0xff800000, 0x4f000000, 0xcf000001, 0x40900000
	.long	0x40b00000, 0xc0200000, 0x3eaaaaab, 0x7f000000, 0x00c00000, 0x33800000, 0xbf000000
svend:
	.set	NS, (svend - sv) / 4
	.set	NSQ, (svend - svq) / 4
	.set	NSN, (svend - svn) / 4
	.balign	8
ints:	.quad	0, 1, 0xffffffffffffffff, 0x7fffffff, 0x80000000, 0xffffffff, 0x7fffffffffffffff
	.quad	0x8000000000000000, 0x0000000001000001, 0x0020000000000001, 0xfffffffffeffffff
	.quad	0x123456789abcdef0, 0xffffffff80000001
intsend:
	.set	NI, (intsend - ints) / 8
xv:	.quad	0x7fff800000000000, 0, 0xffff800000000000, 0x77, 0x7fff000000000000, 0x99
xvq:	.quad	0x7fff800000000000, 0, 0xffff800000000000, 0x77
	.quad	0, 0, 0x8000000000000000, 0, 0x3fff000000000000, 0, 0xbfff000000000000, 0
	.quad	0x4000800000000000, 0, 0x3ffb999999999999, 0x999999999999999a, 0x7ffeffffffffffff, 0xffffffffffffffff
	.quad	0x0001000000000000, 0, 0, 1, 0x7fff000000000000, 0, 0xffff000000000000, 0
	.quad	0x401e000000000000, 0, 0xc03e000000000000, 1, 0x3ffd555555555555, 0x5555555555555555
	.quad	0x403e000000000000, 0x8000000000000000, 0x4000000000000000, 0x0000000000000001
xvend:
	.set	NX, (xvend - xv) / 16
	.set	NXQ, (xvend - xvq) / 16

	.bss
	.balign	8
buf:	.space	5 * 32 * 32 * 24
