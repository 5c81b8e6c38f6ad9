# tests/real/workloads/work.py: Python 3.11 workload for tests/real_python3.t.
# Usage: python3 work.py SECTION...
import sys


def sec_json():
    import json
    doc = {"name": "dragoman", "arches": ["aarch64", "riscv64"], "n": 3, "pi": 3.141592653589793,
           "nested": {"t": True, "f": False, "none": None, "big": 2**70, "neg": -1.5e-7},
           "unicode": "h\u00e9llo \u20ac \U0001f600", "empty": [], "esc": "tab\tquote\"nl\n"}
    s = json.dumps(doc, sort_keys=True)
    print(s)
    print(json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=True)[:200])
    back = json.loads(s)
    print(back == doc, type(back["nested"]["big"]).__name__, back["unicode"].encode("utf-8").hex())
    print(json.loads('[1, 2.5, "x", null, true, {"a": [1e400, -0.0]}]'))
    try:
        json.loads('{"a": 1,}')
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e.msg, e.pos, e.lineno, e.colno)
    print(json.dumps([float("inf"), float("nan")]), json.dumps("\x00\x1f\u2028"))
    print(json.dumps({"b": 1, "a": [1, 2]}, separators=(",", ":")), json.dumps(1 / 3), json.dumps(1e22), json.dumps(5e-324))


def sec_re():
    import re
    text = "2021-03-04 ada@example.com, bob.smith@test.org; call 555-1234 or (555) 987-6543. Total: $1,234.56"
    print(re.findall(r"[\w.]+@[\w.]+\w", text))
    print(re.findall(r"\(?(\d{3})\)?[ -]?(\d{3})-(\d{4})|(\d{3})-(\d{4})", text))
    m = re.search(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", text)
    print(m.group(0), m.groupdict(), m.span("m"), m.start(), m.end())
    print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", text))
    print(re.sub(r"\d", lambda mo: str(9 - int(mo.group())), "0123456789"))
    print(re.split(r"[,;.]\s*", "a, b;c. d"), re.split(r"(\d)", "a1b2c"))
    print(re.fullmatch(r"[a-z]+\d*", "abc123") is not None, re.match(r"\s*$", "   ") is not None)
    pat = re.compile(r"^(\w+)\s*=\s*(.*?)\s*$", re.M)
    print(pat.findall("a = 1\nbb=two  \n c = x\nccc = 3"))
    print(re.findall(r"(?i)straße|STRASSE", "Straße strasse STRASSE"), re.findall(r"\bé\w+", "école étude"))
    print(re.sub(r"(?<=a)b+", "X", "abbb cab ab"), re.findall(r"(\w)\1", "aabbcdde"), re.escape("a.b*c"))
    print([m.group() for m in re.finditer(r"\w+(?=,)", "x, yy, zzz")], re.subn(r"o", "0", "foo boo"))
    big = "ab" * 5000 + "c"
    print(len(re.findall(r"ab", big)), bool(re.search(r"(ab)+c$", big)))


def sec_hash():
    import hashlib, hmac, zlib, bz2, lzma, base64, binascii
    data = b"The quick brown fox jumps over the lazy dog" * 100
    for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s"):
        print(name, hashlib.new(name, data).hexdigest())
    print(hashlib.blake2b(data, digest_size=16, key=b"k", salt=b"s", person=b"p").hexdigest())
    print(hashlib.shake_128(data).hexdigest(20), hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex())
    print(hmac.new(b"key", data, "sha256").hexdigest())
    h = hashlib.sha256()
    for i in range(1000):
        h.update(i.to_bytes(4, "little"))
    print(h.hexdigest())
    payload = bytes(range(256)) * 40 + b"x" * 5000
    for level in (0, 1, 6, 9):
        c = zlib.compress(payload, level)
        print("zlib", level, len(c), zlib.crc32(c), zlib.decompress(c) == payload)
    co = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_FILTERED)
    raw = co.compress(payload) + co.flush()
    print("raw deflate", len(raw), zlib.adler32(raw), zlib.decompress(raw, -15) == payload)
    print("crc32", zlib.crc32(data), "adler32", zlib.adler32(data), binascii.crc32(b"abc"))
    for level in (1, 9):
        c = bz2.compress(payload, level)
        print("bz2", level, len(c), hashlib.md5(c).hexdigest(), bz2.decompress(c) == payload)
    for preset in (0, 6):
        c = lzma.compress(payload, preset=preset)
        print("xz", preset, len(c), hashlib.md5(c).hexdigest(), lzma.decompress(c) == payload)
    c = lzma.compress(payload, format=lzma.FORMAT_ALONE, preset=1)
    print("lzma-alone", len(c), hashlib.md5(c).hexdigest())
    print(base64.b64encode(data[:30]), base64.b32encode(b"abc"), base64.a85encode(b"hello"), binascii.hexlify(b"\x00\xff"))


