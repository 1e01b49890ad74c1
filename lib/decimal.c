/* SPDX-License-Identifier: MIT */
/* Exact decimals: a signed coefficient of at most 38 digits times a power of ten. */
#include <limits.h>
#include <string.h>

#include "private.h"

/* 128 bits hold any 38-digit coefficient; gcc and clang both provide the type. */
__extension__ typedef unsigned __int128 u128;

enum { MAX_DIGITS = 38, MIN_EXP = -40, MAX_EXP = 40 };

/* Intermediate results (a product of two coefficients, an aligned sum, a scaled dividend)
   need up to about 10^77, so they live in 320 bits: 64-bit limbs, least significant first. */
enum { BIG_LIMBS = 5, BIG_BITS = BIG_LIMBS * 64 };

typedef struct big {
  uint64_t w[BIG_LIMBS];
} big;

/* A decimal taken apart. Sign and magnitude are easier to reason about than two's
   complement once values have to be aligned and rounded. */
typedef struct parts {
  bool neg;
  u128 mag;
  int32_t exp;
} parts;

/* How a division's remainder compares with half the divisor, for rounding. */
typedef enum rem_class { REM_ZERO, REM_BELOW_HALF, REM_HALF, REM_ABOVE_HALF } rem_class;

static const uint64_t POW10_U64[20] = {1u,
                                       10u,
                                       100u,
                                       1000u,
                                       10000u,
                                       100000u,
                                       1000000u,
                                       10000000u,
                                       100000000u,
                                       1000000000u,
                                       10000000000u,
                                       100000000000u,
                                       1000000000000u,
                                       10000000000000u,
                                       100000000000000u,
                                       1000000000000000u,
                                       10000000000000000u,
                                       100000000000000000u,
                                       1000000000000000000u,
                                       10000000000000000000u};

/* 10^n for 0 <= n <= 38. */
static u128 pow10_u128(int n) {
  if (n <= 19)
    return POW10_U64[n];
  return (u128)POW10_U64[19] * POW10_U64[n - 19];
}

/* Every valid coefficient is strictly below this. */
static u128 coef_limit(void) { return pow10_u128(MAX_DIGITS); }

/* Decimal digits of m (1 for zero); 39 for anything at or above 10^38. */
static int digit_count(u128 m) {
  int n = 1;
  while (n <= MAX_DIGITS && m >= pow10_u128(n))
    n++;
  return n;
}

static int32_t clamp_exponent(int64_t e) {
  if (e < MIN_EXP)
    return MIN_EXP;
  if (e > MAX_EXP)
    return MAX_EXP;
  return (int32_t)e;
}

/* ---- 320-bit magnitudes ------------------------------------------------------------- */

static big big_from_u128(u128 v) {
  big b;
  memset(&b, 0, sizeof b);
  b.w[0] = (uint64_t)v;
  b.w[1] = (uint64_t)(v >> 64);
  return b;
}

static bool big_is_zero(const big *a) {
  for (int i = 0; i < BIG_LIMBS; i++)
    if (a->w[i])
      return false;
  return true;
}

static int big_cmp(const big *a, const big *b) {
  for (int i = BIG_LIMBS - 1; i >= 0; i--)
    if (a->w[i] != b->w[i])
      return a->w[i] < b->w[i] ? -1 : 1;
  return 0;
}

/* Returns false when the value no longer fits 128 bits. */
static bool big_to_u128(const big *a, u128 *out) {
  for (int i = 2; i < BIG_LIMBS; i++)
    if (a->w[i])
      return false;
  *out = ((u128)a->w[1] << 64) | a->w[0];
  return true;
}

/* Returns false (value garbled) if the product needs more than 320 bits. */
static bool big_mul_small(big *a, uint64_t m) {
  uint64_t carry = 0;
  for (int i = 0; i < BIG_LIMBS; i++) {
    u128 t = (u128)a->w[i] * m + carry;
    a->w[i] = (uint64_t)t;
    carry = (uint64_t)(t >> 64);
  }
  return carry == 0;
}

