/* SPDX-License-Identifier: MIT */
/* Growth arithmetic on exact decimals: growth rates, the interval a stated rate stands for,
   whether a computed growth agrees with a stated one, the prior value a rate implies and the
   compound annual growth rate. No value passes through a binary float: every result is rounded
   once, at the end, from exact decimal arithmetic (or, for the n-th root of CAGR, decided by
   exact comparisons; see there). */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "private.h"

/* Places a rate may be rounded to (the header documents 0-10 for CAGR; a rate is a rate). */
enum { MAX_RATE_SCALE = 10 };
/* Places an implied prior value may be rounded to: the division works at scale + 2 places,
   and a decimal has at most 40. */
enum { MAX_VALUE_SCALE = 38 };

static bool valid_qualifier(earn_qualifier q) {
  switch (q) {
  case EARN_QUAL_EXACT:
  case EARN_QUAL_APPROX:
  case EARN_QUAL_AT_LEAST:
  case EARN_QUAL_MORE_THAN:
  case EARN_QUAL_AT_MOST:
  case EARN_QUAL_LESS_THAN:
    return true;
  }
  return false;
}

static earn_decimal hundred(void) { return earn_decimal_from_int(100); }

/* ---- growth, stated intervals and agreement --------------------------------------------- */

earn_status earn_growth_pct(earn_decimal current, earn_decimal base, int scale, earn_decimal *pct) {
  if (!pct || scale < 0 || scale > MAX_RATE_SCALE)
    return EARN_ERR_ARG;
  if (earn_decimal_sign(base) <= 0)
    return EARN_ERR_NOT_MEANINGFUL;
  /* (current - base) / base * 100 = current / base * 100 - 100. Rounding current / base to
     scale + 2 places and moving the point two places rounds the rate to scale places, once;
     subtracting the integer 100 afterwards changes neither the rounding nor the parity a
     half-even tie looks at. Unlike current - base, this cannot overflow for two operands
     far apart in exponent. */
  earn_decimal ratio, times100, out;
  earn_status st = earn_decimal_div(current, base, scale + 2, EARN_ROUND_HALF_EVEN, &ratio);
  if (st == EARN_OK)
    st = earn_decimal_shift(ratio, 2, &times100);
  if (st == EARN_OK)
    st = earn_decimal_sub(times100, hundred(), &out);
  if (st != EARN_OK)
    return st;
  *pct = out;
  return EARN_OK;
}

/* Half a unit of the last digit @p pct was written with. The exponent records it: 9 has
   exponent 0 (half is 0.5), 9.0 has -1 (0.05). A rate whose exponent is positive (1E2, which
   normalising "100" gives) still gets 0.5: nobody writes a rate to the nearest hundred, and
   an integer is never coarser than a unit, so 1E2 stands for [99.5, 100.5], not [50, 150]. */
static earn_status half_unit(earn_decimal pct, earn_decimal *half) {
  int32_t e = pct.exponent > 0 ? 0 : pct.exponent;
  /* 5 * 10^(e-1); OVERFLOW for a rate written to 40 places, whose half unit has 41. */
  return earn_decimal_shift(earn_decimal_from_int(5), e - 1, half);
}

earn_status earn_stated_rate_interval(earn_decimal pct, earn_qualifier qualifier,
                                      earn_interval *out) {
  if (!out || !valid_qualifier(qualifier))
    return EARN_ERR_ARG;
  earn_interval iv;
  memset(&iv, 0, sizeof iv); /* an unbounded end holds zero, not garbage */
  earn_status st = EARN_OK;
  switch (qualifier) {
  case EARN_QUAL_EXACT:
  case EARN_QUAL_APPROX: {
    /* "about 9%" is still a rate written to a unit: the same rounding interval. */
    earn_decimal half;
    st = half_unit(pct, &half);
    if (st == EARN_OK)
      st = earn_decimal_sub(pct, half, &iv.low);
    if (st == EARN_OK)
      st = earn_decimal_add(pct, half, &iv.high);
    iv.has_low = iv.has_high = 1;
    break;
  }
  case EARN_QUAL_AT_LEAST:
  case EARN_QUAL_MORE_THAN:
    /* "more than 50%" has an open end at 50; an interval has no open ends, and a rate of
       exactly 50 is as good a reading of the text as any. */
    iv.low = pct;
    iv.has_low = 1;
    break;
  case EARN_QUAL_AT_MOST:
  case EARN_QUAL_LESS_THAN:
    iv.high = pct;
    iv.has_high = 1;
    break;
  }
  if (st != EARN_OK)
    return st;
  *out = iv;
  return EARN_OK;
}

