# tests/real/workloads/work.bash: bash workload for tests/real_bash.t.
# Usage: bash work.bash SECTION...  (functions arrays assoc heredoc procsub
#        subshell pipeline trap arith strings printf read declare)
set -u
shopt -s extglob

sec_functions() {
	fact() { local n=$1; if (( n <= 1 )); then echo 1; else echo $(( n * $(fact $((n - 1))) )); fi; }
	echo "fact 10 = $(fact 10)"
	fib() { local -n out=$1; local a=0 b=1 i; for ((i = 0; i < $2; i++)); do ((out[i] = a, b = a + b, a = b - a)); done; }
	local -a f; fib f 15; echo "fib: ${f[*]}"
	greet() { local who=${1:-world}; shift || true; echo "hello $who ($# more: $*)"; return 3; }
	greet; echo "rc=$?"; greet ada b c; echo "rc=$?"
	counter=0; bump() { counter=$((counter + $1)); }; for i in 1 2 3 4; do bump $i; done; echo "counter=$counter"
	recurse() { (( $1 > 0 )) || { echo "bottom ${FUNCNAME[*]:0:3}"; return; }; recurse $(($1 - 1)); }; recurse 3
	declare -f greet | head -3
	type -t greet fact echo cd nosuch || true
	outer() { local x=outer; inner; echo "outer sees x=$x"; }; inner() { x=changed-by-inner; }; outer
	unset -f greet; declare -F greet || echo "greet unset"
}

sec_arrays() {
	local -a a=(zero one two "three four" five)
	echo "${#a[@]} ${a[3]} ${a[-1]} ${a[@]:1:2} ${!a[*]}"
	a+=(six); a[10]=ten; echo "${#a[@]} ${!a[@]}"; unset 'a[1]'; echo "${a[*]}"
	for x in "${a[@]}"; do printf '<%s>' "$x"; done; echo
	local -a sorted; IFS=$'\n' sorted=($(printf '%s\n' banana apple cherry | sort)); unset IFS; echo "${sorted[*]}"
	local -a nums=(5 3 9 1 7); local max=0 n; for n in "${nums[@]}"; do (( n > max )) && max=$n; done; echo "max=$max"
	echo "${a[@]/o/0}" "${a[@]^^}" "${a[@]#t}"
	mapfile -t lines < <(printf 'l1\nl2\nl3\n'); echo "mapfile ${#lines[@]}: ${lines[1]}"
	read -ra parts <<< "a b  c"; echo "${#parts[@]} ${parts[2]}"
	local -a big=(); for ((i = 0; i < 2000; i++)); do big+=($((i * i % 97))); done
	local sum=0; for n in "${big[@]}"; do ((sum += n)); done; echo "big sum=$sum len=${#big[@]}"
	local -a copy=("${a[@]}"); echo "copy ${#copy[@]} ${!copy[@]}"
}

sec_assoc() {
	declare -A color=([apple]=red [banana]=yellow [grape]=purple)
	color[lime]=green; color+=([plum]=purple)
	for k in $(printf '%s\n' "${!color[@]}" | sort); do echo "$k=${color[$k]}"; done
	echo "${#color[@]} ${color[apple]} ${color[nope]:-none}"; unset 'color[banana]'
	[[ -v color[banana] ]] && echo has-banana || echo no-banana
	declare -A count=(); while read -r w; do count[$w]=$(( ${count[$w]:-0} + 1 )); done < "$FIXTURE/words.txt"
	for k in $(printf '%s\n' "${!count[@]}" | sort); do printf '%s:%d ' "$k" "${count[$k]}"; done; echo
	declare -A m; for ((i = 0; i < 500; i++)); do m[k$((i % 37))]+=x; done; echo "keys ${#m[@]} ${#m[k5]}"
	declare -p color | tr ' ' '\n' | sort | tr '\n' ' '; echo
}

