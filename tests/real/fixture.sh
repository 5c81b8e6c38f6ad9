# tests/real/fixture.sh: builds the deterministic file tree real-binary tests run in.
# Usage: . tests/real/fixture.sh DIR
mk_fixture() {
	d=$1
	mkdir -p "$d/dir/sub" "$d/dir/empty"
	printf 'The quick brown fox\njumps over the lazy dog\nthe end\n' > "$d/a.txt"
	printf 'banana\napple\ncherry\napple\ndate\nelderberry\nfig\ngrape\nbanana\n' > "$d/words.txt"
	printf '10\n9\n100\n1\n55\n-3\n' > "$d/nums.txt"
	printf 'root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1:daemon:/usr/sbin:/bin/false\nuser:x:1000:1000::/home/user:/bin/sh\n' > "$d/passwd.txt"
	printf 'a   b    c\n  d  e\n' > "$d/spaces.txt"
	printf 'hay\nneedle in hay\n' > "$d/dir/one.txt"
	printf 'needle\n' > "$d/dir/sub/two.txt"
	seq 1 500 > "$d/dir/sub/big.dat"
	find "$d" -exec touch -h -d '2020-01-02 03:04:05' {} +
}
