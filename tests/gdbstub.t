#!/bin/sh
# tests/gdbstub.t: the gdb stub (-g, docs/gdbstub.md) driven by Debian's
# gdb-multiarch in batch mode, on tests/gdbstub/prog.c built for aarch64
# (static and dynamic) and s390x (static) by tests/gdbstub/gdbstub.ninja.
#
# Per program:
#   session A  break *main, info registers (pc = main's address as nm gives it
#              for the static ones, as gdb relocates it for the PIE), x/4gx $sp,
#              stepi (pc moves to the next instruction of x/2i's disassembly),
#              break at a line, next, next, a breakpoint in the second thread
#              (info threads), continue to the exit status.  The same session
#              runs against qemu-<arch> -g and the two transcripts must be equal
#              once pids, thread ids and stack addresses are normalised.
#   session B  watch a global: two stops, each with the exact old and new value
#              at the line after the write (qemu 7.2's user-mode stub has no
#              watchpoints, so exact values only).
#   session C  a guest SIGSEGV: the stop at the faulting line, then continue
#              to "terminated with signal SIGSEGV"; compared with qemu too.
#   session D  (aarch64 static) Ctrl-C while the guest spins in JIT-chained
#              code (a protocol-level client: see there), then exit 7; detach (the program finishes alone); kill; QEMU_GDB
#              with a socket path; -g with a TCP port (a free one, probed).
#   session E  (both static) a SIGUSR1 the program raises: the stop, then
#              continue passes it (the handler runs; compared with qemu) or
#              `signal 0` drops it (the handler never runs).
#   session F  (aarch64 static) malformed or out-of-range packets, each
#              answered with an error (or the empty reply of an unsupported
#              one), never a crash; the program then runs to its exit (W03).
#   session T  (both static) `next` twice in the second thread while the first
#              waits in pthread_join: it stays in that thread (compared with
#              qemu, and info threads shows thread 2 at the line reached).
#   session H  (both static) a breakpoint in add() after it ran 10000 times
#              (translated, JIT-compiled, chained from its call site): the
#              next call stops there, with calls = 10000.
#   session V  (aarch64 static) tests/guest/process_vfork under gdb: its
#              vfork and posix_spawn children (processes sharing its memory)
#              run free; `continue` (its signals passed without stops) ends
#              it with the native build's output.
#   (dynamic only) the libraries come from the target through vFile (gdb's
#              default sysroot "target:"): info sharedlibrary reads libc's symbols.
# Sockets are Unix sockets in a private directory: parallel runs never collide;
# each run waits for its socket to appear (or the emulator to die), never sleeps.
. "$(dirname "$0")/lib/tap.sh"
. tests/lib/guest_arch.sh

gdb=$(command -v gdb-multiarch) || { echo "1..0 # SKIP gdb-multiarch not installed (tests/deps.sh installs it)"; exit 0; }
tmp=$(mktemp -d) || exit 1
trap '[ -n "${DM_KEEP:-}" ] || rm -rf "$tmp"' EXIT
DM=build/dragoman
n=0

# session NAME PROG "EMULATOR WORDS" "PROGRAM ARGS": runs PROG under the
# emulator with -g, and gdb with the commands in $tmp/NAME.cmd (those of
# $tmp/NAME.pre, if any, before it connects); leaves gdb's
# transcript in $tmp/NAME.gdb, the program's output in $tmp/NAME.out and the
# emulator's exit status in $tmp/NAME.status.
session() {
	n=$((n + 1))
	sock=$tmp/sock$n
	# shellcheck disable=SC2086  # emulator words and program arguments split on purpose
	hang $3 -g "$sock" "$2" $4 > "$tmp/$1.out" 2> "$tmp/$1.err" &
	pid=$!
	poll_until sh -c "[ -S '$sock' ] || ! kill -0 $pid 2>/dev/null"
	[ -f "$tmp/$1.pre" ] || : > "$tmp/$1.pre"
	hang "$gdb" -batch -nx -ex "file $2" -x "$tmp/$1.pre" -ex "target remote $sock" -x "$tmp/$1.cmd" > "$tmp/$1.gdb" 2>&1 < /dev/null
	wait $pid
	echo $? > "$tmp/$1.status"
}