sec_heredoc() {
	local name=World n=3
	cat <<EOT
Hello, $name! $((n * 2)) $(echo sub)
	tab kept \$literal
EOT
	cat <<'EOT'
No $expansion here $(nothing)
EOT
	cat <<-EOT
		leading tabs stripped for $name
	EOT
	tr a-z A-Z <<< "here string $name"
	while read -r a b; do echo "[$a|$b]"; done <<EOT
one 1
two 2 extra
EOT
	{ read -r l1; read -r l2; echo "$l2/$l1"; } <<< $'first\nsecond'
}

sec_procsub() {
	diff <(printf 'a\nb\nc\n') <(printf 'a\nB\nc\n') || echo "diff rc=$?"
	paste <(seq 3) <(seq 4 6) <(echo x; echo y; echo z)
	while read -r l; do echo "got $l"; done < <(printf 'p\nq\n')
	echo "count $(wc -l < <(seq 100))"
	exec 3< <(echo via fd3); read -r v <&3; exec 3<&-; echo "$v"
	tee >(tr a-z A-Z > up.out) < <(echo tee-me) > /dev/null; wait $!; cat up.out; rm -f up.out   # $!: the >() (bash 5.1+)
	comm -12 <(sort "$FIXTURE/words.txt" | uniq) <(printf 'apple\nfig\nzebra\n')
}

sec_subshell() {
	x=outer; (x=inner; echo "in subshell x=$x"); echo "after x=$x"
	(cd /; pwd); pwd | sed "s#$FIXTURE#FIX#"
	y=$( (echo nested; (echo deeper)) | tr '\n' ' '); echo "$y"
	( exit 42 ); echo "subshell rc=$?"
	{ echo grouped; false; }; echo "group rc=$?"
	( set -e; false; echo not-reached ); echo "set -e rc=$?"
	r=$(echo a; exit 5); echo "cmdsub rc=$? r=$r"
	for i in 1 2 3; do ( sleep 0.0$i; echo "bg $i" > bg.$i ) & done; wait; cat bg.1 bg.2 bg.3; rm bg.?; echo "all waited"
	sleep 5 & pid=$!; kill $pid; wait $pid; echo "killed rc=$?"
	(ulimit -n 64; ulimit -n); coproc C { read -r q; echo "coproc got $q"; }; echo ping >&"${C[1]}"; read -r ans <&"${C[0]}"; echo "$ans"; wait
}

sec_pipeline() {
	printf '%s\n' 5 3 8 1 | sort -n | tr '\n' ' '; echo
	echo "a b c" | { read -r p q r; echo "$r$q$p"; }
	true | false | true; echo "status ${PIPESTATUS[*]}"
	set -o pipefail; true | false | true; echo "pipefail rc=$?"; set +o pipefail
	seq 1 2000 | grep -c 7; seq 1 100 | paste -sd+ | bc 2>/dev/null || echo "$(( $(seq 1 100 | paste -sd+) ))"
	! false; echo "negated $?"
	lastpipe_test() { shopt -s lastpipe; echo piped | read -r v; echo "lastpipe v=${v:-unset}"; }; (lastpipe_test)
	echo one two three | while read -r w1 rest; do echo "$w1 :: $rest"; done
	yes | head -5 | wc -l; echo "x" |& cat
	time_out=$( { echo out; echo err >&2; } 2>&1 >/dev/null ); echo "captured '$time_out'"
}

