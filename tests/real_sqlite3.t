#!/bin/sh
# Debian's sqlite3 CLI for arm64 under dragoman against the same version's
# amd64 build (tests/real/twin.sh): tests/real/workloads/work.sql (joins,
# aggregates, window functions, recursive CTEs, printf, dates, json,
# transactions, triggers, errors), output modes, .import/.dump, and database
# files that must be byte-identical to the native ones.
. "$(dirname "$0")/lib/tap.sh"
. tests/real/twin.sh
# one pass per guest architecture (DM_REAL_ARCHES, default arm64 s390x)
cases() {
	twin_setup usr/bin/sqlite3
	twin_case "sqlite3 :memory: < \$W/work.sql" "work.sql"
	twin_case "sqlite3 -bail :memory: < \$W/work.sql | tail -3; echo 'SELEC 1;' | sqlite3; echo \"exit \$?\"; sqlite3 :memory: 'select 1/0, zeroblob(2), nosuchfn()'; echo \"exit \$?\"" \
		"sqlite3 -bail, errors"
	twin_case "sqlite3 t.db 'CREATE TABLE w1(word TEXT)' '.import --csv words.txt w1' 'CREATE TABLE w AS SELECT word, length(word) AS n, count(*) AS c FROM w1 GROUP BY word'; sqlite3 -cmd '.mode list' t.db 'SELECT * FROM w ORDER BY n, word'; sqlite3 t.db .tables; sha256sum t.db" \
		"sqlite3 .import and a database file (same bytes)"
	twin_case "sqlite3 -separator : p.db 'CREATE TABLE p(name, pw, uid INT, gid INT, gecos, home, shell)' '.import passwd.txt p'; sqlite3 -json p.db 'SELECT name, uid, shell FROM p ORDER BY uid DESC'; sqlite3 -csv -header p.db 'SELECT * FROM p WHERE uid < 1000'; sqlite3 -line p.db 'SELECT count(*) AS n, max(uid) FROM p'; sqlite3 -html p.db 'SELECT name FROM p LIMIT 1'; sqlite3 -box p.db 'SELECT name, home FROM p'; sqlite3 -markdown p.db 'SELECT uid, gid FROM p'; sqlite3 -tabs p.db 'SELECT * FROM p LIMIT 1'" \
		"sqlite3 output modes: json, csv, line, html, box, markdown, tabs"
	twin_case "sqlite3 d.db < \$W/work.sql > /dev/null 2>&1; sqlite3 d.db .dump > dump.sql; sha256sum dump.sql; sqlite3 e.db < dump.sql; sqlite3 e.db 'SELECT count(*), sum(n) FROM nums; PRAGMA page_count; PRAGMA integrity_check'; sqlite3 d.db 'VACUUM INTO \"f.db\"'; sha256sum d.db f.db; sqlite3 f.db 'PRAGMA journal_mode=WAL; CREATE TABLE x(y); INSERT INTO x VALUES(1); SELECT * FROM x'; ls f.db*" \
		"sqlite3 .dump, restore, VACUUM INTO, WAL"
	twin_case "sqlite3 --version | cut -c1-30; sqlite3 :memory: 'SELECT sqlite_version(), sqlite_compileoption_used(\"ENABLE_FTS5\")'; sqlite3 :memory: 'CREATE VIRTUAL TABLE f USING fts5(body); INSERT INTO f VALUES (\"the quick brown fox\"), (\"lazy dogs sleep\"), (\"quick quick fox\"); SELECT rowid, highlight(f, 0, \"[\", \"]\") FROM f WHERE f MATCH \"quick\" ORDER BY rank;'" \
		"sqlite3 version, fts5"
}
n=6
plan $((n * $(echo $(twin_arches) | wc -w)))
for a in $(twin_arches); do
	if twin_use $a; then cases; else twin_skip $n; fi
done