# Stack addresses (within 16 MiB of the sp the session printed as SP=) and addresses
# in mmap'd memory (at or above 0x5501000000, past the PIE base both use;
# qemu puts a dynamic program's stack there too) become ADDR: they differ
# between emulators, as pids and thread ids do; the program's own code and
# data addresses do not.  DM_KEEP=1 keeps $tmp.
normalise() {  # normalise FILE
	DM_SP=$(sed -n 's/^SP=//p' "$1" | head -1) perl -ne '
		BEGIN { $sp = $ENV{DM_SP} ne "" ? hex($ENV{DM_SP}) : undef }
		next if /^SP=/;
		s/\b(0x[0-9a-f]+)\b/ (defined $sp && abs(hex($1) - $sp) < 0x1000000) || hex($1) >= 0x5501000000 ? "ADDR" : $1 /ge;
		s/process \d+/process PID/g;
		s/Thread [0-9a-f.]+( \([^)]*\))?/Thread TID/g;
		next if /^\s*(Id\s+Target|\*?\s*\d+\s+Thread TID)/;   # info threads: qemu names threads as CPUs
		next if /^\[(New|Switching to) Thread/;
		s/^0x[0-9a-f]+ in (\?\?|_start) \(\).*/ENTRY/;   # ld.so is mapped elsewhere by each
		next if /^(Remote debugging|Reading |warning: |Download failed|Continuing\.)/;
		print' "$1"
}

nm_addr() {  # nm_addr NM PROG SYMBOL
	"$1" "$2" | awk -v s="$3" '$3 == s { print "0x" $1; exit }' | sed 's/^0x0*/0x/'
}

targets="aarch64:static aarch64:dyn s390x:static"
# line numbers of prog.c's statements, from the source (not written down twice)
line_of() { grep -nF "$1" tests/gdbstub/prog.c | head -1 | cut -d: -f1; }
L_ADD=$(line_of 'long x = add(20, 2);')
L_W1=$(line_of 'counter = x;')
L_W2=$(line_of 'counter = counter + 1;')
L_CREATE=$(line_of 'pthread_create(&t')
L_SEGV=$(line_of '*p = 1;')
L_SPIN=$(line_of 'while (spin)')
plan 47

