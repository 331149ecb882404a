// MPFR declares real functions, which Swift imports directly; only its pure macros need a wrapper.
#ifndef SOFTCHECK_CMPFR_SHIM_H
#define SOFTCHECK_CMPFR_SHIM_H
#include <gmp.h>
#include <mpfr.h>

static inline __attribute__((__always_inline__)) int cmpfr_sgn(mpfr_srcptr x) { return mpfr_sgn(x); }
static inline __attribute__((__always_inline__)) mpfr_prec_t cmpfr_prec_max(void) { return MPFR_PREC_MAX; }

#endif