/* base * (100 + rate): the side of "current * 100" a growth of exactly rate gives. */
static earn_status scaled_base(earn_decimal base, earn_decimal rate, earn_decimal *out) {
  earn_decimal factor;
  earn_status st = earn_decimal_add(hundred(), rate, &factor);
  return st == EARN_OK ? earn_decimal_mul(base, factor, out) : st;
}

earn_status earn_growth_agrees(earn_decimal current, earn_decimal base, earn_decimal pct,
                               earn_qualifier qualifier, int *agrees) {
  if (!agrees)
    return EARN_ERR_ARG;
  earn_interval iv;
  earn_status st = earn_stated_rate_interval(pct, qualifier, &iv);
  if (st != EARN_OK)
    return st;
  if (earn_decimal_sign(base) <= 0)
    return EARN_ERR_NOT_MEANINGFUL;
  /* With base > 0, g = (current - base) / base * 100 >= lo exactly when
     current * 100 >= base * (100 + lo), and likewise for hi: products only, no rounding. */
  earn_decimal cur100, bound;
  st = earn_decimal_shift(current, 2, &cur100);
  if (st != EARN_OK)
    return st;
  int ok = 1;
  if (iv.has_low) {
    if ((st = scaled_base(base, iv.low, &bound)) != EARN_OK)
      return st;
    ok = ok && earn_decimal_cmp(bound, cur100) <= 0;
  }
  if (iv.has_high) {
    if ((st = scaled_base(base, iv.high, &bound)) != EARN_OK)
      return st;
    ok = ok && earn_decimal_cmp(cur100, bound) <= 0;
  }
  *agrees = ok;
  return EARN_OK;
}

/* ---- implied prior ------------------------------------------------------------------------ */

/* value / (1 + rate / 100) = value * 100 / (100 + rate), rounded half-even to scale places.
   NOT_MEANINGFUL when 100 + rate <= 0: nothing was left to grow from. */
static earn_status prior_at(earn_decimal value, earn_decimal rate, int scale, earn_decimal *out) {
  earn_decimal factor, q;
  earn_status st = earn_decimal_add(hundred(), rate, &factor);
  if (st != EARN_OK)
    return st;
  if (earn_decimal_sign(factor) <= 0)
    return EARN_ERR_NOT_MEANINGFUL;
  /* Divide at two more places, then move the point: one rounding, and no value * 100 that
     could overflow. */
  st = earn_decimal_div(value, factor, scale + 2, EARN_ROUND_HALF_EVEN, &q);
  return st == EARN_OK ? earn_decimal_shift(q, 2, out) : st;
}

/*
 * The priors the rates of @p rates allow. The prior f(r) = value * 100 / (100 + r) falls as r
 * rises when the value is positive (more growth, a smaller start), so the ends swap: the
 * prior's low end comes from the rate's high end. For a negative value (a loss that grew)
 * f rises with r and the ends keep their places. An unbounded rate end leaves the prior's
 * end it maps to unbounded, as the header says. For a positive value and a rate with no upper
 * bound the prior does stay above 0, but it never reaches 0, and the interval has no open
 * ends, so 0 would claim a prior that is impossible; unbounded claims nothing. (An unbounded
 * lower end of the rate runs down towards -100%, where the prior grows without bound.) A
 * zero value implies a zero prior whatever the rate, so both ends are 0.
 */
static earn_status prior_range(earn_decimal value, const earn_interval *rates, int scale,
                               earn_decimal point, earn_interval *out) {
  earn_interval r;
  memset(&r, 0, sizeof r);
  earn_decimal at_low = point, at_high = point;
  earn_status st = EARN_OK;
  if (rates->has_low)
    st = prior_at(value, rates->low, scale, &at_low);
  if (st == EARN_OK && rates->has_high)
    st = prior_at(value, rates->high, scale, &at_high);
  if (st != EARN_OK)
    return st;
  int sign = earn_decimal_sign(value);
  if (sign == 0) {
    r.low = r.high = point;
    r.has_low = r.has_high = 1;
  } else if (sign > 0) {
    r.low = at_high;
    r.has_low = rates->has_high;
    r.high = at_low;
    r.has_high = rates->has_low;
  } else {
    r.low = at_low;
    r.has_low = rates->has_low;
    r.high = at_high;
    r.has_high = rates->has_high;
  }
  if (!r.has_low)
    r.low = earn_decimal_from_int(0);
  if (!r.has_high)
    r.high = earn_decimal_from_int(0);
  *out = r;
  return EARN_OK;
}

