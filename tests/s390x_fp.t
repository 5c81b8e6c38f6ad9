#!/bin/sh
# tests/s390x_fp.t: s390x binary floating point end to end.  Each program of
# tests/s390x_fp (gcc -O2 -march=z196, static; fp_libm with -lm) runs under
# qemu-s390x (the oracle), then under build/dragoman with the interpreter
# (DM_JIT=0) and with the JIT; both outputs must equal qemu's exactly.
#   bfp_asm   every BFP instruction and the traps, in assembly without libc
#             (results, FPC, cc, si_code/si_addr/DXC in binary)
#   fp_bench_asm_small  the Mandelbrot loop of the timing (docs/s390x.md), smaller
#   bfp_ops   every BFP instruction over edge values and rounding modes
#   fp_libm   libm, long double, fenv (rounding modes, flags, SIGFPE traps);
#             fp_libm.dyn the same linked dynamically (-L the s390x sysroot:
#             ld64.so.1 and libm.so pick their routines by HWCAP)
#   fp_bench  an FP-heavy loop (its times are in docs/s390x.md)
. "$(dirname "$0")/lib/tap.sh"
progs="bfp_asm fp_bench_asm_small bfp_ops fp_libm fp_libm.dyn fp_bench"
sysroot=/usr/s390x-linux-gnu
dir=build/tests/s390x_fp
if ! build/dragoman -cpu help 2>/dev/null | grep -q '^s390x:'; then
	echo "1..0 # SKIP build/dragoman has no s390x front-end (-cpu help lists none)"
	exit 0
fi
n=0
for t in $progs; do n=$((n + 2)); done
plan $n
for t in $progs; do
	if [ ! -x $dir/$t ]; then
		ok 1 "$t: not built (ninja s390x-fp-progs)"
		ok 1 "$t: not built (ninja s390x-fp-progs)"
		continue
	fi
	L=
	case $t in *.dyn) L="-L $sysroot";; esac
	hang qemu-s390x $L $dir/$t >$dir/$t.qemu 2>&1
	echo "exit $?" >>$dir/$t.qemu
	for mode in interp jit; do
		if [ $mode = interp ]; then DM_JIT=0 hang build/dragoman $L $dir/$t >$dir/$t.$mode 2>&1
		else hang build/dragoman $L $dir/$t >$dir/$t.$mode 2>&1; fi
		echo "exit $?" >>$dir/$t.$mode
		if cmp -s $dir/$t.qemu $dir/$t.$mode; then
			ok 0 "$t ($mode): $(wc -c <$dir/$t.qemu) bytes as under qemu-s390x"
		else
			ok 1 "$t ($mode): differs from qemu-s390x"
			cmp $dir/$t.qemu $dir/$t.$mode 2>&1 | head -1 | while IFS= read -r l; do diag "$l"; done
			tail -2 $dir/$t.$mode | while IFS= read -r l; do diag "$l"; done
		fi
	done
done