for tg in $targets; do
	arch=${tg%%:*} kind=${tg#*:}
	if [ "$arch" = aarch64 ]; then
		prog=build/tests/gdbstub/prog.$kind pcreg=pc nm=aarch64-linux-gnu-nm
	else
		prog=build/tests/gdbstub/$arch/prog.$kind pcreg=pswa nm=s390x-linux-gnu-nm
	fi
	emu=$DM qemu="qemu-$arch"
	if [ "$kind" = dyn ]; then
		emu="$DM -L /usr/$arch-linux-gnu" qemu="qemu-$arch -L /usr/$arch-linux-gnu"
	fi
	n_tests=$([ "$kind" = dyn ] && echo 10 || echo 9)
	guest_arch_probe "$arch"
	case $? in
	1) for i in $(seq "$n_tests"); do echo "ok # SKIP $(guest_arch_why "$arch")"; _tap_n=$((_tap_n + 1)); done; continue ;;
	2) for i in $(seq "$n_tests"); do ok 1 "$tg: dragoman -cpu help failed"; done; continue ;;
	esac
	if [ ! -f "$prog" ]; then
		for i in $(seq "$n_tests"); do ok 1 "$tg: $prog not built (ninja gdbstub-progs)"; done
		continue
	fi
	t=$(echo "$tg" | tr : _)

	# ---- A: registers, memory, stepi, next, threads, exit ----
	# printf, not echo: dash's echo would turn the \n gdb must see into a newline
	# the dynamic one: libraries from the host's copy of the guest root, for
	# both emulators (qemu 7.2 has no vFile); vFile has its own test below
	: > "$tmp/A_$t.pre"
	[ "$kind" = dyn ] && printf '%s\n' "set sysroot /usr/$arch-linux-gnu" > "$tmp/A_$t.pre"
	{
		printf '%s\n' 'break *main' 'continue' 'printf "SP=0x%lx\n", $sp' "info registers $pcreg" \
			'printf "MAIN=0x%lx\n", &main' 'x/4gx $sp' 'x/2i $pc' 'stepi' "printf \"AFTER=0x%lx\\n\", \$$pcreg" \
			"break prog.c:$L_ADD" 'continue' 'next' 'next' 'break worker' 'continue' 'info threads' 'delete' 'continue'
	} > "$tmp/A_$t.cmd"
	session "A_$t" "$prog" "$emu" ""
	g=$tmp/A_$t.gdb
	pc=$(awk -v r="$pcreg" '$1 == r { print $2; exit }' "$g")
	main=$(sed -n 's/^MAIN=//p' "$g")
	if [ "$kind" = static ]; then
		is "$pc" "$(nm_addr "$nm" "$prog" main)" "$tg: break *main: info registers $pcreg is main's address from nm"
	else
		is "$pc" "$main" "$tg: break *main: info registers $pcreg is main's address (PIE relocated through qXfer:auxv)"
	fi
	# x/4gx $sp: two lines of two 8-byte words, at the stack pointer
	sp=$(sed -n 's/^SP=//p' "$g")
	is "$(grep -c "^$sp:	0x[0-9a-f]\{16\}	0x[0-9a-f]\{16\}$" "$g")" 1 "$tg: x/4gx \$sp reads the stack"
	next_insn=$(grep -A1 '^=> ' "$g" | sed -n '2s/^ *\(0x[0-9a-f]*\).*/\1/p')
	is "$(sed -n 's/^AFTER=//p' "$g")" "$next_insn" "$tg: stepi: pc is the next instruction of the disassembly"
	ok "$(grep -c "^$L_W1	" "$g" | grep -qx 1; echo $?)" "$tg: next stops at the next line ($L_W1)"
	ok "$(grep -c "^$L_W2	" "$g" | grep -qx 1; echo $?)" "$tg: next again stops at the line after ($L_W2)"
	ok "$(grep -q '^Thread 2 hit Breakpoint 3, worker (arg=0x29)' "$g" && grep -q '^\* 2    Thread .* worker (arg=0x29)' "$g"; echo $?)" \
		"$tg: breakpoint in the second thread; info threads shows it current"
	ok "$(grep -q 'exited with code 03\]$' "$g" && grep -qx 'counter 43 worker 42' "$tmp/A_$t.out" && grep -qx 3 "$tmp/A_$t.status"; echo $?)" \
		"$tg: continue to the exit status 3"
	if ! command -v "qemu-$arch" > /dev/null; then
		echo "ok # SKIP qemu-$arch not installed"; _tap_n=$((_tap_n + 1))
	else
		cp "$tmp/A_$t.cmd" "$tmp/Q_$t.cmd"
		cp "$tmp/A_$t.pre" "$tmp/Q_$t.pre"
		session "Q_$t" "$prog" "$qemu" ""
		normalise "$tmp/A_$t.gdb" > "$tmp/A_$t.norm"
		normalise "$tmp/Q_$t.gdb" > "$tmp/Q_$t.norm"
		diff "$tmp/Q_$t.norm" "$tmp/A_$t.norm" > "$tmp/A_$t.diff"
		r=$?
		ok $r "$tg: session A's transcript equals qemu-$arch -g's"
		[ $r = 0 ] || sed 's/^/#   /' "$tmp/A_$t.diff"
	fi

	# ---- B: watchpoint on a global: exact values ----
	printf '%s\n' 'break *main' 'continue' 'watch counter' 'continue' 'continue' 'delete' 'continue' > "$tmp/B_$t.cmd"
	session "B_$t" "$prog" "$emu" ""
	got=$(awk '/^(Old|New) value = / { printf "%s|", $0 } /^[0-9]+\t/ && seen { printf "%s|", $1 } /^Hardware watchpoint 2: counter$/ { seen = 1 }' "$tmp/B_$t.gdb")
	is "$got" "Old value = 5|New value = 42|$L_W2|Old value = 42|New value = 43|$L_CREATE|" \
		"$tg: watch counter: old and new values, stopped after the writing line"

	# ---- dynamic: the libraries through vFile ----
	if [ "$kind" = dyn ]; then
		printf '%s\n' 'break main' 'continue' 'info sharedlibrary' 'continue' > "$tmp/V_$t.cmd"
		session "V_$t" "$prog" "$emu" ""
		ok "$(grep -q 'Yes.* target:/lib/libc\.so\.6$' "$tmp/V_$t.gdb"; echo $?)" "$tg: libc read from the target (vFile, -L aware)"
	fi