earn_status earn_implied_prior(earn_decimal value, earn_decimal pct, earn_qualifier qualifier,
                               int scale, earn_decimal *point, earn_interval *range) {
  if ((!point && !range) || scale < 0 || scale > MAX_VALUE_SCALE || !valid_qualifier(qualifier))
    return EARN_ERR_ARG;
  /* The point is computed even when only the range is wanted: a stated rate of -100% or
     below has no prior, whatever else is asked. Every bounded end of the rate interval is
     above -100 exactly when the rate is (the half unit never crosses it), but the range
     checks its ends again anyway. */
  earn_decimal p;
  earn_status st = prior_at(value, pct, scale, &p);
  earn_interval rates, r;
  if (st == EARN_OK && range)
    st = earn_stated_rate_interval(pct, qualifier, &rates);
  if (st == EARN_OK && range)
    st = prior_range(value, &rates, scale, p, &r);
  if (st != EARN_OK)
    return st;
  if (point)
    *point = p;
  if (range)
    *range = r;
  return EARN_OK;
}

/* ---- compound annual growth --------------------------------------------------------------
 *
 * CAGR = ((last / first)^(1/n) - 1) * 100 has no finite decimal in general, so the rounded
 * result is found without ever holding the root exactly:
 *
 * 1. Newton's method estimates the root r to about 19 digits (root_estimate).
 * 2. The estimate gives a candidate c on the grid of scale places. Rounding half-even to c is
 *    right exactly when CAGR lies between the midpoints c - u/2 and c + u/2 (u = 10^-scale),
 *    and CAGR >= v for a rate v exactly when last >= first * (1 + v/100)^n: a question about
 *    products, which cagr_side() answers from lower and upper bounds of the product (and an
 *    exact product when the two are too close to tell apart, which is how exact ties such
 *    as 100 -> 122.1025 over two years, 10.5%, are found). A search over the grid
 *    (cagr_round) moves c until both midpoints agree; normally c was right already.
 *
 * The result is correctly rounded or the call fails: when 38-digit products cannot tell on
 * which side of a midpoint the rate lies, the result is EARN_ERR_OVERFLOW. That happens for
 * rates with more than about 17 significant digits at the scale asked for (above 10^15% at
 * two places), unless the root is exact (exact_root), and for ratios built to agree with
 * (1 + v/100)^n to 17 digits; random inputs never reach it.
 *
 * Powers and roots over many years leave the 10^+-40 range of ::earn_decimal (first 1E-40,
 * last 1E40 over 80 years is 900%, but its ratio is 1E80), so the work is done on xdec:
 * a 19-digit ::earn_decimal mantissa with an exponent of its own. 19 digits because the
 * product of two mantissas then fits the decimal's 38 digits exactly, and the one rounding
 * back to 19 digits can be steered (floor or ceiling) to give bounds.
 */

enum { XP = 19 };                 /* digits of an xdec mantissa */
enum { NEWTON_MAX_STEPS = 300 };  /* Newton and bisection steps; far fewer are needed */
enum { CHAIN_MAX_STEPS = 10000 }; /* exact multiplications tried in cagr_side() */
enum { SEARCH_MAX_STEPS = 600 };  /* grid moves; doubling steps overflow long before */

typedef struct xdec {
  earn_decimal m; /* a positive integer of exactly XP digits */
  int64_t e;      /* the value is m * 10^e */
  bool exact;     /* no rounding went into it */
} xdec;

/* 10^k for -40 <= k <= 77: every power of ten a decimal holds. */
static earn_decimal pow10_dec(int k) {
  earn_decimal out = earn_decimal_from_int(1);
  (void)earn_decimal_shift(out, k, &out); /* cannot fail in that range */
  return out;
}

/* floor(log10 d) for d > 0, by bisection over the exponents a decimal can have: every
   positive decimal lies in [10^-40, 10^78). */
static int leading_digit_pos(earn_decimal d) {
  int lo = -40, hi = 77; /* 10^lo <= d < 10^(hi + 1) */
  while (lo < hi) {
    int mid = lo + (hi - lo + 1) / 2;
    if (earn_decimal_cmp(pow10_dec(mid), d) <= 0)
      lo = mid;
    else
      hi = mid - 1;
  }
  return lo;
}

/* The positive d * 10^e as an xdec, its mantissa rounded with @p mode (FLOOR and CEILING
   give lower and upper bounds). */
