// One C++ translation unit for the compile workload of tests/bench/run.sh:
// the standard library's heavy headers (iostream, containers, algorithms,
// variant, function) and templates instantiated over several types, compiled with
// -O2 (the object file is compared between dragoman and qemu-aarch64).
#include <algorithm>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <numeric>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <unordered_map>
#include <variant>
#include <vector>

template <typename K, typename V>
struct Table {
	std::map<K, V> ordered;
	std::unordered_map<K, std::vector<V>> groups;
	void add(const K &k, const V &v) { ordered[k] = v; groups[k].push_back(v); }
	template <typename F> V fold(F f, V init) const {
		for (auto &[k, v] : ordered) init = f(init, v);
		return init;
	}
	std::vector<std::pair<K, V>> sorted() const {
		std::vector<std::pair<K, V>> out(ordered.begin(), ordered.end());
		std::stable_sort(out.begin(), out.end(), [](auto &a, auto &b) { return a.second < b.second; });
		return out;
	}
};

using Value = std::variant<long, double, std::string>;

static std::string show(const Value &v)
{
	return std::visit([](auto &&x) {
		std::ostringstream o;
		o << x;
		return o.str();
	}, v);
}

int main(int argc, char **argv)
{
	Table<std::string, long> a;
	Table<long, double> b;
	Table<int, std::string> c;
	for (int i = 0; i < argc * 100; i++) {
		a.add(std::to_string(i % 37), i);
		b.add(i % 11, i * 0.5);
		c.add(i % 7, std::string(argv[0]).substr(0, i % 5));
	}
	std::set<std::tuple<int, long, std::string>> s;
	for (auto &[k, v] : a.sorted()) s.emplace(static_cast<int>(k.size()), v, k);
	std::vector<Value> vals{1L, 2.5, std::string("x")};
	std::string joined = std::accumulate(vals.begin(), vals.end(), std::string(),
		[](std::string acc, const Value &v) { return acc + show(v); });
	auto shared = std::make_shared<std::vector<int>>(100);
	std::iota(shared->begin(), shared->end(), 0);
	std::function<long(long)> fib = [&](long n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); };
	std::cout << a.fold(std::plus<long>(), 0) << ' ' << b.fold(std::plus<double>(), 0.0) << ' '
		<< c.sorted().size() << ' ' << s.size() << ' ' << joined << ' '
		<< std::count_if(shared->begin(), shared->end(), [](int x) { return x % 3 == 0; }) << ' '
		<< fib(20) << '\n';
	return 0;
}