static bool big_mul_pow10(big *a, int64_t n) {
  for (; n > 0; n -= 19)
    if (!big_mul_small(a, POW10_U64[n < 19 ? n : 19]))
      return false;
  return true;
}

/* Divides in place and returns the remainder; d must not be zero. */
static uint64_t big_div_small(big *a, uint64_t d) {
  uint64_t rem = 0;
  for (int i = BIG_LIMBS - 1; i >= 0; i--) {
    u128 cur = ((u128)rem << 64) | a->w[i];
    a->w[i] = (uint64_t)(cur / d);
    rem = (uint64_t)(cur % d);
  }
  return rem;
}

static bool big_add(big *a, const big *b) {
  uint64_t carry = 0;
  for (int i = 0; i < BIG_LIMBS; i++) {
    u128 t = (u128)a->w[i] + b->w[i] + carry;
    a->w[i] = (uint64_t)t;
    carry = (uint64_t)(t >> 64);
  }
  return carry == 0;
}

/* a -= b, with a >= b. */
static void big_sub(big *a, const big *b) {
  uint64_t borrow = 0;
  for (int i = 0; i < BIG_LIMBS; i++) {
    uint64_t x = a->w[i], y = b->w[i];
    uint64_t d = x - y - borrow;
    borrow = (x < y || (x == y && borrow)) ? 1u : 0u;
    a->w[i] = d;
  }
}

static big big_mul_u128(u128 a, u128 b) {
  const uint64_t x[2] = {(uint64_t)a, (uint64_t)(a >> 64)};
  const uint64_t y[2] = {(uint64_t)b, (uint64_t)(b >> 64)};
  big r = big_from_u128(0);
  for (int i = 0; i < 2; i++) {
    uint64_t carry = 0;
    for (int j = 0; j < 2; j++) {
      /* (2^64-1)^2 + 2 * (2^64-1) is exactly 2^128-1, so this cannot wrap. */
      u128 t = (u128)x[i] * y[j] + r.w[i + j] + carry;
      r.w[i + j] = (uint64_t)t;
      carry = (uint64_t)(t >> 64);
    }
    r.w[i + 2] = carry;
  }
  return r;
}

static bool big_bit(const big *a, int bit) { return (a->w[bit / 64] >> (bit % 64)) & 1u; }

static void big_shl1(big *a) {
  for (int i = BIG_LIMBS - 1; i > 0; i--)
    a->w[i] = (a->w[i] << 1) | (a->w[i - 1] >> 63);
  a->w[0] <<= 1;
}

/* Schoolbook binary long division; d is nonzero and below 2^319, so r never overflows. */
static void big_divmod(const big *n, const big *d, big *q, big *r) {
  *q = big_from_u128(0);
  *r = big_from_u128(0);
  for (int bit = BIG_BITS - 1; bit >= 0; bit--) {
    big_shl1(r);
    r->w[0] |= big_bit(n, bit) ? 1u : 0u;
    if (big_cmp(r, d) >= 0) {
      big_sub(r, d);
      q->w[bit / 64] |= (uint64_t)1 << (bit % 64);
    }
  }
}

/* ---- packing ------------------------------------------------------------------------ */

static parts unpack(earn_decimal d) {
  u128 raw = ((u128)(uint64_t)d.coef_hi << 64) | d.coef_lo;
  parts p;
  p.neg = d.coef_hi < 0;
  p.mag = p.neg ? (u128)0 - raw : raw;
  p.exp = d.exponent;
  return p;
}

static bool is_valid(parts p) {
  return p.mag < coef_limit() && p.exp >= MIN_EXP && p.exp <= MAX_EXP;
}