sec_trap() {
	trap 'echo "EXIT trap in subshell"' EXIT; trap - EXIT
	( trap 'echo "exit trap fired rc=$?"' EXIT; exit 4 ); echo "rc=$?"
	( trap 'echo caught USR1' USR1; kill -USR1 $BASHPID; echo after-usr1 )
	( trap 'echo caught TERM; exit 9' TERM; kill -TERM $BASHPID; sleep 1; echo not-here ); echo "term rc=$?"
	f() { trap 'echo "RETURN from $FUNCNAME"' RETURN; echo in-f; }; f; trap - RETURN
	( trap 'echo "ERR at line $LINENO"' ERR; false; echo continues )
	( set -u; trap 'echo never' INT; trap -p INT; trap - INT; trap -p INT; echo done )
	( trap '' HUP; kill -HUP $BASHPID; echo ignored HUP )
	# killed while it waits: no fixed delays (the sleep is killed after)
	( ( sleep 100000 > /dev/null 2>&1 & echo $! > sleep.pid; wait $!; echo "unreached" ) & bg=$!
	  until [ -s sleep.pid ]; do sleep 0.01; done; kill -KILL $bg; wait $bg; echo "killed: $?"; kill $(cat sleep.pid); rm sleep.pid ) 2>&1 |
		sed 's/: *[0-9][0-9]* Killed/: PID Killed/' 
}

sec_arith() {
	echo $(( 7 / 2 )) $(( -7 / 2 )) $(( -7 % 3 )) $(( 2 ** 62 )) $(( 2 ** 63 )) $(( 1 << 40 )) $(( ~5 )) $(( 0x1f + 010 + 2#101 + 36#z ))
	echo $(( 9223372036854775807 + 1 )) $(( 5 > 3 && 2 > 4 )) $(( 5 > 3 || 0 )) $(( x = 5, x *= 3, x -= 1 )) $(( 17 ^ 5 | 2 & 6 ))
	local i=0 s=0; while (( i++ < 1000 )); do (( s += i * i )); done; echo "sum squares $s"
	(( 0 )); echo "rc of (( 0 )) = $?"; let "a = 3 * 4" "b = a % 5"; echo "let $a $b"
	local -i n=10; n+=5; n='n * 2'; echo "int $n"
	echo $(( 3 > 2 ? 100 : 200 )) $(( RANDOM >= 0 )); ( echo $(( 10 / 0 )) ) 2>&1 || echo "div0 rc=$?"
	printf '%d %x %o %e\n' $(( 255 )) 255 8 1234.5
	for ((i = 0, j = 10; i < j; i += 3, j -= 2)); do printf '%d,%d ' $i $j; done; echo
	local base=16#ff; echo $(( base )) $(( 64#_ )) $(( -(-3) )) $(( i++ + ++i ))
}

sec_strings() {
	local s="Hello, World! Hello, bash!"
	echo "${#s} ${s:7:5} ${s: -5} ${s:(-5):3} ${s#*, } ${s##*, } ${s%,*} ${s%%,*}"
	echo "${s/Hello/Bye} ${s//Hello/Bye} ${s/#Hello/Start} ${s/%bash!/end} ${s//[aeiou]/_}"
	echo "${s^^} ${s,,} ${s^} ${s~~}"
	local u; echo "${u:-default} ${u:=assigned} $u ${u:+alt} ${nope-unset-dash}"
	f=/usr/local/lib/libfoo.so.1.2; echo "${f##*/} ${f%/*} ${f##*.} ${f%%.*}"
	[[ $s == Hello* ]] && echo glob-match; [[ $s =~ ([A-Z][a-z]+),\ ([A-Za-z]+) ]] && echo "re: ${BASH_REMATCH[0]} | ${BASH_REMATCH[2]}"
	[[ abc < abd ]] && echo lexless; [[ -z "" && -n x ]] && echo zn
	case "file.tar.gz" in *.tar.@(gz|xz)) echo "extglob case";; *) echo nope;; esac
	x=abcabc; echo "${x/#+(abc)/X}" "${x//@(b|c)/.}" "${x:1}"
	printf -v padded '%-8s|%8s|%08.3f' left right 3.14159; echo "$padded"
	local csv="a,b,,d"; IFS=, read -r c1 c2 c3 c4 <<< "$csv"; echo "[$c1][$c2][$c3][$c4]"
	echo "$(printf '%s' {a..e}) {1..3} $(echo {1..10..3}) $(echo x{a,b}{1,2}) $(echo {z..w})"
	printf '%q %q %q\n' "it's" 'a b' $'tab\there'
	echo "${s@Q}" | head -c 20; echo; n=5; echo "${n@A}"; local arr=(1 2); echo "${arr[@]@Q}"
	str=""; for ((i = 0; i < 300; i++)); do str+="${i: -1}"; done; echo "${#str} ${str:0:25}"
	echo ${!BASH_VERS*} | tr ' ' '\n' | grep -c BASH_VERSINFO
}

