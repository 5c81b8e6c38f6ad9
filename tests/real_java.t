#!/bin/sh
# Debian's OpenJDK 17 (openjdk-17-jre-headless) for arm64 under dragoman
# against the same version's amd64 build (tests/real/twin.sh): HotSpot's
# template interpreter, C1 and C2 write code into the code cache, patch call
# sites and entry points while other threads run, free and reuse code cache
# memory, and use SIGSEGV for implicit null checks and stack guard pages.
# On arm64 it follows the architecture's rules (IC IVAU after writing code,
# docs/coherence.md), so a stale translation shows as a crash or a wrong
# value here.  The programs are tests/real/workloads/java/*.java; every line
# they print is an exact value.  arm64 only.  Slow: a JVM under dragoman
# takes 5-60 s per run (javac in the source-launcher cases, -Xcomp compiling
# every method).
. "$(dirname "$0")/lib/tap.sh"
. tests/real/twin.sh
jre=usr/lib/jvm/java-17-openjdk
if [ ! -x "$groot/$jre-arm64/bin/java" ] || [ ! -x "$nroot/$jre-amd64/bin/java" ]; then
	tests/real/fetch.sh -a arm64 $(grep -v '^#' tests/real/packages-java.txt) >/dev/null 2>&1
fi
plan 6
twin_setup
twin_wrap java $jre-arm64/bin/java $jre-amd64/bin/java
# -XX:-UsePerfData: no /tmp/hsperfdata_USER files shared between the runs
J="java -XX:-UsePerfData"
# the classes for the -cp cases, compiled once by the native twin's javac
if ! (PATH="$tmp/n:$PATH" LC_ALL=C hang java -XX:-UsePerfData -m jdk.compiler/com.sun.tools.javac.Main \
		-d "$tmp/cls" "$twin_workloads/java/Small.java" "$twin_workloads/java/Stress.java"); then
	echo "Bail out! the amd64 twin's javac could not compile tests/real/workloads/java"
	exit 1
fi
C=$tmp/cls
twin_case "$J \$W/java/Main.java; echo \"exit \$?\"; $J \$W/java/Main.java 3000 extra" \
	"java Main.java: source launcher, several classes, default tiered compilation"
twin_case "$J -XX:-TieredCompilation \$W/java/Main.java" \
	"java -XX:-TieredCompilation Main.java (interpreter and C2 only)"
twin_case "$J -Xcomp -cp $C Small" "java -Xcomp: every method compiled before its first call"
twin_case "$J -Xint -cp $C Small; $J -XX:TieredStopAtLevel=1 -cp $C Small; $J -Xcomp -XX:-TieredCompilation -cp $C Small" \
	"java -Xint, C1 only, -Xcomp with C2 only"
twin_case "$J -cp $C Stress" \
	"java Stress: implicit null checks, guard pages, deoptimization, threads (default tiered)"
twin_case "$J -XX:-TieredCompilation -cp $C Stress 100000" \
	"java -XX:-TieredCompilation Stress (C2's traps and uncommon traps)"