/* Zero never carries a sign: two's complement has no negative zero. */
static earn_decimal pack(bool neg, u128 mag, int32_t exp) {
  u128 raw = neg ? (u128)0 - mag : mag;
  uint64_t hi = (uint64_t)(raw >> 64);
  earn_decimal d;
  memset(&d, 0, sizeof d); /* padding too, so callers may memcmp results */
  d.coef_lo = (uint64_t)raw;
  /* Spelled out because converting an out-of-range value to int64_t is
     implementation-defined. */
  d.coef_hi = hi > (uint64_t)INT64_MAX ? -(int64_t)~hi - 1 : (int64_t)hi;
  d.exponent = exp;
  return d;
}

/* Moves trailing zeros into the exponent, but never past max_exp. */
static parts strip_trailing_zeros(parts p, int32_t max_exp) {
  while (p.mag != 0 && p.mag % 10 == 0 && p.exp < max_exp) {
    p.mag /= 10;
    p.exp++;
  }
  return p;
}

/*
 * Store the exact value m * 10^e as a decimal, with the exponent as close to `preferred` as
 * the limits allow: trailing zeros are dropped when the coefficient is too long or the
 * exponent too small, and zeros are added back to bring a too-large exponent into range.
 */
static earn_status fit(const big *m, int64_t e, int64_t preferred, bool neg, earn_decimal *out) {
  int32_t target = clamp_exponent(preferred);
  big x = *m;
  if (big_is_zero(&x)) {
    *out = pack(false, 0, target);
    return EARN_OK;
  }
  for (;;) {
    big t = x;
    if (big_div_small(&t, 10) != 0)
      break;
    x = t;
    e++;
  }
  u128 v;
  if (!big_to_u128(&x, &v) || v >= coef_limit() || e < MIN_EXP)
    return EARN_ERR_OVERFLOW;
  const u128 room = pow10_u128(MAX_DIGITS - 1);
  while (e > target && v < room) {
    v *= 10;
    e--;
  }
  if (e > MAX_EXP)
    return EARN_ERR_OVERFLOW;
  *out = pack(neg, v, (int32_t)e);
  return EARN_OK;
}

/* ---- construction and inspection ----------------------------------------------------- */

earn_decimal earn_decimal_make(uint64_t coef, bool negative, int32_t exponent) {
  return pack(negative, coef, exponent);
}

bool earn_decimal_is_zero(earn_decimal d) { return d.coef_lo == 0 && d.coef_hi == 0; }

earn_decimal earn_decimal_from_int(int64_t value) {
  bool neg = value < 0;
  uint64_t mag = neg ? (uint64_t)0 - (uint64_t)value : (uint64_t)value;
  return pack(neg, mag, 0);
}

int earn_decimal_sign(earn_decimal d) {
  if (d.coef_hi < 0)
    return -1;
  return earn_decimal_is_zero(d) ? 0 : 1;
}

earn_decimal earn_decimal_negate(earn_decimal d) {
  parts p = unpack(d);
  if (p.mag == 0)
    return d;
  return pack(!p.neg, p.mag, p.exp);
}

earn_decimal earn_decimal_normalize(earn_decimal d) {
  parts p = unpack(d);
  if (p.mag == 0)
    return pack(false, 0, 0);
  p = strip_trailing_zeros(p, MAX_EXP); /* the result must stay a valid decimal */
  return pack(p.neg, p.mag, p.exp);
}

/* Compares |x| and |y| (both nonzero) without aligning them when that would overflow. */
static int cmp_magnitude(parts x, parts y) {
  /* The position of the leading digit decides unless the two share it. */
  int64_t top_x = (int64_t)digit_count(x.mag) + x.exp;
  int64_t top_y = (int64_t)digit_count(y.mag) + y.exp;
  if (top_x != top_y)
    return top_x < top_y ? -1 : 1;
  /* Same leading position: the exponents differ by at most 38, so aligning fits. */
  big bx = big_from_u128(x.mag), by = big_from_u128(y.mag);
  if (x.exp > y.exp)
    big_mul_pow10(&bx, (int64_t)x.exp - y.exp);
  else
    big_mul_pow10(&by, (int64_t)y.exp - x.exp);
  return big_cmp(&bx, &by);
}