def sec_struct():
    import struct, array, sys
    print(struct.pack("<hHiIqQfd", -2, 65535, -3, 4000000000, -5, 2**64 - 1, 1.5, -2.25).hex())
    print(struct.pack(">hHiIqQfd", -2, 65535, -3, 4000000000, -5, 2**64 - 1, 1.5, -2.25).hex())
    print(struct.calcsize("@bhiqd"), struct.calcsize("=bhiqd"), struct.calcsize("@P"), struct.calcsize("@l"), struct.calcsize("@e"))
    print(struct.unpack("<4sxbH", b"abcd\x00\xff\x01\x02"), struct.unpack("!f", b"\x40\x49\x0f\xdb"))
    print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\xff\xff")), struct.pack("<e", 0.1).hex(), struct.pack("?", 5))
    a = array.array("i", range(10)); a.byteswap(); print(a.tobytes()[:8].hex(), a.itemsize, sys.byteorder)
    print(int.from_bytes(b"\x01\x02\x03", "big"), (1025).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
    print(memoryview(b"abcdef")[1:4].tobytes(), bytearray(b"xyz").upper(), b"a,b,,c".split(b","))


def sec_numbers():
    import decimal, fractions, math, cmath, statistics, random
    from decimal import Decimal as D
    decimal.getcontext().prec = 50
    print(D(1) / D(7), D(2).sqrt(), D("1.1") + D("2.2"), D("10").ln(), D("123.456").quantize(D("0.01"), rounding=decimal.ROUND_HALF_EVEN))
    decimal.getcontext().prec = 28
    print(D("0.1") * 3 == D("0.3"), D(0.1), D("1e-30").exp(), D("-7.5") % D(2), D("1.23E+5").normalize(), D(2) ** D("0.5"))
    F = fractions.Fraction
    print(F(1, 3) + F(1, 6), F("3.1415926535").limit_denominator(1000), F(0.75), F(22, 7) ** 2, sum(F(1, n) for n in range(1, 20)))
    print(math.factorial(30), math.comb(50, 25), math.perm(10, 4), math.gcd(2**40 * 3, 6**20), math.lcm(12, 18, 30), math.isqrt(10**30 + 1))
    vals = [math.sqrt(2), math.exp(1), math.log(10), math.log2(3), math.log10(7), math.sin(1), math.cos(1), math.tan(1), math.atan2(1, -1),
            math.sinh(1), math.acosh(2), math.erf(0.5), math.erfc(0.5), math.gamma(4.5), math.lgamma(10.5), math.hypot(3, 4, 12),
            math.fsum([0.1] * 10), math.expm1(1e-10), math.log1p(1e-10), math.cbrt(27.0) if hasattr(math, "cbrt") else 3.0, math.pow(2, 0.5),
            math.fmod(-7.5, 2), math.remainder(7.5, 2), math.copysign(3, -0.0), math.ldexp(0.5, 10), math.nextafter(1.0, 2.0), math.ulp(1.0)]
    print([repr(v) for v in vals])
    print(math.frexp(1000.0), math.modf(-2.5), math.floor(-0.5), math.ceil(2.0000001), round(2.5), round(3.5), round(-0.125, 2), round(1234.5678, -2))
    print(float("1e308") * 10, -float("inf"), math.isnan(float("nan")), math.dist((0, 0), (3, 4)), math.prod(range(1, 15)), 2 ** 0.5, 10 ** -5)
    print(repr(0.1 + 0.2), 1e16, 1.0e-7, 123456789.123456789, float.hex(0.1), float.fromhex("0x1.8p1"), (0.1).as_integer_ratio(), 7 // -2, -7 % 3, divmod(-7.5, 2))
    print(cmath.sqrt(-1), cmath.exp(1j * math.pi), abs(3 + 4j), complex("1+2j") ** 2, cmath.phase(-1))
    print(2 ** 200, (3 ** 100) % (10 ** 9 + 7), pow(3, -1, 7), pow(2, 1000, 10**9), (-2) ** 63, int("z" * 20, 36), hex(2 ** 100 - 1), bin(1000), int(1e20), int(-2.9))
    print(statistics.mean([1, 2, 3, 4.5]), statistics.median([5, 1, 3, 2]), statistics.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), statistics.variance([1, 2, 3, 4]))
    random.seed(12345)
    print([random.randint(1, 100) for _ in range(8)], random.random(), random.choice("abcdef"), random.sample(range(100), 5), random.gauss(0, 1))
    r = list(range(20)); random.shuffle(r); print(r)


def sec_iter():
    import itertools as it, collections, functools, operator, heapq, bisect
    print(list(it.permutations("abc", 2)), list(it.combinations(range(5), 3))[:4], len(list(it.product(range(4), repeat=3))))
    print(list(it.accumulate([1, 2, 3, 4, 5], operator.mul)), list(it.chain.from_iterable(["ab", "cd"])), list(it.islice(it.count(10, 5), 4)))
    print([(k, len(list(g))) for k, g in it.groupby("aaabbcaaa")], list(it.zip_longest("ab", "wxyz", fillvalue="-")), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
    print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 2])), list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 2])), list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.pairwise("abcd")))
    print(list(it.combinations_with_replacement("ab", 3)), list(it.repeat("z", 3)), list(it.filterfalse(str.isdigit, "a1b2")), list(it.tee("xy", 2)[1]))
    c = collections.Counter("the quick brown fox jumps over the lazy dog".split() + list("mississippi"))
    print(c.most_common(4), c["the"], sorted((c + collections.Counter(s=10)).items())[:5])
    d = collections.defaultdict(list)
    for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
        d[w[0]].append(w)
    print(dict(d), collections.OrderedDict.fromkeys("cab"))
    dq = collections.deque(range(10), maxlen=7); dq.rotate(3); dq.appendleft(-1); print(dq, dq.pop(), dq.popleft())
    P = collections.namedtuple("P", "x y z", defaults=[0]); p = P(1, 2); print(p, p._replace(x=9), p._asdict(), P._fields)
    cm = collections.ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], dict(cm))
    print(functools.reduce(operator.add, range(101)), functools.lru_cache(maxsize=None)(lambda n: n * 2)(21), functools.partial(int, base=2)("1011"))
    @functools.lru_cache(maxsize=None)
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    print(fib(200), fib.cache_info())
    h = [5, 1, 8, 3, 9, 2]; heapq.heapify(h); print([heapq.heappop(h) for _ in range(3)], heapq.nlargest(2, [4, 7, 1, 9]), heapq.nsmallest(2, "dcba"))
    a = [1, 3, 3, 5, 8]; print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 6)); bisect.insort(a, 4); print(a)
    print(sorted({3: "c", 1: "a", 2: "b"}.items(), key=operator.itemgetter(1), reverse=True), list(map(operator.attrgetter("real"), [1 + 2j, 3])))


