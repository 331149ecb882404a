// GMP declares its API as macros (`#define mpq_add __gmpq_add`) and function-like macros
// (`mpq_numref`, `mpz_sgn`), none of which Swift can import. Each wrapper here is one line,
// `static inline`, so it inlines away; the prefix `cgmp_` keeps them apart from GMP's own names.
// This header is the package's only contact with GMP: it has no API of its own.
#ifndef SOFTCHECK_CGMP_SHIM_H
#define SOFTCHECK_CGMP_SHIM_H
#include <gmp.h>
#include <stddef.h>

#define CGMP_SHIM static inline __attribute__((__always_inline__))

// mpz
CGMP_SHIM void cgmp_mpz_init(mpz_ptr z) { mpz_init(z); }
CGMP_SHIM void cgmp_mpz_clear(mpz_ptr z) { mpz_clear(z); }
CGMP_SHIM void cgmp_mpz_set(mpz_ptr r, mpz_srcptr a) { mpz_set(r, a); }
CGMP_SHIM void cgmp_mpz_set_si(mpz_ptr r, long v) { mpz_set_si(r, v); }
CGMP_SHIM void cgmp_mpz_set_ui(mpz_ptr r, unsigned long v) { mpz_set_ui(r, v); }
CGMP_SHIM int cgmp_mpz_set_str(mpz_ptr r, const char *s, int base) { return mpz_set_str(r, s, base); }
CGMP_SHIM void cgmp_mpz_add(mpz_ptr r, mpz_srcptr a, mpz_srcptr b) { mpz_add(r, a, b); }
CGMP_SHIM void cgmp_mpz_sub(mpz_ptr r, mpz_srcptr a, mpz_srcptr b) { mpz_sub(r, a, b); }
CGMP_SHIM void cgmp_mpz_mul(mpz_ptr r, mpz_srcptr a, mpz_srcptr b) { mpz_mul(r, a, b); }
CGMP_SHIM void cgmp_mpz_neg(mpz_ptr r, mpz_srcptr a) { mpz_neg(r, a); }
CGMP_SHIM void cgmp_mpz_abs(mpz_ptr r, mpz_srcptr a) { mpz_abs(r, a); }
CGMP_SHIM void cgmp_mpz_tdiv_qr(mpz_ptr q, mpz_ptr r, mpz_srcptr n, mpz_srcptr d) { mpz_tdiv_qr(q, r, n, d); }
CGMP_SHIM void cgmp_mpz_fdiv_q(mpz_ptr q, mpz_srcptr n, mpz_srcptr d) { mpz_fdiv_q(q, n, d); }
CGMP_SHIM void cgmp_mpz_divexact(mpz_ptr q, mpz_srcptr n, mpz_srcptr d) { mpz_divexact(q, n, d); }
CGMP_SHIM unsigned long cgmp_mpz_fdiv_ui(mpz_srcptr n, unsigned long d) { return mpz_fdiv_ui(n, d); }
CGMP_SHIM int cgmp_mpz_divisible_p(mpz_srcptr n, mpz_srcptr d) { return mpz_divisible_p(n, d); }
CGMP_SHIM void cgmp_mpz_gcd(mpz_ptr r, mpz_srcptr a, mpz_srcptr b) { mpz_gcd(r, a, b); }
CGMP_SHIM void cgmp_mpz_pow_ui(mpz_ptr r, mpz_srcptr b, unsigned long e) { mpz_pow_ui(r, b, e); }
CGMP_SHIM void cgmp_mpz_ui_pow_ui(mpz_ptr r, unsigned long b, unsigned long e) { mpz_ui_pow_ui(r, b, e); }
CGMP_SHIM void cgmp_mpz_mul_2exp(mpz_ptr r, mpz_srcptr a, mp_bitcnt_t n) { mpz_mul_2exp(r, a, n); }
CGMP_SHIM void cgmp_mpz_tdiv_q_2exp(mpz_ptr r, mpz_srcptr a, mp_bitcnt_t n) { mpz_tdiv_q_2exp(r, a, n); }
CGMP_SHIM mp_bitcnt_t cgmp_mpz_scan1(mpz_srcptr a, mp_bitcnt_t start) { return mpz_scan1(a, start); }
CGMP_SHIM int cgmp_mpz_cmp(mpz_srcptr a, mpz_srcptr b) { return mpz_cmp(a, b); }
CGMP_SHIM int cgmp_mpz_cmp_si(mpz_srcptr a, long v) { return mpz_cmp_si(a, v); }
CGMP_SHIM int cgmp_mpz_sgn(mpz_srcptr a) { return mpz_sgn(a); }
CGMP_SHIM int cgmp_mpz_fits_slong_p(mpz_srcptr a) { return mpz_fits_slong_p(a); }
CGMP_SHIM long cgmp_mpz_get_si(mpz_srcptr a) { return mpz_get_si(a); }
CGMP_SHIM size_t cgmp_mpz_sizeinbase(mpz_srcptr a, int base) { return mpz_sizeinbase(a, base); }
CGMP_SHIM char *cgmp_mpz_get_str(char *buf, int base, mpz_srcptr a) { return mpz_get_str(buf, base, a); }
CGMP_SHIM size_t cgmp_mpz_size(mpz_srcptr a) { return mpz_size(a); }
CGMP_SHIM mp_limb_t cgmp_mpz_getlimbn(mpz_srcptr a, mp_size_t n) { return mpz_getlimbn(a, n); }
CGMP_SHIM int cgmp_mpz_perfect_power_p(mpz_srcptr a) { return mpz_perfect_power_p(a); }
CGMP_SHIM int cgmp_mpz_root(mpz_ptr r, mpz_srcptr a, unsigned long n) { return mpz_root(r, a, n); }
CGMP_SHIM int cgmp_mpz_probab_prime_p(mpz_srcptr a, int reps) { return mpz_probab_prime_p(a, reps); }

