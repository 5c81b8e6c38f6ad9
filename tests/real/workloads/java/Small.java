// tests/real_java.t: a small class run with -Xcomp (every method compiled
// before its first call) and with -Xint; compiled natively by the amd64 twin.
public class Small {
    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
    public static void main(String[] args) {
        long h = 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) { h = h * 31 + Integer.toString(i * i).hashCode(); sb.append((char) ('a' + i % 26)); }
        System.out.println("fib " + fib(24) + " hash " + h + " sb " + sb.toString().hashCode());
    }
}