def sec_datetime():
    import datetime as dt, calendar, time
    d = dt.datetime(2021, 3, 4, 5, 6, 7, 891011)
    print(d, d.isoformat(), d.strftime("%Y-%m-%d %H:%M:%S.%f %j %U %W %a %A %b %B %p %y %%"), d.weekday(), d.isocalendar())
    print(d + dt.timedelta(days=400, hours=30, microseconds=5), d - dt.datetime(2000, 1, 1), dt.timedelta(days=-1, seconds=5), dt.timedelta(hours=1) / dt.timedelta(minutes=7))
    utc = dt.timezone.utc; e = dt.datetime(2023, 11, 14, 22, 13, 20, tzinfo=utc)
    print(e.timestamp(), dt.datetime.fromtimestamp(0, utc), dt.datetime.fromtimestamp(1700000000.5, utc), e.astimezone(dt.timezone(dt.timedelta(hours=5, minutes=30))))
    print(dt.datetime.strptime("2020-02-29 23:59:59", "%Y-%m-%d %H:%M:%S") + dt.timedelta(seconds=1), dt.date(2024, 2, 29).toordinal(), dt.date.fromordinal(730000), dt.date.fromisoformat("2019-12-31").replace(year=2020))
    print(dt.datetime.fromisoformat("2011-11-04T00:05:23+04:00"), dt.time(13, 5, 1).strftime("%I:%M %p"), dt.date(2000, 1, 1).ctime(), dt.date(1, 1, 1), dt.date.max)
    print(calendar.isleap(1900), calendar.isleap(2000), calendar.monthrange(2021, 2), calendar.weekday(2021, 3, 4), calendar.timegm((2021, 3, 4, 5, 6, 7, 0, 0, 0)))
    print(calendar.month(2021, 3))
    print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1234567890)), time.mktime(time.strptime("2001-09-09 01:46:40", "%Y-%m-%d %H:%M:%S")), time.gmtime(0)[:6])
    try:
        from zoneinfo import ZoneInfo
        print(dt.datetime(2021, 7, 1, 12, tzinfo=utc).astimezone(ZoneInfo("America/New_York")))
    except Exception as ex:  # no tzdata in the roots: both sides must fail the same way
        print(type(ex).__name__)