static int parts_sign(parts p) {
  if (p.mag == 0)
    return 0;
  return p.neg ? -1 : 1;
}

int earn_decimal_cmp(earn_decimal a, earn_decimal b) {
  parts x = unpack(a), y = unpack(b);
  int sx = parts_sign(x), sy = parts_sign(y);
  if (sx != sy)
    return sx < sy ? -1 : 1;
  if (sx == 0)
    return 0;
  int c = cmp_magnitude(x, y);
  return sx < 0 ? -c : c;
}

/* ---- text ----------------------------------------------------------------------------- */

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

earn_status earn_decimal_parse(const char *s, size_t len, earn_decimal *out, earn_error *err) {
  if (!s || !out)
    return earn_error_set(err, EARN_ERR_ARG, SIZE_MAX, "NULL string or output");
  size_t i = 0;
  bool neg = false;
  if (i < len && (s[i] == '+' || s[i] == '-')) {
    neg = s[i] == '-';
    i++;
  }
  u128 mag = 0;
  int significant = 0, fraction = 0, dropped_zeros = 0;
  bool any_digit = false, seen_point = false;
  for (; i < len; i++) {
    char c = s[i];
    if (c == '.' && !seen_point) {
      seen_point = true;
      continue;
    }
    if (!is_digit(c))
      break;
    any_digit = true;
    if (seen_point && ++fraction > -MIN_EXP)
      return earn_error_set(err, EARN_ERR_OVERFLOW, i, "more than %d digits after the point",
                            -MIN_EXP);
    if (mag == 0 && c == '0')
      continue; /* a leading zero adds no significant digit */
    if (significant == MAX_DIGITS) {
      /* Zeros past 38 digits move into the exponent, so that every value
         earn_decimal_format() prints (10^38 is 39 digits) reads back. */
      if (c != '0' || (!seen_point && dropped_zeros == MAX_EXP))
        return earn_error_set(err, EARN_ERR_OVERFLOW, i, "more than %d significant digits",
                              MAX_DIGITS);
      if (seen_point)
        fraction--;
      else
        dropped_zeros++;
      continue;
    }
    mag = mag * 10 + (u128)(c - '0');
    significant++;
  }
  if (i < len)
    return earn_error_set(err, EARN_ERR_SYNTAX, i, "unexpected byte 0x%02x in a decimal",
                          (unsigned)(unsigned char)s[i]);
  if (!any_digit)
    return earn_error_set(err, EARN_ERR_SYNTAX, i, "a decimal needs at least one digit");
  *out = pack(neg, mag, (int32_t)(dropped_zeros - fraction));
  return EARN_OK;
}

/* Writes the full text of d (at most EARN_DECIMAL_BUFSIZE - 1 bytes) and its NUL. */
static size_t format_full(earn_decimal d, char *out) {
  parts p = unpack(d);
  if (!is_valid(p)) {
    /* Not something this library produces; say so rather than print a wrong number. */
    memcpy(out, "NaN", 4);
    return 3;
  }
  char digits[MAX_DIGITS];
  int nd = 0;
  u128 m = p.mag;
  do {
    digits[MAX_DIGITS - 1 - nd] = (char)('0' + (int)(m % 10));
    m /= 10;
    nd++;
  } while (m != 0);
  const char *first = digits + (MAX_DIGITS - nd);
  size_t n = 0;
  if (p.neg)
    out[n++] = '-';
  if (p.exp >= 0) {
    memcpy(out + n, first, (size_t)nd);
    n += (size_t)nd;
    if (p.mag != 0) {
      memset(out + n, '0', (size_t)p.exp);
      n += (size_t)p.exp;
    }
  } else if (nd > -p.exp) {
    size_t whole = (size_t)(nd + p.exp);
    memcpy(out + n, first, whole);
    n += whole;
    out[n++] = '.';
    memcpy(out + n, first + whole, (size_t)-p.exp);
    n += (size_t)-p.exp;
  } else {
    size_t zeros = (size_t)(-p.exp - nd);
    out[n++] = '0';
    out[n++] = '.';
    memset(out + n, '0', zeros);
    n += zeros;
    memcpy(out + n, first, (size_t)nd);
    n += (size_t)nd;
  }
  out[n] = '\0';
  return n;
}

