# CPU-bound Python in the style of pyperformance: integer loops and dicts,
# classes and method calls, generators, regular expressions, json.
# Prints deterministic checksums (compared against the native run).
import json, re, sys

scale = int(sys.argv[1]) if len(sys.argv) > 1 else 1

def rng(seed):
    x = seed
    while True:
        x = (x * 16807) % 2147483647
        yield x

def loops(n):
    d = {}
    g = rng(7)
    for i in range(n):
        k = next(g) % 5003
        d[k] = d.get(k, 0) + (i * i) % 7
    return sum(d.values()) + len(d)

class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def scale(self, k):
        return Vec(self.x * k, self.y * k)

def objects(n):
    v = Vec(0, 0)
    for i in range(n):
        v = v.add(Vec(i % 13, i % 7)).scale(1 if i % 3 else -1)
    return v.x * 31 + v.y

def nqueens(n):
    cols = range(n)
    count = 0
    def place(row, used, d1, d2):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in cols:
            if c not in used and (row + c) not in d1 and (row - c) not in d2:
                used.add(c); d1.add(row + c); d2.add(row - c)
                place(row + 1, used, d1, d2)
                used.discard(c); d1.discard(row + c); d2.discard(row - c)
    place(0, set(), set(), set())
    return count

WORDS = ["alpha", "beta", "gamma", "delta", "user42", "x-ray", "mail", "host.example.org",
         "2026-12-07", "error", "warn", "info", "id=1234", "key: value", "foo@bar.com"]

def text(n):
    g = rng(11)
    return "\n".join(" ".join(WORDS[next(g) % len(WORDS)] for _ in range(12)) for _ in range(n))

def regex(t):
    mail = re.compile(r"[\w.]+@[\w.]+\.\w+")
    date = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
    kv = re.compile(r"(\w+)[=:]\s*(\w+)")
    a = len(mail.findall(t))
    b = sum(int(m.group(1)) + int(m.group(3)) for m in date.finditer(t))
    c = len(kv.findall(t))
    d = len(re.sub(r"\b(\w)(\w*)\b", lambda m: m.group(2) + m.group(1), t))
    return a, b, c, d

def js(n):
    g = rng(3)
    doc = [{"id": i, "name": WORDS[next(g) % len(WORDS)], "tags": [next(g) % 100 for _ in range(5)],
            "score": (next(g) % 10000) / 100.0, "ok": i % 2 == 0} for i in range(n)]
    s = json.dumps(doc, sort_keys=True)
    back = json.loads(s)
    return len(s), sum(x["tags"][2] for x in back), round(sum(x["score"] for x in back), 2)

for _ in range(scale):
    print("loops", loops(600000))
    print("objects", objects(300000))
    print("nqueens", nqueens(8))
    print("regex", regex(text(6000)))
    print("json", js(30000))
