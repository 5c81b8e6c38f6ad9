#!/bin/sh
# tests/conformance/ltp-class.sh EXIT LOG: the class of one LTP test run.
# LTP's exit status is a bit set (include/tst_res_flags.h): TFAIL 1, TBROK 2,
# TWARN 4, TCONF 32; 0 is a pass.  timeout(1) exits 124 (137 after -k's
# KILL); a shell reports death by signal N as 128+N.  An emulator that died
# of its own fault is told apart by its own last words in the log.
rc=$1 log=$2
if grep -qE '^dragoman: internal error|^\*\*.*ERROR|Assertion .* failed' "$log" 2>/dev/null; then
	echo emucrash
elif [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
	echo timeout
elif [ "$rc" -gt 128 ]; then
	echo signal
elif [ "$rc" -eq 0 ]; then
	echo pass
elif [ $((rc & 2)) -ne 0 ]; then
	echo tbrok
elif [ $((rc & 1)) -ne 0 ]; then
	echo tfail
elif [ $((rc & 4)) -ne 0 ]; then
	echo twarn
elif [ $((rc & 32)) -ne 0 ]; then
	echo tconf
else
	echo "exit$rc"
fi