static earn_status xdec_from(earn_decimal d, int64_t e, earn_rounding mode, xdec *out) {
  int lead = leading_digit_pos(d);
  earn_decimal scaled, m;
  earn_status st = earn_decimal_shift(d, XP - 1 - lead, &scaled); /* in [10^18, 10^19) */
  if (st == EARN_OK)
    st = earn_decimal_round(scaled, 0, mode, &m);
  if (st != EARN_OK)
    return st;
  out->exact = earn_decimal_cmp(m, scaled) == 0;
  e += lead - (XP - 1);
  if (earn_decimal_cmp(m, pow10_dec(XP)) == 0) { /* 9.99...9 rounded up to 10 */
    m = pow10_dec(XP - 1);
    e++;
  }
  out->m = m;
  out->e = e;
  return EARN_OK;
}

static xdec xdec_pow10(int64_t k) {
  xdec x = {pow10_dec(XP - 1), k - (XP - 1), true};
  return x;
}

static int xdec_cmp(xdec a, xdec b) {
  if (a.e != b.e) /* mantissas share their digit count: the exponent decides */
    return a.e < b.e ? -1 : 1;
  return earn_decimal_cmp(a.m, b.m);
}

static earn_status xdec_mul(xdec a, xdec b, earn_rounding mode, xdec *out) {
  earn_decimal p;
  earn_status st = earn_decimal_mul(a.m, b.m, &p); /* below 10^38: exact */
  if (st == EARN_OK)
    st = xdec_from(p, a.e + b.e, mode, out);
  if (st == EARN_OK)
    out->exact = out->exact && a.exact && b.exact;
  return st;
}

/* Division serves only the estimate: rounded to nearest, exactness not kept. */
static earn_status xdec_div(xdec a, xdec b, xdec *out) {
  earn_decimal q; /* in (0.1, 10) */
  earn_status st = earn_decimal_div(a.m, b.m, XP, EARN_ROUND_HALF_EVEN, &q);
  return st == EARN_OK ? xdec_from(q, a.e - b.e, EARN_ROUND_HALF_EVEN, out) : st;
}

/* a + b rounded with @p mode. */
static earn_status xdec_add(xdec a, xdec b, earn_rounding mode, xdec *out) {
  if (a.e < b.e) {
    xdec t = a;
    a = b;
    b = t;
  }
  int64_t gap = a.e - b.e;
  if (gap > XP - 1) {
    /* b is below one unit of a's last digit: a is the floor of the sum, and one unit more
       its ceiling. */
    *out = a;
    out->exact = false;
    if (mode == EARN_ROUND_CEILING) {
      earn_status st = earn_decimal_add(a.m, earn_decimal_from_int(1), &out->m);
      if (st != EARN_OK)
        return st;
      if (earn_decimal_cmp(out->m, pow10_dec(XP)) == 0) {
        out->m = pow10_dec(XP - 1);
        out->e++;
      }
    }
    return EARN_OK;
  }
  earn_decimal aligned, sum;
  earn_status st = earn_decimal_shift(a.m, (int)gap, &aligned); /* below 10^37 */
  if (st == EARN_OK)
    st = earn_decimal_add(aligned, b.m, &sum);
  if (st == EARN_OK)
    st = xdec_from(sum, b.e, mode, out);
  if (st == EARN_OK)
    out->exact = out->exact && a.exact && b.exact;
  return st;
}

/* x^n for n >= 1 by squaring, every product rounded with @p mode: with FLOOR a lower bound,
   with CEILING an upper one (products of positive bounds are bounds). */
static earn_status xdec_pow(xdec x, int n, earn_rounding mode, xdec *out) {
  int top = 30;
  while (!(((unsigned)n >> top) & 1u))
    top--;
  xdec acc = x;
  earn_status st = EARN_OK;
  for (int bit = top - 1; bit >= 0 && st == EARN_OK; bit--) {
    st = xdec_mul(acc, acc, mode, &acc);
    if (st == EARN_OK && (((unsigned)n >> bit) & 1u))
      st = xdec_mul(acc, x, mode, &acc);
  }
  if (st == EARN_OK)
    *out = acc;
  return st;
}

/* x rounded half-even to @p places (at most 21) as a decimal. */
static earn_status xdec_to_decimal(xdec x, int places, earn_decimal *out) {
  if (x.e < -40) /* x < 10^(XP - 40) = 10^-21: zero at any places used here */
    return earn_decimal_round(earn_decimal_from_int(0), places, EARN_ROUND_HALF_EVEN, out);
  earn_decimal d;
  earn_status st = earn_decimal_shift(x.m, (int)(x.e > 100 ? 100 : x.e), &d);
  return st == EARN_OK ? earn_decimal_round(d, places, EARN_ROUND_HALF_EVEN, out) : st;
}

static int64_t floor_div(int64_t a, int64_t b) { /* b > 0 */
  int64_t q = a / b;
  return (a % b != 0 && a < 0) ? q - 1 : q;
}