def sec_sqlite():
    import sqlite3
    con = sqlite3.connect(":memory:")
    cur = con.cursor()
    cur.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT, score REAL, data BLOB)")
    # scores are k/8, exact in binary: iterdump prints reals with SQLite's
    # "%!.20e", whose digits past the 17th come from long double arithmetic
    # (x87 80-bit on amd64, IEEE binary128 on arm64) and legitimately differ.
    cur.executemany("INSERT INTO t(name, score, data) VALUES (?, ?, ?)",
                    [("n%03d" % i, (i * 37 % 101) / 8, bytes([i % 256]) * 3) for i in range(500)])
    con.commit()
    print(cur.execute("SELECT count(*), sum(score), avg(score), min(name), max(name) FROM t").fetchone())
    print(cur.execute("SELECT name, round(score, 3), hex(data) FROM t WHERE score > 14 ORDER BY score DESC, name LIMIT 5").fetchall())
    con.create_function("rev", 1, lambda s: s[::-1])
    print(cur.execute("SELECT rev(name), length(data) FROM t WHERE id IN (1, 250, 500)").fetchall())
    con.row_factory = sqlite3.Row
    row = con.execute("SELECT id, name FROM t WHERE id = ?", (42,)).fetchone(); print(dict(row), row.keys())
    con.row_factory = None
    print(con.execute("SELECT name, sum(score) OVER (ORDER BY id ROWS 2 PRECEDING) FROM t LIMIT 4").fetchall())
    try:
        con.execute("INSERT INTO t(id, name) VALUES (1, 'dup')")
    except sqlite3.IntegrityError as e:
        print("IntegrityError", e)
    with con:
        con.execute("UPDATE t SET score = score * 2 WHERE id <= 10")
    print(con.execute("SELECT total(score) FROM t WHERE id <= 10").fetchone(), sqlite3.sqlite_version, con.total_changes)
    print("\n".join(list(con.iterdump())[:4]))