size_t earn_decimal_format(earn_decimal d, char *buf, size_t cap) {
  char full[EARN_DECIMAL_BUFSIZE];
  size_t n = format_full(d, full);
  if (buf && cap > 0) {
    size_t keep = n < cap - 1 ? n : cap - 1;
    memcpy(buf, full, keep);
    buf[keep] = '\0';
  }
  return n;
}

/* ---- arithmetic ----------------------------------------------------------------------- */

static earn_status add_parts(parts a, parts b, earn_decimal *out) {
  int32_t preferred = a.exp < b.exp ? a.exp : b.exp;
  /* Without trailing zeros, the operand with the smaller exponent ends in a nonzero digit,
     which bounds how far apart the two may be before the sum needs too many digits. */
  parts x = strip_trailing_zeros(a, INT32_MAX), y = strip_trailing_zeros(b, INT32_MAX);
  if (x.mag == 0 || y.mag == 0) {
    parts only = x.mag == 0 ? y : x;
    big m = big_from_u128(only.mag);
    return fit(&m, only.exp, preferred, only.neg, out);
  }
  if (x.exp < y.exp) {
    parts t = x;
    x = y;
    y = t;
  }
  int64_t gap = (int64_t)x.exp - y.exp;
  if (gap > MAX_DIGITS)
    return EARN_ERR_OVERFLOW; /* at least gap + 1 digits, the last one nonzero */
  big bx = big_from_u128(x.mag), by = big_from_u128(y.mag);
  big_mul_pow10(&bx, gap); /* below 10^76: cannot overflow 320 bits */
  bool neg;
  if (x.neg == y.neg) {
    big_add(&bx, &by);
    neg = x.neg;
  } else if (big_cmp(&bx, &by) >= 0) {
    big_sub(&bx, &by);
    neg = x.neg;
  } else {
    big_sub(&by, &bx);
    bx = by;
    neg = y.neg;
  }
  return fit(&bx, y.exp, preferred, neg, out);
}

earn_status earn_decimal_add(earn_decimal a, earn_decimal b, earn_decimal *out) {
  parts x = unpack(a), y = unpack(b);
  if (!out || !is_valid(x) || !is_valid(y))
    return EARN_ERR_ARG;
  return add_parts(x, y, out);
}

earn_status earn_decimal_sub(earn_decimal a, earn_decimal b, earn_decimal *out) {
  parts x = unpack(a), y = unpack(b);
  if (!out || !is_valid(x) || !is_valid(y))
    return EARN_ERR_ARG;
  y.neg = !y.neg;
  return add_parts(x, y, out);
}

earn_status earn_decimal_mul(earn_decimal a, earn_decimal b, earn_decimal *out) {
  parts x = unpack(a), y = unpack(b);
  if (!out || !is_valid(x) || !is_valid(y))
    return EARN_ERR_ARG;
  big m = big_mul_u128(x.mag, y.mag);
  int64_t e = (int64_t)x.exp + y.exp;
  return fit(&m, e, e, x.neg != y.neg, out);
}

earn_status earn_decimal_shift(earn_decimal d, int power, earn_decimal *out) {
  parts p = unpack(d);
  if (!out || !is_valid(p))
    return EARN_ERR_ARG;
  big m = big_from_u128(p.mag);
  int64_t e = (int64_t)p.exp + power;
  return fit(&m, e, e, p.neg, out);
}

static bool is_rounding_mode(earn_rounding mode) {
  switch (mode) {
  case EARN_ROUND_HALF_EVEN:
  case EARN_ROUND_HALF_UP:
  case EARN_ROUND_DOWN:
  case EARN_ROUND_FLOOR:
  case EARN_ROUND_CEILING:
  case EARN_ROUND_EXACT:
    return true;
  }
  return false;
}