// mpq
CGMP_SHIM void cgmp_mpq_init(mpq_ptr q) { mpq_init(q); }
CGMP_SHIM void cgmp_mpq_clear(mpq_ptr q) { mpq_clear(q); }
CGMP_SHIM void cgmp_mpq_set(mpq_ptr r, mpq_srcptr a) { mpq_set(r, a); }
CGMP_SHIM void cgmp_mpq_set_si(mpq_ptr r, long n, unsigned long d) { mpq_set_si(r, n, d); }
CGMP_SHIM void cgmp_mpq_set_z(mpq_ptr r, mpz_srcptr a) { mpq_set_z(r, a); }
CGMP_SHIM void cgmp_mpq_set_num(mpq_ptr r, mpz_srcptr a) { mpq_set_num(r, a); }
CGMP_SHIM void cgmp_mpq_set_den(mpq_ptr r, mpz_srcptr a) { mpq_set_den(r, a); }
CGMP_SHIM void cgmp_mpq_canonicalize(mpq_ptr q) { mpq_canonicalize(q); }
CGMP_SHIM void cgmp_mpq_add(mpq_ptr r, mpq_srcptr a, mpq_srcptr b) { mpq_add(r, a, b); }
CGMP_SHIM void cgmp_mpq_sub(mpq_ptr r, mpq_srcptr a, mpq_srcptr b) { mpq_sub(r, a, b); }
CGMP_SHIM void cgmp_mpq_mul(mpq_ptr r, mpq_srcptr a, mpq_srcptr b) { mpq_mul(r, a, b); }
CGMP_SHIM void cgmp_mpq_div(mpq_ptr r, mpq_srcptr a, mpq_srcptr b) { mpq_div(r, a, b); }
CGMP_SHIM void cgmp_mpq_neg(mpq_ptr r, mpq_srcptr a) { mpq_neg(r, a); }
CGMP_SHIM void cgmp_mpq_abs(mpq_ptr r, mpq_srcptr a) { mpq_abs(r, a); }
CGMP_SHIM void cgmp_mpq_inv(mpq_ptr r, mpq_srcptr a) { mpq_inv(r, a); }
CGMP_SHIM int cgmp_mpq_cmp(mpq_srcptr a, mpq_srcptr b) { return mpq_cmp(a, b); }
CGMP_SHIM int cgmp_mpq_equal(mpq_srcptr a, mpq_srcptr b) { return mpq_equal(a, b); }
CGMP_SHIM int cgmp_mpq_sgn(mpq_srcptr a) { return mpq_sgn(a); }
CGMP_SHIM mpz_ptr cgmp_mpq_numref(mpq_ptr q) { return mpq_numref(q); }
CGMP_SHIM mpz_ptr cgmp_mpq_denref(mpq_ptr q) { return mpq_denref(q); }
CGMP_SHIM mpz_srcptr cgmp_mpq_numref_const(mpq_srcptr q) { return mpq_numref(q); }
CGMP_SHIM mpz_srcptr cgmp_mpq_denref_const(mpq_srcptr q) { return mpq_denref(q); }
CGMP_SHIM double cgmp_mpq_get_d(mpq_srcptr q) { return mpq_get_d(q); }

#endif