/*
 * An estimate of R^(1/n) (n >= 2), from above. Newton's step x * ((n-1) + R/x^n) / n never
 * goes below the root (Bernoulli's inequality), but far above it, where R/x^n is tiny, it only
 * creeps down by a factor (n-1)/n a step; there the bracket [lo, hi] is bisected instead.
 * Start: R lies in [10^a, 10^(a+1)), so the root lies in [10^floor(a/n), 10^ceil((a+1)/n)];
 * and 1 + (R-1)/n, an upper bound too by Bernoulli, is close for R near 1, the usual case.
 */
static earn_status root_estimate(xdec ratio, int n, xdec *out) {
  int64_t a = ratio.e + XP - 1;
  xdec lo = xdec_pow10(floor_div(a, n)), hi = xdec_pow10(-floor_div(-(a + 1), n));
  xdec nx, n1x, half, two, t, bern;
  earn_status st = xdec_from(earn_decimal_from_int(n), 0, EARN_ROUND_HALF_EVEN, &nx);
  if (st == EARN_OK)
    st = xdec_from(earn_decimal_from_int(n - 1), 0, EARN_ROUND_HALF_EVEN, &n1x);
  if (st == EARN_OK)
    st = xdec_from(earn_decimal_from_int(5), -1, EARN_ROUND_HALF_EVEN, &half);
  if (st == EARN_OK)
    st = xdec_from(earn_decimal_from_int(2), 0, EARN_ROUND_HALF_EVEN, &two);
  if (st == EARN_OK)
    st = xdec_add(ratio, n1x, EARN_ROUND_HALF_EVEN, &t);
  if (st == EARN_OK)
    st = xdec_div(t, nx, &bern);
  if (st != EARN_OK)
    return st;
  if (xdec_cmp(bern, hi) < 0)
    hi = bern;
  for (int i = 0; i < NEWTON_MAX_STEPS; i++) {
    xdec power, rho, next;
    if ((st = xdec_pow(hi, n, EARN_ROUND_HALF_EVEN, &power)) != EARN_OK ||
        (st = xdec_div(ratio, power, &rho)) != EARN_OK)
      return st;
    if (xdec_cmp(rho, half) < 0) { /* hi^n > 2R: far above the root */
      xdec mid;
      if ((st = xdec_add(lo, hi, EARN_ROUND_HALF_EVEN, &t)) != EARN_OK ||
          (st = xdec_div(t, two, &mid)) != EARN_OK ||
          (st = xdec_pow(mid, n, EARN_ROUND_HALF_EVEN, &power)) != EARN_OK)
        return st;
      if (xdec_cmp(power, ratio) > 0)
        hi = mid;
      else
        lo = mid;
      continue;
    }
    xdec factor;
    if ((st = xdec_add(n1x, rho, EARN_ROUND_HALF_EVEN, &t)) != EARN_OK ||
        (st = xdec_div(t, nx, &factor)) != EARN_OK ||
        (st = xdec_mul(hi, factor, EARN_ROUND_HALF_EVEN, &next)) != EARN_OK)
      return st;
    if (xdec_cmp(next, hi) >= 0) /* no longer falling: as close as 19 digits get */
      break;
    hi = next;
  }
  *out = hi;
  return EARN_OK;
}

/* What cagr_side() needs, worked out once. */
typedef struct cagr_ctx {
  earn_decimal first, last;
  int years;
  xdec first_lo, first_hi, last_lo, last_hi; /* floor and ceiling to 19 digits */
  xdec root; /* the estimate of (last / first)^(1/years), for exact_root() */
} cagr_ctx;

/* Sign of last - first * b^n from bounds of the product, given bounds of b; false in *decided
   when they cannot tell (last lies between them and the product is not known exactly). */
static earn_status side_by_bounds(const cagr_ctx *c, xdec b_lo, xdec b_hi, int *side,
                                  bool *decided) {
  xdec lo, hi;
  earn_status st = xdec_pow(b_lo, c->years, EARN_ROUND_FLOOR, &lo);
  if (st == EARN_OK)
    st = xdec_pow(b_hi, c->years, EARN_ROUND_CEILING, &hi);
  if (st == EARN_OK)
    st = xdec_mul(c->first_lo, lo, EARN_ROUND_FLOOR, &lo);
  if (st == EARN_OK)
    st = xdec_mul(c->first_hi, hi, EARN_ROUND_CEILING, &hi);
  if (st != EARN_OK)
    return st;
  *decided = true;
  if (xdec_cmp(c->last_hi, lo) < 0)
    *side = -1;
  else if (xdec_cmp(c->last_lo, hi) > 0)
    *side = 1;
  else if (lo.exact && c->last_lo.exact) /* both exact, neither below the other: equal */
    *side = 0;
  else
    *decided = false;
  return EARN_OK;
}

