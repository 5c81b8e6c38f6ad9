// tests/real_java.t: a multi-class program run through the source launcher
// (java Main.java: javac runs in the guest JVM first).  Every line is an
// exact value (a hash over collections, string builders, a stream, threads
// joined), so the arm64 run under dragoman must print what amd64 prints.
import java.util.*;
import java.util.stream.*;

public class Main {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20000;
        Shapes s = new Shapes(n);
        System.out.println("area " + s.totalArea());
        Map<String, Integer> words = new TreeMap<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String w = "w" + (i * 7919 % 613);
            words.merge(w, 1, Integer::sum);
            if (i % 1000 == 0) sb.append(w).append(',');
        }
        System.out.println("words " + words.size() + " " + words.hashCode() + " " + sb.toString().hashCode());
        List<Long> sq = LongStream.range(0, n).map(x -> x * x % 10007).boxed().collect(Collectors.toList());
        System.out.println("stream " + sq.stream().mapToLong(Long::longValue).sum() + " " + sq.hashCode());
        Worker[] ws = new Worker[4];
        for (int t = 0; t < ws.length; t++) { ws[t] = new Worker(t, n); ws[t].start(); }
        long tot = 0;
        for (Worker w : ws) { w.join(); tot += w.result; }
        System.out.println("threads " + tot);
    }
}

abstract class Shape { abstract double area(); }
class Rect extends Shape { final double w, h; Rect(double w, double h) { this.w = w; this.h = h; } double area() { return w * h; } }
class Circle extends Shape { final double r; Circle(double r) { this.r = r; } double area() { return Math.PI * r * r; } }
class Shapes {
    final List<Shape> list = new ArrayList<>();
    Shapes(int n) { for (int i = 0; i < n; i++) list.add(i % 3 == 0 ? new Circle(i % 17) : new Rect(i % 13, i % 7)); }
    long totalArea() { double a = 0; for (Shape s : list) a += s.area(); return Math.round(a); }
}
class Worker extends Thread {
    final int id, n; long result;
    Worker(int id, int n) { this.id = id; this.n = n; }
    public void run() { long h = id; for (int i = 0; i < n * 10; i++) h = h * 31 + (i ^ id); result = h & 0xffffff; }
}