static rem_class classify_remainder(const big *r, const big *d) {
  if (big_is_zero(r))
    return REM_ZERO;
  big rest = *d;
  big_sub(&rest, r); /* comparing r with d - r avoids doubling r */
  int c = big_cmp(r, &rest);
  if (c < 0)
    return REM_BELOW_HALF;
  return c == 0 ? REM_HALF : REM_ABOVE_HALF;
}

/* Whether a truncated quotient moves one unit away from zero. */
static bool rounds_away(earn_rounding mode, bool neg, bool odd, rem_class rem) {
  switch (mode) {
  case EARN_ROUND_HALF_EVEN:
    return rem == REM_ABOVE_HALF || (rem == REM_HALF && odd);
  case EARN_ROUND_HALF_UP:
    return rem >= REM_HALF;
  case EARN_ROUND_FLOOR:
    return neg;
  case EARN_ROUND_CEILING:
    return !neg;
  case EARN_ROUND_DOWN:
  case EARN_ROUND_EXACT:
    return false;
  }
  return false;
}

/*
 * Truncated |a| * 10^k / |b| and how its remainder compares with half of |b| * 10^-k.
 * Returns false when the quotient certainly has more than 38 digits.
 */
static bool scaled_quotient(parts a, parts b, int64_t k, u128 *q, rem_class *rem) {
  big num = big_from_u128(a.mag), den = big_from_u128(b.mag), bq, br;
  if (k >= 0) {
    /* a * 10^k >= 10^(da-1+k) and b < 10^db, so the quotient has at least da+k-db digits. */
    if (digit_count(a.mag) + k - digit_count(b.mag) > MAX_DIGITS)
      return false;
    big_mul_pow10(&num, k); /* below 10^(38 + db) <= 10^76 after the check */
  } else if (-k > MAX_DIGITS) {
    /* The divisor is at least 10^39 > 10 * |a|: nothing left but a small remainder. */
    *q = 0;
    *rem = REM_BELOW_HALF;
    return true;
  } else {
    big_mul_pow10(&den, -k); /* below 10^76 */
  }
  big_divmod(&num, &den, &bq, &br);
  *rem = classify_remainder(&br, &den);
  return big_to_u128(&bq, q);
}

static earn_status divide_rounded(parts a, parts b, int scale, earn_rounding mode,
                                  earn_decimal *out) {
  if (!out || !is_valid(a) || !is_valid(b) || !is_rounding_mode(mode))
    return EARN_ERR_ARG;
  if (b.mag == 0)
    return EARN_ERR_DIVZERO;
  if (scale < -MAX_EXP || scale > -MIN_EXP)
    return EARN_ERR_OVERFLOW; /* the result's exponent is -scale */
  bool neg = a.neg != b.neg;
  if (a.mag == 0) {
    *out = pack(false, 0, (int32_t)-scale);
    return EARN_OK;
  }
  int64_t k = (int64_t)a.exp - b.exp + scale;
  u128 q;
  rem_class rem;
  if (!scaled_quotient(a, b, k, &q, &rem))
    return EARN_ERR_OVERFLOW;
  if (rem != REM_ZERO) {
    if (mode == EARN_ROUND_EXACT)
      return EARN_ERR_INEXACT;
    if (rounds_away(mode, neg, (q & 1) != 0, rem))
      q++;
  }
  if (q >= coef_limit())
    return EARN_ERR_OVERFLOW;
  *out = pack(neg, q, (int32_t)-scale);
  return EARN_OK;
}

earn_status earn_decimal_div(earn_decimal a, earn_decimal b, int scale, earn_rounding mode,
                             earn_decimal *out) {
  return divide_rounded(unpack(a), unpack(b), scale, mode, out);
}

earn_status earn_decimal_round(earn_decimal d, int scale, earn_rounding mode, earn_decimal *out) {
  parts one = {false, 1, 0};
  return divide_rounded(unpack(d), one, scale, mode, out);
}
