#include "CGMPBenchLoop.h"
#include <gmp.h>

static void fill(mpq_t *xs) {
  for (int k = 0; k < 35; k++) { mpq_init(xs[k]); mpq_set_si(xs[k], k % 7 + 1, (unsigned long)(k % 5 + 2)); mpq_canonicalize(xs[k]); }
}

double cgmp_bench_sum_in_place(long count) {
  mpq_t xs[35]; fill(xs);
  mpq_t acc; mpq_init(acc);
  for (long i = 0; i < count; i++) {
    mpq_add(acc, acc, xs[i % 35]);
    if ((i & 1023) == 1023) mpq_set_si(acc, 0, 1);  // keep the operands one limb, as in the Swift loop
  }
  double r = mpq_get_d(acc);
  mpq_clear(acc); for (int k = 0; k < 35; k++) mpq_clear(xs[k]);
  return r;
}

double cgmp_bench_sum_fresh(long count) {
  mpq_t xs[35]; fill(xs);
  mpq_t acc; mpq_init(acc);
  for (long i = 0; i < count; i++) {
    mpq_t next; mpq_init(next);
    mpq_add(next, acc, xs[i % 35]);
    mpq_swap(acc, next);
    mpq_clear(next);
    if ((i & 1023) == 1023) mpq_set_si(acc, 0, 1);
  }
  double r = mpq_get_d(acc);
  mpq_clear(acc); for (int k = 0; k < 35; k++) mpq_clear(xs[k]);
  return r;
}