def sec_text():
    import unicodedata, textwrap, string, difflib, html, urllib.parse, csv, io
    for ch in "aÅé€😀ß\u0301\u4e2d\u0663":
        print(repr(ch), unicodedata.name(ch, "?"), unicodedata.category(ch), unicodedata.decimal(ch, None), unicodedata.east_asian_width(ch))
    s = "Cafe\u0301 \ufb01 \u2460 Å"
    print([unicodedata.normalize(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")], unicodedata.unidata_version)
    print("straße".upper(), "ǅ".lower(), "ß".casefold(), "İ".lower().encode(), "hello world".title(), "ﬁ".upper())
    print("é".encode("utf-8"), "é".encode("latin-1"), "€".encode("utf-16-le"), b"\xff\xfe".decode("utf-8", "replace"), "x\u00e9".encode("ascii", "xmlcharrefreplace"))
    print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 3, width=30))
    print(string.Template("$who likes ${what}").substitute(who="ada", what="math"), "{:>8}|{:<6}|{:^7}|{:+.3e}|{:,}|{:08.2f}|{:#x}|{!r}".format("r", "l", "c", 12345.678, 10**9, -3.14159, 255, "q"))
    print(f"{3.14159:.2f} {42:05d} {'x':*^9} {1e-7:g} {2**64:_d} {0.5:%} {12:b}")
    print(list(difflib.unified_diff(["a", "b", "c"], ["a", "c", "d"], lineterm="")), difflib.SequenceMatcher(None, "abcd", "bcde").ratio())
    print(html.escape("<a href='x'>&</a>"), urllib.parse.quote("a b/ü?"), urllib.parse.urlparse("https://u@h.org:8080/p;q?x=1#f"))
    buf = io.StringIO(); w = csv.writer(buf); w.writerows([["a", "b,c", 'd"e'], [1, 2.5, None]]); print(repr(buf.getvalue()))
    print(list(csv.reader(io.StringIO('x,"y,z",w\n1,,3\n'))), sorted(["b", "A", "a", "B", "é", "e"]), sorted(["b", "A", "é"], key=str.lower))


def sec_objects():
    import abc, dataclasses, enum, typing

    class Shape(abc.ABC):
        count = 0

        def __init__(self, name):
            self.name = name
            Shape.count += 1

        @abc.abstractmethod
        def area(self): ...

        def __repr__(self):
            return f"{type(self).__name__}({self.name!r}, area={self.area():.3f})"

        def __lt__(self, other):
            return self.area() < other.area()

    class Rect(Shape):
        def __init__(self, w, h, name="rect"):
            super().__init__(name)
            self.w, self.h = w, h

        def area(self):
            return self.w * self.h

    class Square(Rect):
        def __init__(self, s):
            super().__init__(s, s, "square")

    class Circle(Shape):
        def __init__(self, r):
            super().__init__("circle")
            self.r = r

        def area(self):
            return 3.141592653589793 * self.r ** 2

        @property
        def diameter(self):
            return 2 * self.r

        @classmethod
        def unit(cls):
            return cls(1)

        @staticmethod
        def describe():
            return "round"

    shapes = [Rect(3, 4), Square(2.5), Circle(1.5), Circle.unit()]
    print(sorted(shapes), Shape.count, Square.__mro__[1].__name__, isinstance(shapes[1], Rect), Circle.describe(), shapes[2].diameter)
    try:
        Shape("x")
    except TypeError as e:
        print("TypeError", e)

    @dataclasses.dataclass(order=True, frozen=True)
    class Pt:
        x: int
        y: int = 0
        tags: tuple = dataclasses.field(default=(), compare=False)
    print(sorted([Pt(3, 1), Pt(1, 2), Pt(1, 1, ("t",))]), dataclasses.asdict(Pt(5)), Pt(1) == Pt(1, 0, ("z",)), hash(Pt(1, 2)) == hash(Pt(1, 2)))

    class Color(enum.Enum):
        RED = 1
        GREEN = 2
    class Perm(enum.IntFlag):
        R = 4
        W = 2
        X = 1
    print(Color.RED, Color(2).name, list(Color), Perm.R | Perm.W, int(Perm.R | Perm.X), Perm(7))

    class Meta(type):
        def __new__(mcls, name, bases, ns):
            ns["tag"] = name.lower()
            return super().__new__(mcls, name, bases, ns)
    class Tagged(metaclass=Meta):
        __slots__ = ("v",)
    print(Tagged.tag, Tagged.__slots__, typing.get_type_hints(Pt))

    class Chain(Exception):
        pass

    def risky(n):
        try:
            if n == 0:
                raise ValueError("zero")
            return 10 // n
        except ValueError as e:
            raise Chain("wrapped") from e
        finally:
            print("finally", n)
    for n in (2, 0):
        try:
            print(risky(n))
        except Chain as e:
            print(type(e).__name__, e, "cause:", repr(e.__cause__))
    try:
        raise ExceptionGroup("many", [KeyError("k"), OSError(2, "nope")])
    except* KeyError as eg:
        print("caught", eg.exceptions)
    except* OSError as eg:
        print("caught", [(x.errno, x.strerror) for x in eg.exceptions])
    try:
        {}["missing"]
    except LookupError as e:
        print(type(e).__name__, e.args)
    try:
        open("/nonexistent/file")
    except FileNotFoundError as e:
        print(e.errno, e.strerror, e.filename)
    import traceback
    try:
        1 / 0
    except ZeroDivisionError:
        print(traceback.format_exc().splitlines()[-1])

    def gen(n):
        for i in range(n):
            got = yield i * i
            if got:
                print("sent", got)
        return "done"
    g = gen(5)
    print(next(g), next(g), g.send("hi"), list(g))
    def delegate():
        r = yield from gen(3)
        print("result", r)
    print(list(delegate()), sum(x for x in range(1000) if x % 3), list(zip(*[iter(range(9))] * 3)))
    import contextlib
    @contextlib.contextmanager
    def ctx(tag):
        print("enter", tag)
        try:
            yield tag.upper()
        finally:
            print("exit", tag)
    with ctx("a") as A, ctx("b") as B:
        print(A, B)
    with contextlib.suppress(KeyError):
        {}["x"]
    print("suppressed")


def sec_sort():
    import random, array
    rng = random.Random(2024)
    n = 100000
    # the 1e5 keys come from C code (randbytes) so that the time goes to sorting
    ints = array.array("I", rng.randbytes(4 * n)).tolist()
    s = sorted(ints)
    print(s[:3], s[-3:], s[n // 2], sum(s) % 1000003)
    floats = [x / 2**32 for x in ints[:10000]]
    strs = ["%08x" % x for x in ints[:10000]]
    print(sorted(floats)[:2], sorted(strs, reverse=True)[:3], sorted(strs, key=lambda x: x[::-1])[:2])
    recs = sorted((x % 100, -x) for x in ints[:10000])
    print(recs[:3], recs[-1], sorted(set(ints[:1000]))[:3] == sorted(ints[:1000])[:3])
    ints.sort(key=(7).__rmod__); print(ints[:3], ints[-3:])


def sec_system():
    import os, signal, socket, select, mmap, tempfile, shutil, subprocess, threading, queue, errno, resource, time
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        os.write(w, b"child says hi")
        os._exit(7)
    os.close(w)
    print(os.read(r, 100), os.waitpid(pid, 0)[1] >> 8)
    os.close(r)
    print(subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True))
    print(subprocess.check_output("printf 'a\\nb\\n' | wc -l", shell=True).strip())
    p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    print(p.communicate(b"through cat" * 3), p.returncode)
    got = []
    signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
    os.kill(os.getpid(), signal.SIGUSR1)
    print("signals", got, signal.getsignal(signal.SIGINT) is signal.default_int_handler)
    signal.signal(signal.SIGALRM, lambda s, f: got.append("alarm"))
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    time.sleep(0.5)
    print("after alarm", got)
    a, b = socket.socketpair()
    a.sendall(b"ping" * 1000)
    data = b""
    while len(data) < 4000:
        data += b.recv(65536)
    print("socketpair", len(data), data[:8])
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    port = srv.getsockname()[1]
    def serve():
        c, _ = srv.accept()
        with c:
            msg = c.recv(100)
            c.sendall(msg.upper())
    t = threading.Thread(target=serve)
    t.start()
    cl = socket.create_connection(("127.0.0.1", port))
    cl.sendall(b"hello tcp")
    rl, _, _ = select.select([cl], [], [], 5)
    print("tcp", cl.recv(100), len(rl))
    t.join()
    cl.close(); srv.close(); a.close(); b.close()
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.bind(("127.0.0.1", 0))
    u.sendto(b"dgram", u.getsockname()); print("udp", u.recvfrom(10)[0]); u.close()
    q = queue.Queue()
    lock = threading.Lock()
    total = [0]
    def worker(n):
        for i in range(200):
            with lock:
                total[0] += n
        q.put(n)
    ts = [threading.Thread(target=worker, args=(n,)) for n in range(1, 5)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("threads", total[0], sorted(q.get() for _ in range(4)), threading.active_count())
    ev = threading.Event(); res = []
    th = threading.Thread(target=lambda: (ev.wait(5), res.append("woke")))
    th.start(); time.sleep(0.05); ev.set(); th.join(); print(res)
    d = tempfile.mkdtemp(dir=".")
    path = os.path.join(d, "m.bin")
    with open(path, "wb") as f:
        f.write(b"\0" * 8192)
    with open(path, "r+b") as f:
        m = mmap.mmap(f.fileno(), 0)
        m[0:5] = b"hello"; m[4096:4101] = b"world"; m.flush()
        print("mmap", len(m), m[:5], m.find(b"world"))
        m.close()
    with open(path, "rb") as f:
        print(f.read(5), os.path.getsize(path))
    shutil.copy(path, path + ".2"); shutil.make_archive(os.path.join(d, "arc"), "gztar", d, ".")
    print(sorted(os.listdir(d)), shutil.disk_usage(".").total > 0)
    shutil.rmtree(d); print(os.path.exists(d))
    try:
        os.rmdir("/nonexistent-dir")
    except OSError as e:
        print(errno.errorcode[e.errno])
    print(resource.getrlimit(resource.RLIMIT_NOFILE)[0] > 0, os.cpu_count() > 0, os.getcwd().endswith(("g.dir", "n.dir")))
    print(os.environ.get("LC_ALL"), os.get_terminal_size if False else "", os.isatty(0), os.umask(0o22) >= 0)
    import multiprocessing as mp
    with mp.get_context("fork").Pool(2) as pool:
        print("pool", pool.map(abs, range(-5, 5)))


def sec_ctypes():
    import ctypes, ctypes.util
    libc = ctypes.CDLL(None)
    print(libc.strlen(b"hello ctypes"), libc.abs(-42), ctypes.sizeof(ctypes.c_long), ctypes.sizeof(ctypes.c_longdouble))
    buf = ctypes.create_string_buffer(64)
    libc.snprintf(buf, 64, b"%d-%s-%.3f", 7, b"x", ctypes.c_double(2.5))
    print(buf.value)
    arr = (ctypes.c_int * 10)(5, 3, 9, 1, 7, 2, 8, 6, 4, 0)
    CMP = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int))
    libc.qsort(arr, 10, ctypes.sizeof(ctypes.c_int), CMP(lambda a, b: a[0] - b[0]))
    print(list(arr))
    class S(ctypes.Structure):
        _fields_ = [("a", ctypes.c_char), ("b", ctypes.c_int), ("c", ctypes.c_double), ("d", ctypes.c_short * 3)]
    print(ctypes.sizeof(S), S.b.offset, S.c.offset, S.d.offset)
    libm = ctypes.CDLL(ctypes.util.find_library("m") or "libm.so.6")
    libm.pow.restype = ctypes.c_double; libm.pow.argtypes = [ctypes.c_double, ctypes.c_double]
    print(libm.pow(2.0, 0.5), ctypes.util.find_library("c"), ctypes.string_at(ctypes.c_char_p(b"raw"), 3))


def sec_version():
    import platform, sys, os, struct
    print(sys.version_info[:2], sys.byteorder, sys.maxsize, sys.float_info.mant_dig, sys.getrecursionlimit(), struct.calcsize("P"))
    print(sys.implementation.name, sys.platform, os.name, sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.flags.isolated)
    print(platform.python_version(), platform.system())


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print("==", name)
        globals()["sec_" + name]()
