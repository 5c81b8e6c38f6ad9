#!/bin/sh
# tests/bench/chart.sh OUT FILE.svg: a bar chart of tests/bench/run.sh's
# ratios per workload (OUT/ratios.dat: id, dragoman/qemu, dragoman/native,
# CPU time), log scale, with the 1.0 line and the issue's targets (dashed);
# gnuplot (Debian's gnuplot-nox).
out=$1 svg=$2
[ -s "$out/ratios.dat" ] || { echo "chart: no ratios in $out/ratios.dat" >&2; exit 0; }
command -v gnuplot > /dev/null || { echo "chart: gnuplot missing (tests/deps.sh)" >&2; exit 0; }
gnuplot <<EOG
set terminal svg size 1000,480 font "sans,11" background rgb "white"
set output "$svg"
set title "dragoman, CPU time ratios per workload (tests/bench/run.sh; lower is faster)"
set style data histogram
set style histogram clustered gap 1
set style fill solid 0.8 border -1
set logscale y 2
set yrange [0.05:64]
set ytics ("1/16" 0.0625, "1/8" 0.125, "1/4" 0.25, "1/2" 0.5, "1" 1, "2" 2, "4" 4, "8" 8, "16" 16, "32" 32, "64" 64)
set grid ytics
set xtics rotate by -40 noenhanced
set key top left
set arrow from graph 0, first 1 to graph 1, first 1 nohead lw 2 lc rgb "black"
# the issue's geometric-mean targets: dragoman/qemu 0.5 (integer), 0.25 (FP/SIMD); dragoman/native 2.0
set arrow from graph 0, first 0.5 to graph 1, first 0.5 nohead dt 2 lc rgb "#3b7dd8"
set arrow from graph 0, first 0.25 to graph 1, first 0.25 nohead dt 3 lc rgb "#3b7dd8"
set arrow from graph 0, first 2 to graph 1, first 2 nohead dt 2 lc rgb "#e8833a"
plot "$out/ratios.dat" using 2:xtic(1) title "dragoman / qemu-aarch64" lc rgb "#3b7dd8", \
     "" using 3 title "dragoman / native" lc rgb "#e8833a"
EOG