done

# ---- C: a guest SIGSEGV (aarch64 static and s390x static) ----
for tg in aarch64:static s390x:static; do
	arch=${tg%%:*}
	if [ "$arch" = aarch64 ]; then
		prog=build/tests/gdbstub/prog.static pcreg=pc
	else
		prog=build/tests/gdbstub/$arch/prog.static pcreg=pswa
	fi
	if ! guest_arch_probe "$arch" || [ ! -f "$prog" ]; then
		for i in 1 2 3 4 5 6; do echo "ok # SKIP no $arch front-end or program"; done
		_tap_n=$((_tap_n + 6)); continue
	fi
	t=$(echo "$tg" | tr : _)
	printf '%s\n' 'printf "SP=0x%lx\n", $sp' 'continue' "info registers $pcreg" 'continue' > "$tmp/C_$t.cmd"
	session "C_$t" "$prog" "$DM" "segv"
	ok "$(grep -q '^Program received signal SIGSEGV, Segmentation fault\.$' "$tmp/C_$t.gdb" && grep -q "^$L_SEGV	" "$tmp/C_$t.gdb" &&
		grep -q '^Program terminated with signal SIGSEGV' "$tmp/C_$t.gdb" && grep -qx 139 "$tmp/C_$t.status"; echo $?)" \
		"$tg: SIGSEGV stops at the faulting line, continue ends the program with it"
	cp "$tmp/C_$t.cmd" "$tmp/CQ_$t.cmd"
	session "CQ_$t" "$prog" "qemu-$arch" "segv"
	normalise "$tmp/C_$t.gdb" > "$tmp/C_$t.norm"
	normalise "$tmp/CQ_$t.gdb" > "$tmp/CQ_$t.norm"
	diff "$tmp/CQ_$t.norm" "$tmp/C_$t.norm" > "$tmp/C_$t.diff"
	r=$?
	ok $r "$tg: the SIGSEGV session (registers included) equals qemu-$arch -g's"
	[ $r = 0 ] || sed 's/^/#   /' "$tmp/C_$t.diff"

	printf '%s\n' 'printf "SP=0x%lx\n", $sp' 'continue' 'continue' > "$tmp/E_$t.cmd"
	cp "$tmp/E_$t.cmd" "$tmp/EQ_$t.cmd"
	session "E_$t" "$prog" "$DM" "usr1"
	session "EQ_$t" "$prog" "qemu-$arch" "usr1"
	normalise "$tmp/E_$t.gdb" > "$tmp/E_$t.norm"
	normalise "$tmp/EQ_$t.gdb" > "$tmp/EQ_$t.norm"
	ok "$(grep -q '^Program received signal SIGUSR1' "$tmp/E_$t.gdb" && grep -qx 'handled 1' "$tmp/E_$t.out" &&
		diff "$tmp/EQ_$t.norm" "$tmp/E_$t.norm" > /dev/null; echo $?)" "$tg: SIGUSR1 stops, continue passes it to the handler (as qemu -g)"
	printf '%s\n' 'continue' 'signal 0' > "$tmp/E0_$t.cmd"
	session "E0_$t" "$prog" "$DM" "usr1"
	ok "$(grep -q '^Program received signal SIGUSR1' "$tmp/E0_$t.gdb" && grep -qx 'handled 0' "$tmp/E0_$t.out"; echo $?)" \
		"$tg: signal 0 drops it: the handler never runs"

	printf '%s\n' 'printf "SP=0x%lx\n", $sp' 'break worker' 'continue' 'next' 'next' 'info threads' 'continue' > "$tmp/T_$t.cmd"
	cp "$tmp/T_$t.cmd" "$tmp/TQ_$t.cmd"
	session "T_$t" "$prog" "$DM" ""
	session "TQ_$t" "$prog" "qemu-$arch" ""
	normalise "$tmp/T_$t.gdb" > "$tmp/T_$t.norm"
	normalise "$tmp/TQ_$t.gdb" > "$tmp/TQ_$t.norm"
	L_RET=$(line_of 'return NULL;')
	ok "$(grep -q "^$L_RET	" "$tmp/T_$t.gdb" && grep -q "^\* 2    Thread .* worker (arg=0x29) at tests/gdbstub/prog.c:$((L_RET + 1))$" "$tmp/T_$t.gdb" &&
		grep -q 'exited with code 03\]$' "$tmp/T_$t.gdb" && diff "$tmp/TQ_$t.norm" "$tmp/T_$t.norm" > /dev/null; echo $?)" \
		"$tg: next in the second thread stays there (as qemu -g)"

	L_FIRST=$(line_of 'printf("first')
	printf '%s\n' "break prog.c:$L_FIRST" 'continue' 'break add' 'continue' 'print calls' 'delete' 'continue' > "$tmp/H_$t.cmd"
	session "H_$t" "$prog" "$DM" "hot"
	ok "$(grep -q '^Breakpoint 2, add (a=0, b=1)' "$tmp/H_$t.gdb" && grep -qx '\$1 = 10000' "$tmp/H_$t.gdb" &&
		grep -q 'exited normally\]$' "$tmp/H_$t.gdb" && grep -qx 'sum 200000000' "$tmp/H_$t.out"; echo $?)" \
		"$tg: a breakpoint in code already run 10000 times (compiled, chained) stops its next call"
