#!/bin/sh
# tests/real/demo.sh: Debian's arm64 python3 under dragoman, doing visible work.
# Fetches and unpacks the Debian packages on first use (tests/real/fetch.sh:
# apt-get download + dpkg -x into build/roots/arm64), then runs
#   build/dragoman -L build/roots/arm64 build/roots/arm64/usr/bin/python3 ...
# Usage: tests/real/demo.sh            (after ./configure && ninja)
set -e
cd "$(dirname "$0")/../.."
root=build/roots/arm64
[ -x build/dragoman ] || { echo "demo: build/dragoman missing: run ./configure && ninja" >&2; exit 1; }
if [ ! -x $root/usr/bin/python3 ] || [ ! -e $root/usr/lib/python3.11/os.py ]; then
	echo "demo: fetching Debian's arm64 packages into $root (once)..." >&2
	tests/real/fetch.sh >/dev/null
fi
echo "\$ file $root/usr/bin/python3.11"
file -b $root/usr/bin/python3.11 2>/dev/null | cut -d, -f1-2 || true
echo "\$ build/dragoman -L $root $root/usr/bin/python3 demo.py"
exec build/dragoman -L $root $root/usr/bin/python3 -I -c '
import platform, sys, hashlib, json, sqlite3, zlib

print(f"Python {platform.python_version()} on {platform.machine()} ({sys.byteorder}-endian), "
      f"{platform.libc_ver()[0]} {platform.libc_ver()[1]}")
rows = []
for y in range(-12, 12):
    line = ""
    for x in range(-39, 21):
        c, z, n = complex(x / 20, (y + 0.5) / 10), 0j, 0
        while abs(z) <= 2 and n < 40:
            z, n = z * z + c, n + 1
        line += " .:-=+*#%@"[min(n // 4, 9)]
    rows.append(line)
print("\n".join(rows))
art = "\n".join(rows).encode()
db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE c(ch TEXT)")
db.executemany("INSERT INTO c VALUES (?)", [(ch,) for ch in art.decode() if ch != "\n"])
top = db.execute("SELECT ch, count(*) FROM c GROUP BY ch ORDER BY 2 DESC LIMIT 3").fetchall()
print(json.dumps({"sha256": hashlib.sha256(art).hexdigest()[:16], "zlib_bytes": len(zlib.compress(art, 9)),
                  "sqlite": sqlite3.sqlite_version, "most_common": top}))
'