sec_printf() {
	printf '%s=%d\n' a 1 b 2 c 3
	printf '[%5s][%-5s][%.2s][%c][%5.1f][%-+6d][%#x][%#o][%e][%G]\n' ab cd efgh xyz 3.14159 42 255 8 0.000123 1e-10
	printf '%b|%s\n' 'tab\there\n2nd' 'no\tescape'
	printf -v out '%03d-' 1 2 3; echo "$out"
	printf -v arr_item '%(%Y-%m-%d %H:%M:%S)T' 1700000000; echo "$arr_item"
	TZ=UTC printf '%(%A %j)T\n' 86400
	printf '%d\n' "'A" 0x10 010 -5; printf '%s\n' "${undefined_var-}" | od -c | head -1
	printf '%i %u\n' -1 -1 2>&1; printf '%d\n' abc 2>&1; echo "rc=$?"
	printf '%.3s|%*d|%-*d|\n' abcdef 6 42 6 42
	printf '%x %X %o\n' 3735928559 3735928559 511; printf '%5%|\n'
	printf '%s\n' 'é' | od -An -tx1
}

sec_read() {
	while IFS=: read -r user _ uid gid _ home shell; do
		printf '%-8s %5d %s %s\n' "$user" "$uid" "$home" "${shell##*/}"
	done < "$FIXTURE/passwd.txt"
	local n=0 total=0; while read -r num; do ((n++, total += num)); done < "$FIXTURE/nums.txt"; echo "n=$n total=$total"
	while read -r line; do echo "line: '$line'"; done < "$FIXTURE/spaces.txt"
	while IFS= read -r line; do echo "raw: '$line'"; done < "$FIXTURE/spaces.txt"
	read -r -n 3 three <<< "abcdef"; read -r -d , field <<< "x,y"; echo "$three $field"
	printf 'no newline at end' | { read -r last; echo "rc=$? last=$last"; }
	read -r -a words < "$FIXTURE/a.txt"; echo "${#words[@]} ${words[*]}"
	exec 4< "$FIXTURE/words.txt"; read -r w1 <&4; read -r w2 <&4; exec 4<&-; echo "$w1 $w2"
	local lines=0; while read -r _; do ((lines++)); done < "$FIXTURE/dir/sub/big.dat"; echo "lines=$lines"
	read -t 0 && echo "input ready" || echo "no input"
}

sec_declare() {
	declare -a arr=(1 "two words" 3); declare -A map=([k]=v); declare -i num=42; declare -r ro=const
	declare -x exported=yes; declare -l lower=MiXeD; declare -u upper=MiXeD
	declare -p arr map num ro exported lower upper
	local -a empty=(); declare -p empty; declare nothing; declare -p nothing
	(ro=x) 2>&1 || echo "readonly rc=$?"
	declare -n ref=num; ref=7; echo "num=$num"; declare -p ref
	f() { local v=in; declare -p v; declare -g gv=global; }; f; declare -p gv
	declare -ai ints=(1+1 2*3); declare -p ints
	export -p | grep -c 'exported=' ; readonly -p | grep -c ' ro='
	set -- p1 "p 2" p3; echo "$# $1 ${2} ${@: -1}"; shift 2; echo "$*"
	echo "${BASH_VERSINFO[0]}.${BASH_VERSINFO[1]} $BASH_VERSION"; shopt -p extglob nullglob
}

for s in "$@"; do echo "== $s"; "sec_$s"; done
