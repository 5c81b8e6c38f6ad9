#!/bin/sh
# tests/bench/openssl_speed.sh [ROUNDS]: Debian's openssl (bookworm, the
# same version for both architectures: tests/real/fetch.sh openssl)
# `openssl speed -elapsed -seconds 3 -bytes N -evp ALG` natively (the amd64
# twin through its root's ld.so), under build/dragoman -L build/roots/arm64,
# under build/dragoman with DM_HOST_NO_CRYPTO=1 (the portable crypto path)
# and under qemu-aarch64 -L build/roots/arm64, interleaved round by round;
# prints each run's MB/s and the medians.  DRAGOMAN_BEFORE=path adds another
# dragoman binary (an older build) as one more column; DRAGOMAN=path replaces
# build/dragoman.
# ALGS (default "sha256 aes-128-cbc aes-128-gcm chacha20"), SIZES ("16 8192").
cd "$(dirname "$0")/../.." || exit 1
rounds=${1:-3}
algs=${ALGS:-sha256 aes-128-cbc aes-128-gcm chacha20}
sizes=${SIZES:-16 8192}
a=build/roots/arm64 n=build/roots/amd64 dm=${DRAGOMAN:-build/dragoman}
for f in $a/usr/bin/openssl $n/usr/bin/openssl $dm; do
	[ -x "$f" ] || { echo "openssl_speed.sh: $f missing (ninja; tests/real/fetch.sh openssl)" >&2; exit 2; }
done
nld="$n/lib64/ld-linux-x86-64.so.2 --inhibit-cache --library-path $n/lib/x86_64-linux-gnu:$n/usr/lib/x86_64-linux-gnu"
runners="native dragoman portable qemu"
[ -n "$DRAGOMAN_BEFORE" ] && runners="native before dragoman portable qemu"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
# MB/s (10^6 bytes) of one run: speed prints "alg  NNNN.NNk" (1000s of bytes/s)
speed() {
	r=$1 alg=$2 size=$3
	set -- speed -elapsed -seconds 3 -bytes "$size" -evp "$alg"
	case $r in
	native) $nld $n/usr/bin/openssl "$@" ;;
	before) "$DRAGOMAN_BEFORE" -L $a $a/usr/bin/openssl "$@" ;;
	dragoman) env -u DM_HOST_NO_CRYPTO $dm -L $a $a/usr/bin/openssl "$@" ;;
	portable) DM_HOST_NO_CRYPTO=1 $dm -L $a $a/usr/bin/openssl "$@" ;;
	qemu) qemu-aarch64 -L $a $a/usr/bin/openssl "$@" ;;
	esac 2>/dev/null | awk 'END { v = $NF; sub(/k$/, "", v); printf "%.2f\n", v / 1000 }'
}
for alg in $algs; do
	for size in $sizes; do
		for i in $(seq "$rounds"); do
			for r in $runners; do
				v=$(speed $r "$alg" "$size")
				echo "$alg $size $r $v" | tee -a "$out"
			done
		done
	done
done
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo
printf '| algorithm | bytes |'; for r in $runners; do printf ' %s MB/s |' "$r"; done; echo ' dragoman/qemu | dragoman/native |'
for alg in $algs; do
	for size in $sizes; do
		printf '| %s | %s |' "$alg" "$size"
		for r in $runners; do
			m=$(awk -v a="$alg" -v s="$size" -v r="$r" '$1 == a && $2 == s && $3 == r { print $4 }' "$out" | median)
			eval "m_$r=\$m"
			printf ' %s |' "$m"
		done
		awk -v d="$m_dragoman" -v q="$m_qemu" -v n="$m_native" 'BEGIN { printf " %.1f | %.3f |\n", d / q, d / n }'
	done
done