/* The same sign from the exact product first * b * b * ..., as long as it fits a decimal. If
   last = first * b^n exactly, every partial product fits: the digits and the exponent of
   first * b^i, factor by factor (2s, 5s and the rest), are linear in i, so their extremes
   lie at i = 0 or i = n. A product that overflows is therefore no tie; and a partial product
   already past last (b > 1, or below it for b < 1) settles the sign early. */
static earn_status side_by_chain(const cagr_ctx *c, earn_decimal b, int *side, bool *decided) {
  int grows = earn_decimal_cmp(b, earn_decimal_from_int(1));
  earn_decimal acc = c->first;
  *decided = grows == 0; /* first * 1^n = first */
  if (*decided) {
    *side = -earn_decimal_cmp(acc, c->last);
    return EARN_OK;
  }
  for (int i = 0; i < c->years; i++) {
    if (i == CHAIN_MAX_STEPS)
      return EARN_OK;
    earn_status st = earn_decimal_mul(acc, b, &acc);
    if (st == EARN_ERR_OVERFLOW)
      return EARN_OK;
    if (st != EARN_OK)
      return st;
    int cmp = earn_decimal_cmp(acc, c->last);
    if ((grows > 0 && cmp > 0) || (grows < 0 && cmp < 0)) {
      *side = -cmp;
      *decided = true;
      return EARN_OK;
    }
  }
  *side = -earn_decimal_cmp(acc, c->last);
  *decided = true;
  return EARN_OK;
}

/*
 * The growth factor b = 1 + (grid + half_u) / 100 of a midpoint: exactly in *b when it fits a
 * decimal (*exact set), and its floor and ceiling to 19 digits. It does not fit when grid has
 * 38 digits (a rate above 10^(37 - scale)), and then grid / 100 and the rest are added as
 * xdec: grid is positive there.
 */
static earn_status midpoint_factor(earn_decimal grid, earn_decimal half_u, earn_decimal *b,
                                   bool *exact, xdec *b_lo, xdec *b_hi) {
  earn_decimal mid;
  earn_status st = earn_decimal_add(grid, half_u, &mid);
  if (st == EARN_OK)
    st = earn_decimal_add(hundred(), mid, b);
  if (st == EARN_OK)
    st = earn_decimal_shift(*b, -2, b);
  *exact = st == EARN_OK;
  if (*exact) {
    if (earn_decimal_sign(*b) <= 0)
      return EARN_OK; /* no bounds needed: see cagr_side() */
    st = xdec_from(*b, 0, EARN_ROUND_FLOOR, b_lo);
    return st == EARN_OK ? xdec_from(*b, 0, EARN_ROUND_CEILING, b_hi) : st;
  }
  if (st != EARN_ERR_OVERFLOW || earn_decimal_sign(grid) <= 0)
    return st;
  earn_decimal rest; /* 100 + half_u, to be divided by 100 as well */
  xdec g_lo, g_hi, r_lo, r_hi;
  st = earn_decimal_add(hundred(), half_u, &rest);
  if (st == EARN_OK)
    st = xdec_from(grid, -2, EARN_ROUND_FLOOR, &g_lo);
  if (st == EARN_OK)
    st = xdec_from(grid, -2, EARN_ROUND_CEILING, &g_hi);
  if (st == EARN_OK)
    st = xdec_from(rest, -2, EARN_ROUND_FLOOR, &r_lo);
  if (st == EARN_OK)
    st = xdec_from(rest, -2, EARN_ROUND_CEILING, &r_hi);
  if (st == EARN_OK)
    st = xdec_add(g_lo, r_lo, EARN_ROUND_FLOOR, b_lo);
  return st == EARN_OK ? xdec_add(g_hi, r_hi, EARN_ROUND_CEILING, b_hi) : st;
}

/*
 * Sign of CAGR - v for the midpoint v = grid + half_u (percent): CAGR >= v exactly when
 * last >= first * (1 + v/100)^n. Bounds to 19 digits decide all but the closest calls; the
 * exact product decides those it can hold, ties among them. What remains is a ratio that
 * agrees with (1 + v/100)^n to about 17 digits without being equal, and whose product needs
 * more than 38 digits: OVERFLOW, rather than a last digit that may be wrong.
 */
