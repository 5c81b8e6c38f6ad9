#!/bin/sh
# tests/bench/tables.sh OUT RUNS: the markdown tables of tests/bench/run.sh's
# long workloads, from OUT/list ("id|group|title|ref") and OUT/times (one line
# per run: "id runner wall_s cpu_s rss_kb exit digest figure"; "id roundtrip
# ok|FAILED" for the compressors).  Medians over the rounds; ratios of the
# medians; geometric means per group over the rows whose output was right.
# Also writes OUT/ratios.dat (id, dragoman/qemu, dragoman/native, CPU) for
# tests/bench/chart.sh.
out=$1 runs=$2
awk -F'|' -v runs="$runs" -v dat="$out/ratios.dat" '
function median(id, k, f,   n, i, j, t, a) {
	n = 0
	for (i = 1; i <= cnt[id, k]; i++) a[++n] = val[id, k, i, f]
	for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] + 0 > t + 0; j--) a[j + 1] = a[j]; a[j + 1] = t }
	return n ? a[int((n + 1) / 2)] : "-"
}
function r(a, b) { return (a == "-" || b == "-" || b + 0 <= 0) ? "-" : sprintf("%.2f", a / b) }
function s1(x) { return x == "-" ? "-" : sprintf("%.2f", x) }
function mb(x) { return x == "-" ? "-" : sprintf("%.0f", x / 1024) }
# the verdict of runner k: every run exited 0 and printed what the oracle
# printed (with qemu as the oracle, native runs code for another CPU: only its
# exit status counts)
function verdict(id, k,   i, why) {
	why = ""
	for (i = 1; i <= cnt[id, k]; i++) {
		if (val[id, k, i, 4] != 0) { why = "exit " val[id, k, i, 4]; break }
		if (ref[id] == "qem" && k == "nat") continue
		if (val[id, k, i, 5] != val[id, ref[id], 1, 5]) { why = "output differs from " name[ref[id]]; break }
	}
	return why
}
FILENAME ~ /list$/ { id = $1; order[++nid] = id; group[id] = $2; title[id] = $3; ref[id] = $4; next }
{
	split($0, f, " ")
	if (f[2] == "roundtrip") { rt[f[1]] = f[3]; next }
	id = f[1]; k = f[2]; c = ++cnt[id, k]
	for (i = 3; i <= 8; i++) val[id, k, c, i - 2] = f[i]
}
END {
	name["nat"] = "native"; name["dmr"] = "dragoman"; name["qem"] = "qemu"
	print "| workload | native CPU s | dragoman CPU s | qemu CPU s | dragoman/native | dragoman/qemu | native wall s | dragoman wall s | qemu wall s | peak RSS MB native/dragoman/qemu | output |"
	print "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
	printf "" > dat
	for (o = 1; o <= nid; o++) {
		id = order[o]
		if (group[id] == "crypto") continue
		for (k in name) { cpu[k] = median(id, k, 2); wall[k] = median(id, k, 1); rss[k] = median(id, k, 3) }
		st = ""
		for (k in name) { v = verdict(id, k); if (v != "") st = st (st ? "; " : "") "FAILED under " name[k] ": " v }
		if (id in rt && rt[id] != "ok") st = st (st ? "; " : "") "FAILED: native output does not decompress to the input"
		if (st == "") st = "ok (= " name[ref[id]] (id in rt ? ", round trip" : "") ")"
		dn = r(cpu["dmr"], cpu["nat"]); dq = r(cpu["dmr"], cpu["qem"])
		# 7zz b runs for a roughly fixed time: its ratios are of its rating (work per second), inverted
		if (id == "7zip" && median(id, "dmr", 6) != "-") {
			dn = r(median(id, "nat", 6), median(id, "dmr", 6)) " (rating)"; dq = r(median(id, "qem", 6), median(id, "dmr", 6)) " (rating)"
		}
		printf "| %s `%s` | %s | %s | %s | %s | %s | %s | %s | %s | %s/%s/%s | %s |\n", title[id], id,
			s1(cpu["nat"]), s1(cpu["dmr"]), s1(cpu["qem"]), dn, dq, s1(wall["nat"]), s1(wall["dmr"]), s1(wall["qem"]),
			mb(rss["nat"]), mb(rss["dmr"]), mb(rss["qem"]), st
		if (id == "7zip") rating = sprintf("the total rating of 7zz b (MIPS, median): native %s, dragoman %s, qemu %s; dragoman/qemu %s.",
			median(id, "nat", 6), median(id, "dmr", 6), median(id, "qem", 6), r(median(id, "dmr", 6), median(id, "qem", 6)))
		if (st ~ /^ok/ && dq != "-" && dn != "-") {
			gq[group[id]] += log(dq + 0); gn[group[id]] += log(dn + 0); gc[group[id]]++
			printf "%s %s %s\n", id, dq + 0, dn + 0 >> dat
		} else if (dq != "-" && dn != "-") printf "%s(failed) %s %s\n", id, dq + 0, dn + 0 >> dat
	}
	print ""
	if (rating != "") { print rating; print "" }
	for (g in gc) printf "Geometric mean over the %d %s workloads whose output was right (CPU time): dragoman/qemu %.2f, dragoman/native %.2f.\n\n",
		gc[g], g == "int" ? "integer" : "FP/SIMD", exp(gq[g] / gc[g]), exp(gn[g] / gc[g])
	hdr = 0
	for (o = 1; o <= nid; o++) {
		id = order[o]
		if (group[id] != "crypto") continue
		if (!hdr++) {
			print "| openssl speed (16 KiB blocks) | native MB/s | dragoman MB/s | qemu MB/s | dragoman/native | dragoman/qemu | output |"
			print "|---|---:|---:|---:|---:|---:|---|"
		}
		st = ""
		for (k in name) { v = verdict(id, k); if (v != "") st = st (st ? "; " : "") "FAILED under " name[k] ": " v }
		if (st == "") st = "ok (= " name[ref[id]] ")"
		n = median(id, "nat", 6); d = median(id, "dmr", 6); q = median(id, "qem", 6)
		printf "| %s `%s` | %.1f | %.1f | %.1f | %s | %s | %s |\n", title[id], id, n, d, q, sprintf("%.4f", d / n), r(d, q), st
	}
}' "$out/list" "$out/times"
