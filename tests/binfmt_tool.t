#!/bin/sh
# tests/binfmt_tool.t: build/dragoman-binfmt without the kernel: the guest
# architectures it knows are the emulator's; the rule it writes (--systemd)
# matches the ELF headers of real arm64 programs (static ET_EXEC, PIE ET_DYN,
# Debian's busybox) and not an amd64 one; flags; errors.  The kernel's side
# is tests/binfmt.t.
. "$(dirname "$0")/lib/tap.sh"
. tests/lib/roots.sh
tool=build/dragoman-binfmt
[ -x $tool ] && [ -x build/dragoman ] && [ -x build/tests/guest/fd_hidden.static ] ||
	{ echo "Bail out! build/dragoman-binfmt, dragoman or guest-progs not built (ninja)"; exit 1; }
fetch_busybox || { echo "Bail out! cannot fetch busybox-static (tests/real/fetch.sh busybox-static)"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
plan 15

is "$($tool --arches)" "$(build/dragoman -cpu help | cut -d: -f1 | uniq)" \
	"--arches: the guest architectures build/dragoman runs"

$tool --install --systemd "$tmp/d" --path /opt/dm/bin > "$tmp/out" 2>&1
ok $? "--install --systemd DIR writes the rules"
is "$(ls "$tmp/d")" "$($tool --arches | sed 's/.*/dragoman-&.conf/' | sort)" "one file per architecture: dragoman-<arch>.conf"
rule=$(grep -v '^#' "$tmp/d/dragoman-aarch64.conf")
name=$(printf '%s' "$rule" | cut -d: -f2) type=$(printf '%s' "$rule" | cut -d: -f3)
interp=$(printf '%s' "$rule" | cut -d: -f7) flags=$(printf '%s' "$rule" | cut -d: -f8)
is "$name $type $interp '$flags'" "dragoman-aarch64 M /opt/dm/bin/dragoman-aarch64-static ''" \
	"the rule: name, magic type, the static interpreter in --path, no flags"

# does the rule's magic (with its mask) match the first 20 bytes of FILE?
matches() {
	magic=$(printf '%s' "$rule" | cut -d: -f5 | sed 's/\\x/ /g')
	mask=$(printf '%s' "$rule" | cut -d: -f6 | sed 's/\\x/ /g; s/^ //')
	head=$(od -An -tx1 -N20 "$1")
	set -- $head
	for m in $magic; do
		k=${mask%% *}; mask=${mask#* }
		[ $((0x$1 & 0x$k)) -eq $((0x$m)) ] || return 1
		shift
	done
}
for f in build/tests/guest/fd_hidden.static build/tests/guest/fd_hidden.dyn $bb_arm64; do
	ok $(matches $f && echo 0 || echo 1) "the rule matches arm64 $(basename $f) ($(od -An -tx1 -j16 -N1 $f | tr -d ' ') = e_type)"
done
for f in build/tests/guest/fd_hidden.native $bb_amd64 build/dragoman; do
	ok $(matches $f && echo 1 || echo 0) "the rule does not match x86_64 $(basename $f)"
done

$tool --install --systemd "$tmp/f" --path /x --preserve-argv0 --credential --persistent --dynamic >/dev/null 2>&1
is "$(grep -v '^#' "$tmp/f/dragoman-aarch64.conf" | cut -d: -f7-)" "/x/dragoman-aarch64:POCF" \
	"--preserve-argv0 --credential --persistent --dynamic: flags POCF, interpreter dragoman-aarch64"

$tool --remove --systemd "$tmp/d" > "$tmp/out" 2>&1
ok $([ $? -eq 0 ] && [ ! -e "$tmp/d/dragoman-aarch64.conf" ] && echo 0 || echo 1) "--remove --systemd DIR deletes our file"
printf ':dragoman-aarch64:M::x::/somebody/else:\n' > "$tmp/d/dragoman-aarch64.conf"
out=$($tool --remove --systemd "$tmp/d" 2>&1)
is "$?: $out" "1: dragoman-binfmt: $tmp/d/dragoman-aarch64.conf was not written by dragoman-binfmt: left alone" \
	"--remove --systemd leaves a file it did not write"

mkdir "$tmp/empty"
out=$($tool --install --binfmt-misc "$tmp/empty" 2>&1)
is "$?: $out" "1: dragoman-binfmt: binfmt_misc is not mounted at $tmp/empty
  (as root: mount -t binfmt_misc binfmt_misc $tmp/empty)" "binfmt_misc not mounted: a clear error"
out=$($tool --install riscv64 2>&1)
is "$?: $out" "2: dragoman-binfmt: no guest architecture 'riscv64' in this build (see --arches)" \
	"an architecture that does not run is refused"