static earn_status cagr_side(const cagr_ctx *c, earn_decimal grid, earn_decimal half_u, int *side) {
  earn_decimal b;
  bool exact, decided;
  xdec b_lo, b_hi;
  earn_status st = midpoint_factor(grid, half_u, &b, &exact, &b_lo, &b_hi);
  if (st != EARN_OK)
    return st;
  if (exact && earn_decimal_sign(b) <= 0) { /* v <= -100, and last > 0 grew at more */
    *side = 1;
    return EARN_OK;
  }
  if ((st = side_by_bounds(c, b_lo, b_hi, side, &decided)) != EARN_OK || decided)
    return st;
  if (exact && ((st = side_by_chain(c, b, side, &decided)) != EARN_OK || decided))
    return st;
  return EARN_ERR_OVERFLOW;
}

/* Whether CAGR <= grid + u/2 (at_or_below), and whether it equals grid + u/2 (tie). */
static earn_status below_midpoint(const cagr_ctx *c, earn_decimal grid, earn_decimal half_u,
                                  bool *at_or_below, bool *tie) {
  int side = 0;
  earn_status st = cagr_side(c, grid, half_u, &side);
  *at_or_below = side <= 0;
  *tie = side == 0;
  return st;
}

/*
 * CAGR rounded half-even to scale places, from the grid value @p guess: the smallest grid
 * value c with CAGR <= c + u/2 is the answer, or, when CAGR is exactly c + u/2, the even one
 * of c and c + u. Steps that double from the guess bracket c (CAGR > -100 bounds it below;
 * an overflow above), then the bracket is bisected.
 */
static earn_status cagr_round(const cagr_ctx *c, earn_decimal guess, int scale, earn_decimal *pct) {
  earn_decimal unit = pow10_dec(-scale), half_u = pow10_dec(-scale - 1), lo, hi, step = unit;
  earn_status st = earn_decimal_mul(half_u, earn_decimal_from_int(5), &half_u);
  bool yes = false, tie = false, hi_tie = false;
  if (st == EARN_OK)
    st = below_midpoint(c, guess, half_u, &yes, &tie);
  if (st != EARN_OK)
    return st;
  int i = 0;
  if (yes) { /* lo = hi - step until CAGR lies above lo's midpoint */
    hi = guess;
    hi_tie = tie;
    for (;; i++) {
      if (i == SEARCH_MAX_STEPS)
        return EARN_ERR_OVERFLOW;
      if ((st = earn_decimal_sub(hi, step, &lo)) != EARN_OK ||
          (st = below_midpoint(c, lo, half_u, &yes, &tie)) != EARN_OK)
        return st;
      if (!yes)
        break;
      hi = lo;
      hi_tie = tie;
      if ((st = earn_decimal_add(step, step, &step)) != EARN_OK)
        return st;
    }
  } else { /* hi = lo + step until CAGR lies at or below hi's midpoint */
    lo = guess;
    for (;; i++) {
      if (i == SEARCH_MAX_STEPS)
        return EARN_ERR_OVERFLOW;
      if ((st = earn_decimal_add(lo, step, &hi)) != EARN_OK ||
          (st = below_midpoint(c, hi, half_u, &yes, &hi_tie)) != EARN_OK)
        return st;
      if (yes)
        break;
      lo = hi;
      if ((st = earn_decimal_add(step, step, &step)) != EARN_OK)
        return st;
    }
  }
  /* CAGR lies above lo's midpoint and at or below hi's; halve until they are neighbours. */
  for (;; i++) {
    earn_decimal gap, half_gap, mid;
    if (i == 2 * SEARCH_MAX_STEPS)
      return EARN_ERR_OVERFLOW;
    if ((st = earn_decimal_sub(hi, lo, &gap)) != EARN_OK)
      return st;
    if (earn_decimal_cmp(gap, unit) <= 0)
      break;
    if ((st = earn_decimal_div(gap, earn_decimal_from_int(2), scale, EARN_ROUND_FLOOR,
                               &half_gap)) != EARN_OK ||
        (st = earn_decimal_add(lo, half_gap, &mid)) != EARN_OK ||
        (st = below_midpoint(c, mid, half_u, &yes, &tie)) != EARN_OK)
      return st;
    if (yes) {
      hi = mid;
      hi_tie = tie;
    } else {
      lo = mid;
    }
  }
  if (hi_tie) /* exactly halfway between hi and hi + u: rounding the midpoint picks the even */
    st = earn_decimal_add(hi, half_u, &hi);
  return st == EARN_OK ? earn_decimal_round(hi, scale, EARN_ROUND_HALF_EVEN, pct) : st;
}

/* When the estimate is the root itself (first * root^n == last exactly, as for perfect powers
   like 10^70 over two years: 10^35), the rate is (root - 1) * 100 exactly and needs only its
   one rounding. This also settles rates too large for the midpoint comparisons, whose
   factors 1 + v/100 would need more than 38 digits. */