done

# ---- D: Ctrl-C, detach, kill, QEMU_GDB, TCP ----
prog=build/tests/gdbstub/prog.static
if ! guest_arch_probe aarch64 || [ ! -f "$prog" ]; then
	for i in 1 2 3 4 5 6 7; do echo "ok # SKIP no aarch64 front-end or program"; done
	exit 0
fi
# Ctrl-C, at the protocol level: gdb-multiarch in batch mode may take one
# SIGINT twice ("The target is not responding to interrupt requests") when
# the stop reply is not back before it looks again, so the client here is a
# few lines of Perl speaking the remote protocol: continue, wait for the
# program to say it spins (in JIT-chained code), send the interrupt byte,
# expect a SIGINT stop (gdb's number 2) with a thread id, clear `spin` with an
# M packet, continue, expect the exit status 7 (W07).
sock=$tmp/sockD1
hang $DM -g "$sock" "$prog" spin > "$tmp/D1.out" 2>&1 &
pid=$!
poll_until sh -c "[ -S '$sock' ] || ! kill -0 $pid 2>/dev/null"
spin_addr=$(aarch64-linux-gnu-nm "$prog" | awk '$3 == "spin" { print $1 }')
hang perl -MIO::Socket::UNIX -e '
	my ($path, $out, $spin) = @ARGV;
	my $s = IO::Socket::UNIX->new(Peer => $path) or die "connect: $!";
	sub put { my $p = shift; my $c = 0; $c += ord for split //, $p; printf $s "\$%s#%02x", $p, $c % 256; $s->flush }
	sub get { my $r = ""; while ($r !~ /\$([^#]*)#[0-9a-f]{2}$/) { sysread($s, my $b, 1) or die "eof"; $r .= $b } $r =~ /\$([^#]*)#/; return $1 }
	put("?"); my $first = get();
	put("vCont;c");
	until (-s $out && `cat $out` =~ /spinning/) { select(undef, undef, undef, 0.05) }
	print $s "\x03"; $s->flush;
	my $stop = get();
	put(sprintf("M%s,4:00000000", $spin)); my $m = get();
	put("vCont;c"); my $exit = get();
	print "$first|$stop|$m|$exit\n";
' "$sock" "$tmp/D1.out" "$spin_addr" > "$tmp/D1.proto" 2>&1
wait $pid
st=$?
got=$(sed 's/thread:p[0-9a-f]*\.[0-9a-f]*;/thread:ID;/g' "$tmp/D1.proto")
is "$got:$st" "T05thread:ID;|T02thread:ID;|OK|W07:7" "Ctrl-C (0x03) stops a guest spinning in JIT-chained code with SIGINT; it then exits 7"

printf '%s\n' 'break *main' 'continue' 'detach' > "$tmp/D2.cmd"
session D2 "$prog" "$DM" ""
ok "$(grep -q 'detached\]$' "$tmp/D2.gdb" && grep -qx 'counter 43 worker 42' "$tmp/D2.out" && grep -qx 3 "$tmp/D2.status"; echo $?)" \
	"detach: the program runs on to its own exit (status 3)"

printf '%s\n' 'break *main' 'continue' 'kill' > "$tmp/D3.cmd"
session D3 "$prog" "$DM" ""
ok "$(grep -q 'killed\]$' "$tmp/D3.gdb" && grep -qx 137 "$tmp/D3.status"; echo $?)" "kill: the program dies of SIGKILL"

# QEMU_GDB: the same meaning as -g
sock=$tmp/sockD4
QEMU_GDB=$sock hang $DM "$prog" > "$tmp/D4.out" 2>&1 &
pid=$!
poll_until sh -c "[ -S '$sock' ] || ! kill -0 $pid 2>/dev/null"
printf '%s\n' 'continue' > "$tmp/D4.cmd"
hang "$gdb" -batch -nx -ex "file $prog" -ex "target remote $sock" -x "$tmp/D4.cmd" > "$tmp/D4.gdb" 2>&1 < /dev/null
wait $pid
ok "$(grep -q 'exited with code 03\]$' "$tmp/D4.gdb" && [ $? = 0 ]; echo $?)" "QEMU_GDB=PATH waits for gdb like -g"

# -g PORT: a port the kernel just gave out as free; when another process
# takes it meanwhile, dragoman says "cannot listen" and another is probed
tcp_ok=1
for try in 1 2 3 4 5; do
	port=$(perl -MIO::Socket::INET -e 'print IO::Socket::INET->new(Listen => 1, LocalAddr => "127.0.0.1:0")->sockport')
	hang $DM -g "$port" "$prog" > "$tmp/D5.out" 2> "$tmp/D5.err" &
	pid=$!
	poll_until sh -c "grep -q ':$(printf %04X "$port") [0-9A-F]*:0000 0A' /proc/net/tcp /proc/net/tcp6 || ! kill -0 $pid 2>/dev/null"
	if ! kill -0 $pid 2>/dev/null && grep -q 'cannot listen' "$tmp/D5.err"; then wait $pid; continue; fi
	hang "$gdb" -batch -nx -ex "file $prog" -ex "target remote 127.0.0.1:$port" -ex continue > "$tmp/D5.gdb" 2>&1 < /dev/null
	wait $pid
	tcp_ok=$?
	break
done
ok "$(grep -q 'exited with code 03\]$' "$tmp/D5.gdb" && [ "$tcp_ok" = 3 ]; echo $?)" "-g PORT: gdb over TCP"

# ---- F: bad packets ----
sock=$tmp/sockF
hang $DM -g "$sock" "$prog" > "$tmp/F.out" 2>&1 &
pid=$!
poll_until sh -c "[ -S '$sock' ] || ! kill -0 $pid 2>/dev/null"
hang perl -MIO::Socket::UNIX -e '
	my $s = IO::Socket::UNIX->new(Peer => $ARGV[0]) or die "connect: $!";
	sub put { my $p = shift; my $c = 0; $c += ord for split //, $p; printf $s "\$%s#%02x", $p, $c % 256; $s->flush }
	sub get { my $r = ""; while ($r !~ /\$([^#]*)#[0-9a-f]{2}$/) { sysread($s, my $b, 1) or die "eof"; $r .= $b } $r =~ /\$([^#]*)#/; return $1 }
	my @r;
	for my $p ("mffffffffffffffff,10", "mffffffffffffff00,200", "mzz", "m0,10", "M0,4:zz", "M0,4:00000000",
		   "X0,ffffffff:", "p9999", "P9999=00", "P0=zz", "Gzz", "Z0,", "Z9,0,4", "Z2,0,100", "z2,0,4",
		   "vFile:pread:999,10,0", "vFile:close:0", "vFile:open:zz,0,0", "vFile:open:2f6574632f706173737764,1,0",
		   "qXfer:features:read:target.xml:fffffffffff,10", "qXfer:features:read:nope.xml:0,10",
		   "vCont;x", "vCont;c:p1.12345", "Hgp1.99999", "T0", "s;zz", "\x01\x02") {
		put($p); push @r, get();
	}
	put("vCont;c"); push @r, get();
	print join("|", @r), "\n";
' "$sock" > "$tmp/F.proto" 2>&1
wait $pid
st=$?
is "$(cat "$tmp/F.proto"):$st" \
	"E14|E14|E16|E14|E16|E14|E16|E14|E16|E16|E16|E16|||E14|F-1,9|F-1,9|F-1,16|F-1,d|l|E00|E16|E16|E01|E01|E16||W03:3" \
	"bad packets: errors, no crash; the program then exits 3"

# ---- V: vfork children run free ----
vprog=build/tests/guest/process_vfork
if [ -f $vprog.static ] && [ -f $vprog.native ]; then
	# its own signals go on to it without a stop (gdb's "handle ... nostop pass")
	printf '%s\n' 'handle SIGUSR1 SIGTERM SIGCHLD nostop noprint pass' 'continue' > "$tmp/V.cmd"
	session V "$vprog.static" "$DM" ""
	hang $vprog.native > "$tmp/V.native" 2> /dev/null < /dev/null
	echo "status $?" >> "$tmp/V.native"
	echo "status $(cat "$tmp/V.status")" >> "$tmp/V.out"
	st=$(sed -n 's/^status //p' "$tmp/V.native")
	if [ "$st" = 0 ]; then end='exited normally'; else end=$(printf 'exited with code %02o' "$st"); fi
	# the exit gdb is told is the program's own, not a child's
	ok "$(cmp -s "$tmp/V.native" "$tmp/V.out" && [ "$(grep -c '^\[Inferior 1 (process [0-9]*) exited' "$tmp/V.gdb")" = 1 ] &&
		grep -q "^\[Inferior 1 (process [0-9]*) $end\]$" "$tmp/V.gdb"; echo $?)" \
		"process_vfork under gdb: the children run free, output as native"
else
	ok 1 "process_vfork under gdb: $vprog.static/.native not built (ninja guest-progs)"
fi
