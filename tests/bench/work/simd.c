/* Loops gcc -O3 vectorizes (NEON on aarch64, SSE2 on x86_64): float
 * multiply-add over arrays, an int16 3x3 convolution with saturation,
 * byte histogram-free compares and a float minimum/maximum scan.
 * Built with -ffp-contract=off so that the native and the guest build round
 * alike and the checksum is compared against native. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

enum { N = 1 << 16, W = 512, H = 256 };
static float xa[N], ya[N], za[N];
static int16_t img[H][W], out[H][W];
static uint8_t ba[N], bb[N];

int main(int argc, char **argv)
{
	long reps = argc > 1 ? atol(argv[1]) : 100;
	uint32_t s = 12345;
	for (int i = 0; i < N; i++) {
		s = s * 1103515245u + 12345u;
		xa[i] = (float)(s >> 16) / 65536.0f; ya[i] = (float)(s & 0xffff) / 65536.0f;
		ba[i] = s >> 24; bb[i] = s >> 8;
	}
	for (int y = 0; y < H; y++)
		for (int x = 0; x < W; x++) { s = s * 1103515245u + 12345u; img[y][x] = (int16_t)(s >> 17) - 8192; }
	double acc = 0;
	uint64_t ic = 0;
	for (long r = 0; r < reps; r++) {
		float k = 0.5f + (float)(r % 7) * 0.125f;
		for (int i = 0; i < N; i++) za[i] = xa[i] * k + ya[i] * (1.0f - k);
		for (int i = 0; i < N; i++) ya[i] = za[i] * 0.75f + xa[i] * 0.25f;
		float mn = za[0], mx = za[0];
		for (int i = 0; i < N; i++) { mn = za[i] < mn ? za[i] : mn; mx = za[i] > mx ? za[i] : mx; }
		acc += mx - mn;
		for (int y = 1; y < H - 1; y++)
			for (int x = 1; x < W - 1; x++) {
				int v = img[y - 1][x] + img[y + 1][x] + img[y][x - 1] + img[y][x + 1] - 4 * img[y][x];
				out[y][x] = (int16_t)(v > 32767 ? 32767 : v < -32768 ? -32768 : v);
			}
		for (int y = 1; y < H - 1; y++)
			for (int x = 1; x < W - 1; x++) img[y][x] = (int16_t)((img[y][x] + (out[y][x] >> 3)) >> 1);
		unsigned cnt = 0;
		for (int i = 0; i < N; i++) cnt += (uint8_t)(ba[i] + r) > bb[i];
		ic += cnt;
	}
	int64_t sum = 0;
	for (int y = 0; y < H; y++)
		for (int x = 0; x < W; x++) sum += img[y][x] * (x + 1);
	double fs = 0;
	for (int i = 0; i < N; i++) fs += ya[i];
	printf("%.6f %.6f %lld %llu\n", acc, fs, (long long)sum, (unsigned long long)ic);
	return 0;
}
