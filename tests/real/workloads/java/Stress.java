// tests/real_java.t: what JIT code does through signals and patching:
// implicit null checks (a load that faults, SIGSEGV mapped back by pc),
// array bounds, division by zero, class casts, a stack overflow (guard
// pages), a monomorphic call site turned megamorphic (deoptimization),
// locks, atomics and a thread pool.  Exact values only.
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import java.math.BigInteger;

public class Stress {
    static int depth;
    static void recurse() { depth++; recurse(); }
    static int npeLoop(int[][] a) {
        int caught = 0;
        for (int i = 0; i < a.length; i++) {
            try { caught += a[i].length; } catch (NullPointerException e) { caught += 1000; }
        }
        return caught;
    }
    static int aioobe(int[] a, int n) {
        int c = 0;
        for (int i = 0; i < n; i++) { try { c += a[i % (a.length + 3)]; } catch (ArrayIndexOutOfBoundsException e) { c -= 7; } }
        return c;
    }
    interface Op { long apply(long x); }
    static long runOps(Op[] ops, int n) { long h = 1; for (int i = 0; i < n; i++) h = ops[i % ops.length].apply(h) ^ i; return h; }
    static int divs(int n) { int c = 0; for (int i = -n; i < n; i++) { try { c += 1000000 / (i % 50); } catch (ArithmeticException e) { c++; } } return c; }
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200000;
        int[][] a = new int[n][];
        for (int i = 0; i < n; i++) if (i % 97 != 0) a[i] = new int[i % 5];
        long npe = 0;
        for (int r = 0; r < 5; r++) npe += npeLoop(a);
        System.out.println("npe " + npe);
        System.out.println("aioobe " + aioobe(new int[]{1, 2, 3, 4, 5}, n));
        System.out.println("div " + divs(n));
        Op[] ops1 = { x -> x * 3 + 1 };
        long h1 = runOps(ops1, n);
        Op[] ops2 = { x -> x * 3 + 1, x -> x ^ (x >>> 7), x -> Long.rotateLeft(x, 5) };
        long h2 = runOps(ops2, n);
        System.out.println("ops " + h1 + " " + h2);
        try { recurse(); } catch (StackOverflowError e) { System.out.println("soe " + (depth > 1000)); }
        Object[] objs = { "s", 1, 2L, 3.0, 'c' };
        int cce = 0;
        for (int i = 0; i < n; i++) { try { String s = (String) objs[i % objs.length]; cce += s.length(); } catch (ClassCastException e) { cce += 2; } }
        System.out.println("cce " + cce);
        ConcurrentHashMap<Integer, Integer> m = new ConcurrentHashMap<>();
        AtomicLong al = new AtomicLong();
        Object lock = new Object();
        long[] shared = new long[1];
        ExecutorService ex = Executors.newFixedThreadPool(4);
        List<Future<Long>> fs = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            final int id = t;
            fs.add(ex.submit(() -> {
                long s = 0;
                for (int i = 0; i < n / 4; i++) {
                    m.merge(i % 1000, 1, Integer::sum);
                    al.addAndGet(i ^ id);
                    if (i % 16 == 0) synchronized (lock) { shared[0] += i; }
                    s += i * (long) id;
                }
                return s;
            }));
        }
        long fsum = 0;
        for (Future<Long> f : fs) fsum += f.get();
        ex.shutdown();
        ex.awaitTermination(1, TimeUnit.MINUTES);
        long msum = 0; for (int v : m.values()) msum += v;
        System.out.println("conc " + fsum + " " + msum + " " + al.get() + " " + shared[0]);
        BigInteger b = BigInteger.ONE;
        for (int i = 1; i < 300; i++) b = b.multiply(BigInteger.valueOf(i));
        System.out.println("big " + b.toString().hashCode() + " " + b.bitLength());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) sb.append(String.format("%d:%.3f;", i, i / 7.0));
        System.out.println("fmt " + sb.toString().hashCode() + " " + Double.parseDouble("3.14159e10") + " " + StrictMath.sin(1.0));
        String txt = "the quick brown fox jumps over the lazy dog ".repeat(500);
        Map<String, Long> freq = new TreeMap<>();
        for (String w : txt.split(" ")) freq.merge(w, 1L, Long::sum);
        System.out.println("freq " + freq);
    }
}