static earn_status exact_root(const cagr_ctx *c, bool *found, earn_decimal *pct, int scale) {
  earn_decimal r, rate;
  int side = 1;
  *found = false;
  if (c->root.e > 100 || c->root.e < -100) /* far outside what a decimal holds */
    return EARN_OK;
  earn_status st = earn_decimal_shift(c->root.m, (int)c->root.e, &r);
  if (st == EARN_OK)
    st = side_by_chain(c, r, &side, found);
  if (st != EARN_OK || !*found || side != 0) {
    *found = false;
    return st == EARN_ERR_OVERFLOW ? EARN_OK : st;
  }
  /* (r - 1) * 100 exactly, then its one rounding. When r - 1 has too many digits (a root of
     10^-40 would need 41), r is rounded to scale + 2 places first instead: the same single
     rounding of the rate, the integer 1 and the factor 100 moving no rounding boundary. */
  earn_decimal exact_rate;
  st = earn_decimal_sub(r, earn_decimal_from_int(1), &rate);
  if (st == EARN_OK)
    st = earn_decimal_shift(rate, 2, &exact_rate);
  if (st == EARN_OK)
    st = earn_decimal_round(exact_rate, scale, EARN_ROUND_HALF_EVEN, &rate);
  if (st == EARN_ERR_OVERFLOW) {
    st = earn_decimal_round(r, scale + 2, EARN_ROUND_HALF_EVEN, &rate);
    if (st == EARN_OK)
      st = earn_decimal_sub(rate, earn_decimal_from_int(1), &rate);
    if (st == EARN_OK)
      st = earn_decimal_shift(rate, 2, &rate);
  }
  if (st == EARN_OK)
    *pct = rate;
  return st;
}

/* The grid value the estimate of the root suggests: (root - 1) * 100 at scale places. A root
   too large to write at scale + 2 places gives the largest grid value, and the search then
   reports the overflow or walks down from there. */
static earn_status cagr_guess(xdec root, int scale, earn_decimal *guess) {
  earn_decimal r;
  earn_status st = xdec_to_decimal(root, scale + 2, &r);
  if (st == EARN_ERR_OVERFLOW)
    return earn_decimal_sub(pow10_dec(38 - scale), pow10_dec(-scale), guess);
  if (st == EARN_OK)
    st = earn_decimal_sub(r, earn_decimal_from_int(1), &r);
  return st == EARN_OK ? earn_decimal_shift(r, 2, guess) : st;
}

earn_status earn_cagr(earn_decimal first, earn_decimal last, int years, int scale,
                      earn_decimal *pct) {
  if (!pct || years < 1 || scale < 0 || scale > MAX_RATE_SCALE)
    return EARN_ERR_ARG;
  if (earn_decimal_sign(first) <= 0 || earn_decimal_sign(last) < 0)
    return EARN_ERR_NOT_MEANINGFUL;
  if (earn_decimal_is_zero(last)) /* everything lost, over any number of years */
    return earn_decimal_round(earn_decimal_from_int(-100), scale, EARN_ROUND_HALF_EVEN, pct);
  if (years == 1) /* no root to take: plain growth, exact */
    return earn_growth_pct(last, first, scale, pct);
  cagr_ctx c;
  c.first = first;
  c.last = last;
  c.years = years;
  xdec first_x, last_x, ratio;
  earn_status st = xdec_from(first, 0, EARN_ROUND_FLOOR, &c.first_lo);
  if (st == EARN_OK)
    st = xdec_from(first, 0, EARN_ROUND_CEILING, &c.first_hi);
  if (st == EARN_OK)
    st = xdec_from(last, 0, EARN_ROUND_FLOOR, &c.last_lo);
  if (st == EARN_OK)
    st = xdec_from(last, 0, EARN_ROUND_CEILING, &c.last_hi);
  if (st == EARN_OK)
    st = xdec_from(first, 0, EARN_ROUND_HALF_EVEN, &first_x);
  if (st == EARN_OK)
    st = xdec_from(last, 0, EARN_ROUND_HALF_EVEN, &last_x);
  if (st == EARN_OK)
    st = xdec_div(last_x, first_x, &ratio);
  if (st == EARN_OK)
    st = root_estimate(ratio, years, &c.root);
  bool found = false;
  if (st == EARN_OK)
    st = exact_root(&c, &found, pct, scale);
  if (st != EARN_OK || found)
    return st;
  earn_decimal guess;
  st = cagr_guess(c.root, scale, &guess);
  return st == EARN_OK ? cagr_round(&c, guess, scale, pct) : st;
}
