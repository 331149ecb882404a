// The benchmark's reference loops, in plain C on GMP: what `Rational +=` and `+` are measured against.
#ifndef SOFTCHECK_CGMP_BENCH_LOOP_H
#define SOFTCHECK_CGMP_BENCH_LOOP_H
/// Adds the fractions (k%7+1)/(k%5+2), k = 0..<count, in place into one accumulator; returns a checksum.
double cgmp_bench_sum_in_place(long count);
/// The same sum, but each partial sum is a freshly initialised mpq_t (init, add, clear per step).
double cgmp_bench_sum_fresh(long count);
#endif
