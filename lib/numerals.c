/* SPDX-License-Identifier: MIT */
/* Numerals: ASCII digit strings, kanji/hanzi numerals, English number words and fractions. */
#include <limits.h>
#include <string.h>

#include "private.h"

/* What an earn_decimal holds: 38 coefficient digits, exponents down to -40. */
enum { MAX_SIGNIFICANT = 38, MAX_FRACTION_DIGITS = 40 };
/* No real numeral has this many digits, even with leading zeros; capping the scan keeps a
   caller that tries every offset of a huge digit run from going quadratic. */
enum { MAX_DIGIT_RUN = 80 };
/* Places kept for fractions without a finite decimal (2/3 -> 0.6666666667). */
enum { FRACTION_SCALE = 10 };

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

static bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

static char lower(char c) { return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c; }

/* Digits in a row at s[i], counting no further than max. */
static size_t digit_run(const char *s, size_t len, size_t i, size_t max) {
  size_t n = 0;
  while (n < max && i + n < len && is_digit(s[i + n]))
    n++;
  return n;
}

/* The code point of a complete three-byte UTF-8 sequence at s[i], or 0. Every CJK character
   a numeral uses is three bytes long, so nothing else needs decoding; a sequence cut short by
   len is no character at all. */
static uint32_t cp3_at(const char *s, size_t len, size_t i) {
  if (i >= len || len - i < 3)
    return 0;
  const unsigned char *u = (const unsigned char *)s + i;
  if ((u[0] & 0xF0u) != 0xE0u || (u[1] & 0xC0u) != 0x80u || (u[2] & 0xC0u) != 0x80u)
    return 0;
  return ((uint32_t)(u[0] & 0x0Fu) << 12) | ((uint32_t)(u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
}

static earn_decimal zero(void) {
  static const earn_decimal z = {0, 0, 0};
  return z;
}

/* *acc += x. Zero terms are skipped: aligning a 38-digit term with a zero of exponent 0
   would overflow for nothing. */
static bool add_to(earn_decimal *acc, earn_decimal x) {
  if (earn_decimal_is_zero(x))
    return true;
  if (earn_decimal_is_zero(*acc)) {
    *acc = x;
    return true;
  }
  earn_decimal r;
  if (earn_decimal_add(*acc, x, &r) != EARN_OK)
    return false;
  *acc = r;
  return true;
}

static bool shifted(earn_decimal d, int power, earn_decimal *out) {
  return earn_decimal_shift(d, power, out) == EARN_OK;
}

/* num / den, exact when the quotient terminates within FRACTION_SCALE places, else rounded
   half-even and flagged. */
static bool divide(earn_decimal num, earn_decimal den, earn_decimal *out, uint32_t *flags) {
  earn_decimal q;
  earn_status st = earn_decimal_div(num, den, FRACTION_SCALE, EARN_ROUND_EXACT, &q);
  if (st == EARN_ERR_INEXACT) {
    st = earn_decimal_div(num, den, FRACTION_SCALE, EARN_ROUND_HALF_EVEN, &q);
    *flags |= EARN_NUM_INEXACT;
  }
  if (st != EARN_OK)
    return false;
  *out = earn_decimal_normalize(q);
  return true;
}

static void finish(earn_numeral *out, earn_decimal value, size_t end, uint32_t flags,
                   unsigned int_digits) {
  out->value = value;
  out->end = end;
  out->flags = flags;
  out->int_digits = int_digits;
}

/* ---- ASCII digit strings ------------------------------------------------------------- */

#define CP_IDEOGRAPHIC_COMMA 0x3001u

/* The digits of a numeral as a plain decimal string for earn_decimal_parse(), with leading
   zeros dropped so that only digits the coefficient needs count against its 38. */
typedef struct digit_text {
  char s[MAX_SIGNIFICANT + MAX_FRACTION_DIGITS + 8];
  size_t n;
  unsigned significant;
  unsigned fraction;
  bool point;
  bool overflow;
} digit_text;

static void append_char(digit_text *t, char c) {
  if (t->n + 1 >= sizeof t->s) {
    t->overflow = true;
    return;
  }
  t->s[t->n++] = c;
}

static void append_digit(digit_text *t, char c) {
  if (!t->point && t->n == 0 && c == '0')
    return;
  if (t->point && ++t->fraction > MAX_FRACTION_DIGITS)
    t->overflow = true;
  if (t->significant > 0 || c != '0')
    t->significant++;
  if (t->significant > MAX_SIGNIFICANT)
    t->overflow = true;
  if (!t->overflow)
    append_char(t, c);
}

static void append_digits(digit_text *t, const char *s, size_t n) {
  for (size_t i = 0; i < n && !t->overflow; i++)
    append_digit(t, s[i]);
}

static void append_point(digit_text *t) {
  if (t->n == 0)
    append_char(t, '0');
  append_char(t, '.');
  t->point = true;
}

/* Length of a grouping separator at s[i]: 1 for ',', 3 for '、', else 0. */
static size_t separator_at(const char *s, size_t len, size_t i) {
  if (i < len && s[i] == ',')
    return 1;
  return cp3_at(s, len, i) == CP_IDEOGRAPHIC_COMMA ? 3 : 0;
}

/* Consume ",ddd" groups after the leading group ending at `end`: each separator must be the
   same as the first and be followed by exactly three digits. Returns the new end. */
static size_t take_groups(const char *s, size_t len, size_t end, digit_text *t,
                          unsigned *int_digits, uint32_t *flags) {
  size_t first = 0;
  for (;;) {
    size_t sep = separator_at(s, len, end);
    /* The two separators differ in length, so the length tells them apart. */
    if (sep == 0 || (first != 0 && sep != first))
      break;
    if (digit_run(s, len, end + sep, 4) != 3)
      break;
    append_digits(t, s + end + sep, 3);
    first = sep;
    end += sep + 3;
    if (*int_digits <= UINT_MAX - 3)
      *int_digits += 3;
    *flags |= EARN_NUM_GROUPED;
  }
  return end;
}

bool earn_parse_digits(const char *s, size_t len, size_t pos, earn_numeral *out) {
  size_t lead = digit_run(s, len, pos, MAX_DIGIT_RUN + 1);
  if (lead == 0 || lead > MAX_DIGIT_RUN)
    return false;
  digit_text t = {.n = 0};
  uint32_t flags = EARN_NUM_ASCII | EARN_NUM_HAS_DIGIT;
  unsigned int_digits = (unsigned)lead;
  size_t end = pos + lead;
  append_digits(&t, s + pos, lead);
  if (lead <= 3)
    end = take_groups(s, len, end, &t, &int_digits, &flags);
  if (end + 1 < len && s[end] == '.' && is_digit(s[end + 1])) {
    size_t frac = digit_run(s, len, end + 1, MAX_DIGIT_RUN + 1);
    if (frac > MAX_DIGIT_RUN)
      return false;
    append_point(&t);
    append_digits(&t, s + end + 1, frac);
    end += 1 + frac;
    flags |= EARN_NUM_DECIMAL;
  }
  if (t.n == 0)
    append_char(&t, '0');
  earn_decimal value;
  if (t.overflow || earn_decimal_parse(t.s, t.n, &value, NULL) != EARN_OK)
    return false;
  finish(out, value, end, flags, int_digits);
  return true;
}

/* ---- Kanji/hanzi numerals ------------------------------------------------------------ */

typedef enum cjk_kind { CJK_NONE, CJK_DIGIT, CJK_SMALL, CJK_BIG } cjk_kind;

typedef struct cjk_char {
  uint32_t cp;
  uint8_t kind;  /* cjk_kind */
  uint8_t value; /* the digit, or the multiplier's power of ten */
} cjk_char;

/* Sorted by code point: looked up by binary search for every CJK character of a text. */
static const cjk_char cjk_chars[] = {
    {0x3007, CJK_DIGIT, 0}, /* 〇 */ {0x4E00, CJK_DIGIT, 1}, /* 一 */
    {0x4E03, CJK_DIGIT, 7}, /* 七 */ {0x4E07, CJK_BIG, 4},   /* 万 */
    {0x4E09, CJK_DIGIT, 3}, /* 三 */ {0x4E24, CJK_DIGIT, 2}, /* 两 */
    {0x4E5D, CJK_DIGIT, 9}, /* 九 */ {0x4E8C, CJK_DIGIT, 2}, /* 二 */
    {0x4E94, CJK_DIGIT, 5}, /* 五 */ {0x4EBF, CJK_BIG, 8},   /* 亿 */
    {0x4EDF, CJK_SMALL, 3}, /* 仟 */ {0x4F0D, CJK_DIGIT, 5}, /* 伍 */
    {0x4F70, CJK_SMALL, 2}, /* 佰 */ {0x5006, CJK_DIGIT, 2}, /* 倆 */
    {0x5104, CJK_BIG, 8},   /* 億 */ {0x5146, CJK_BIG, 12},  /* 兆 */
    {0x5169, CJK_DIGIT, 2}, /* 兩 */ {0x516B, CJK_DIGIT, 8}, /* 八 */
    {0x516D, CJK_DIGIT, 6}, /* 六 */ {0x5341, CJK_SMALL, 1}, /* 十 */
    {0x5343, CJK_SMALL, 3}, /* 千 */ {0x53C1, CJK_DIGIT, 3}, /* 叁 */
    {0x53C2, CJK_DIGIT, 3}, /* 参 */ {0x53C3, CJK_DIGIT, 3}, /* 參 */
    {0x56DB, CJK_DIGIT, 4}, /* 四 */ {0x58F1, CJK_DIGIT, 1}, /* 壱 */
    {0x58F9, CJK_DIGIT, 1}, /* 壹 */ {0x5F10, CJK_DIGIT, 2}, /* 弐 */
    {0x62FE, CJK_SMALL, 1}, /* 拾 */ {0x634C, CJK_DIGIT, 8}, /* 捌 */
    {0x67D2, CJK_DIGIT, 7}, /* 柒 */ {0x7396, CJK_DIGIT, 9}, /* 玖 */
    {0x767E, CJK_SMALL, 2}, /* 百 */ {0x8086, CJK_DIGIT, 4}, /* 肆 */
    {0x842C, CJK_BIG, 4},   /* 萬 */ {0x8CB3, CJK_DIGIT, 2}, /* 貳 */
    {0x8D30, CJK_DIGIT, 2}, /* 贰 */ {0x9646, CJK_DIGIT, 6}, /* 陆 */
    {0x9678, CJK_DIGIT, 6}, /* 陸 */ {0x96F6, CJK_DIGIT, 0}, /* 零 */
};

static const cjk_char *find_cjk_char(uint32_t cp) {
  size_t lo = 0, hi = sizeof cjk_chars / sizeof cjk_chars[0];
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (cjk_chars[mid].cp == cp)
      return &cjk_chars[mid];
    if (cjk_chars[mid].cp < cp)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NULL;
}

bool earn_is_cjk_numeral_start(uint32_t cp) {
  const cjk_char *c = find_cjk_char(cp);
  return c && c->kind != CJK_BIG;
}

static cjk_kind cjk_char_at(const char *s, size_t len, size_t i, unsigned *value) {
  const cjk_char *c = find_cjk_char(cp3_at(s, len, i));
  if (!c)
    return CJK_NONE;
  *value = c->value;
  return (cjk_kind)c->kind;
}

/* TOK_POINT: a 点 decimal part was read (十五点七); only a big multiplier may follow. */
typedef enum cjk_token { TOK_NONE, TOK_KANJI, TOK_ASCII, TOK_SMALL, TOK_BIG, TOK_POINT } cjk_token;
typedef enum cjk_step { STEP_GO, STEP_STOP, STEP_FAIL } cjk_step;

/* A numeral is read section by section: digits (pending) times 十百千 add up to a section,
   which a big multiplier (万億兆) closes into the total. */
typedef struct cjk_parse {
  earn_decimal total;       /* closed sections */
  earn_decimal before_last; /* total before the last big multiplier, to redo it for 万亿 */
  earn_decimal last_part;   /* what the last big multiplier added */
  earn_decimal section;     /* the 十百千 part of the open section */
  earn_decimal pending;     /* digits not yet multiplied */
  bool has_pending;
  unsigned run;      /* kanji digits in a row */
  bool run_has_zero; /* one of them is 〇/零: positional, as in 二〇二五 */
  bool range_idiom;  /* two adjacent digits such as 二三 ("two or three") */
  int small;         /* power of the last 十百千 in the open section, 0 if none */
  int big;           /* power of the last big multiplier (12 for 万亿), 0 if none */
  int big_own;       /* that multiplier's own power (8 for the 亿 of 万亿) */
  int prev_big;      /* power of the big multiplier before it */
  cjk_token last;
  int abbrev;   /* 四百五, 一万三: a lone digit after a multiplier counts one place lower */
  bool any_cjk; /* a kanji digit or multiplier was read */
  bool placeholder;     /* the pending digit is a 零 right after a multiplier: an empty place, so
                           a 十百千 after it has no multiplicand of its own (一万零十二) */
  bool point_after_big; /* the decimal part follows a big multiplier (两千万点五五): it is
                           the last thing the numeral may hold */
  bool spaced; /* a space followed the last big multiplier (7万 5千): the section after it
                  must close with a multiplier, or the numeral ends before the space */
  uint32_t flags;
  unsigned int_digits;
  size_t end;
  /* The state right after the last big multiplier, to fall back to when the next one is out
     of order (3万2億 reads 3万). */
  earn_decimal saved_total;
  uint32_t saved_flags;
  size_t saved_end;
} cjk_parse;

static void cjk_save(cjk_parse *p) {
  p->saved_total = p->total;
  p->saved_flags = p->flags;
  p->saved_end = p->end;
}

static void cjk_restore(cjk_parse *p) {
  p->total = p->saved_total;
  p->flags = p->saved_flags;
  p->end = p->saved_end;
  p->section = zero();
  p->has_pending = false;
  p->small = 0;
  p->run = 0;
  p->range_idiom = false;
  p->placeholder = false;
  p->spaced = false;
  p->abbrev = 0;
  p->last = TOK_BIG;
}

/* Kanji digits in a row before a multiplier say a range (二三千, "two or three thousand"),
   not a number, unless a 〇 makes them positional (一〇〇万). */
static bool cjk_bad_multiplicand(const cjk_parse *p) {
  return p->range_idiom || (p->run >= 2 && !p->run_has_zero);
}

static cjk_step cjk_ascii(cjk_parse *p, const char *s, size_t len, size_t i) {
  if (p->last == TOK_KANJI || p->last == TOK_ASCII)
    return STEP_STOP;
  earn_numeral n;
  if (!earn_parse_digits(s, len, i, &n))
    return STEP_FAIL;
  if (p->last == TOK_NONE)
    p->int_digits = n.int_digits;
  p->pending = n.value;
  p->has_pending = true;
  p->run = 0;
  p->flags |= n.flags;
  p->end = n.end;
  p->last = TOK_ASCII;
  return STEP_GO;
}

static cjk_step cjk_digit(cjk_parse *p, unsigned d, size_t next) {
  if (p->last == TOK_ASCII)
    return STEP_STOP;
  if (p->last == TOK_POINT)
    return STEP_STOP;
  earn_decimal digit = earn_decimal_from_int((int64_t)d);
  p->abbrev = 0;
  if (p->last != TOK_KANJI) {
    p->pending = digit;
    p->run = 1;
    p->run_has_zero = d == 0;
    p->placeholder = d == 0 && (p->last == TOK_BIG || p->last == TOK_SMALL);
    if (d != 0 && p->last == TOK_SMALL && p->small >= 2)
      p->abbrev = p->small - 1;
    else if (d != 0 && p->last == TOK_BIG)
      p->abbrev = p->big_own - 1;
  } else if (p->small != 0) {
    /* After 十百千 only 零 may precede the units digit (一百零六). */
    if (!earn_decimal_is_zero(p->pending))
      return STEP_STOP;
    p->pending = digit;
    p->run++;
    p->placeholder = false;
  } else {
    earn_decimal tens;
    if (!shifted(p->pending, 1, &tens) || !add_to(&tens, digit))
      return STEP_FAIL;
    p->range_idiom = p->run == 1 && !p->run_has_zero && d != 0 &&
                     earn_decimal_cmp(p->pending, earn_decimal_from_int((int64_t)d - 1)) == 0;
    p->pending = tens;
    p->run++;
    p->run_has_zero = p->run_has_zero || d == 0;
    p->placeholder = false;
  }
  if (p->run > MAX_SIGNIFICANT)
    return STEP_FAIL;
  p->has_pending = true;
  p->any_cjk = true;
  p->flags |= EARN_NUM_KANJI | EARN_NUM_HAS_DIGIT;
  p->end = next;
  p->last = TOK_KANJI;
  return STEP_GO;
}

static cjk_step cjk_small(cjk_parse *p, int power, size_t next) {
  if (p->last == TOK_POINT || (p->small != 0 && power >= p->small))
    return STEP_STOP;
  p->abbrev = 0;
  if (cjk_bad_multiplicand(p))
    return STEP_FAIL;
  earn_decimal mult = earn_decimal_from_int(1);
  if (p->has_pending && !p->placeholder) {
    /* A zero in digits is a place that adds nothing ("15億0百万円", "０百万円"); 零 before
       十 is no multiplicand (零十). */
    if (earn_decimal_is_zero(p->pending) && p->last != TOK_ASCII)
      return STEP_STOP;
    mult = p->pending;
  }
  earn_decimal part;
  if (!shifted(mult, power, &part) || !add_to(&p->section, part))
    return STEP_FAIL;
  p->small = power;
  p->has_pending = false;
  p->placeholder = false;
  p->spaced = false;
  p->run = 0;
  p->any_cjk = true;
  p->flags |= EARN_NUM_CJK_SCALE;
  p->end = next;
  p->last = TOK_SMALL;
  return STEP_GO;
}

/* 万亿 / 万億: a big multiplier right after a smaller one scales what that one added. */
static cjk_step cjk_compound(cjk_parse *p, int power, size_t next) {
  if (p->last != TOK_BIG || power <= p->big_own ||
      (p->prev_big != 0 && p->big + power >= p->prev_big))
    return STEP_STOP;
  earn_decimal part;
  earn_decimal total = p->before_last;
  if (!shifted(p->last_part, power, &part) || !add_to(&total, part))
    return STEP_FAIL;
  p->total = total;
  p->last_part = part;
  p->big += power;
  p->big_own = power;
  p->end = next;
  p->spaced = false;
  cjk_save(p);
  return STEP_GO;
}

static cjk_step cjk_big(cjk_parse *p, int power, size_t next) {
  if (p->last == TOK_NONE || (p->last == TOK_POINT && p->point_after_big))
    return STEP_STOP;
  p->abbrev = 0;
  if (!p->has_pending && p->small == 0)
    return cjk_compound(p, power, next);
  if (p->big != 0 && power >= p->big) {
    cjk_restore(p);
    return STEP_STOP;
  }
  if (cjk_bad_multiplicand(p))
    return STEP_FAIL;
  earn_decimal value = p->section;
  earn_decimal part;
  if ((p->has_pending && !add_to(&value, p->pending)) || !shifted(value, power, &part))
    return STEP_FAIL;
  p->before_last = p->total;
  if (!add_to(&p->total, part))
    return STEP_FAIL;
  p->last_part = part;
  p->prev_big = p->big;
  p->big = power;
  p->big_own = power;
  p->section = zero();
  p->has_pending = false;
  p->placeholder = false;
  p->spaced = false;
  p->small = 0;
  p->run = 0;
  p->any_cjk = true;
  p->flags |= EARN_NUM_CJK_SCALE;
  p->end = next;
  p->last = TOK_BIG;
  cjk_save(p);
  return STEP_GO;
}

/* 十五点七, 一点五: 点 and kanji digits after it are a decimal part of the open section. After
   a big multiplier the section is empty and the decimal part is of units (两千万点五五 is
   20000000.55). */
static cjk_step cjk_point(cjk_parse *p, const char *s, size_t len, size_t i) {
  if (p->last != TOK_KANJI && p->last != TOK_SMALL && p->last != TOK_BIG)
    return STEP_STOP;
  if (p->last == TOK_KANJI && p->run >= 2 && !p->run_has_zero && p->small == 0)
    return STEP_STOP;
  earn_decimal value = p->section, fraction = zero();
  if (p->has_pending && !add_to(&value, p->pending))
    return STEP_FAIL;
  size_t j = i + 3;
  int places = 0;
  unsigned d = 0;
  while (places < 12 && cjk_char_at(s, len, j, &d) == CJK_DIGIT) {
    earn_decimal digit;
    if (!shifted(earn_decimal_from_int((int64_t)d), -(places + 1), &digit) ||
        !add_to(&fraction, digit))
      return STEP_FAIL;
    places++;
    j += 3;
  }
  if (places == 0 || !add_to(&value, fraction))
    return STEP_STOP;
  p->point_after_big = p->last == TOK_BIG;
  p->pending = value;
  p->has_pending = true;
  p->placeholder = false;
  p->section = zero();
  p->small = 0;
  p->run = 0;
  p->abbrev = 0;
  p->flags |= EARN_NUM_DECIMAL;
  p->end = j;
  p->last = TOK_POINT;
  return STEP_GO;
}

/* Can a section of a numeral start at s[i]: an ASCII or kanji digit, or 十百千? */
static bool section_starts(const char *s, size_t len, size_t i) {
  unsigned value = 0;
  if (i < len && is_digit(s[i]))
    return true;
  cjk_kind k = cjk_char_at(s, len, i, &value);
  return k == CJK_DIGIT || k == CJK_SMALL;
}

static cjk_step cjk_next(cjk_parse *p, const char *s, size_t len) {
  size_t i = p->end;
  /* "7万 5千", "1億 2000万": a space may part the sections of one numeral. */
  if (p->last == TOK_BIG && !p->spaced && i < len && s[i] == ' ' && section_starts(s, len, i + 1)) {
    p->spaced = true;
    i++;
  }
  if (i < len && is_digit(s[i]))
    return cjk_ascii(p, s, len, i);
  unsigned value = 0;
  uint32_t cp = cp3_at(s, len, i);
  if (cp == 0x70B9 || cp == 0x9EDE) /* 点 點 */
    return cjk_point(p, s, len, i);
  /* "1000 万元", "$ 48.2 万": one space may stand between digits and a big multiplier. */
  if (p->last == TOK_ASCII && i < len && s[i] == ' ' &&
      cjk_char_at(s, len, i + 1, &value) == CJK_BIG)
    return cjk_big(p, (int)value, i + 4);
  switch (cjk_char_at(s, len, i, &value)) {
  case CJK_DIGIT:
    return cjk_digit(p, value, i + 3);
  case CJK_SMALL:
    return cjk_small(p, (int)value, i + 3);
  case CJK_BIG:
    return cjk_big(p, (int)value, i + 3);
  case CJK_NONE:
  default:
    return STEP_STOP;
  }
}

bool earn_parse_cjk(const char *s, size_t len, size_t pos, earn_numeral *out) {
  if (pos >= len)
    return false;
  cjk_parse p;
  memset(&p, 0, sizeof p);
  p.total = p.before_last = p.last_part = p.section = p.pending = p.saved_total = zero();
  p.end = p.saved_end = pos;
  cjk_step step;
  while ((step = cjk_next(&p, s, len)) == STEP_GO)
    ;
  /* What followed a space after a big multiplier did not close with a multiplier of its own
     ("7万 5人", "3万 二三"): it is something else, and the numeral ends before the space. */
  if (p.spaced) {
    cjk_restore(&p);
    step = STEP_STOP;
  }
  /* A pure ASCII run is earn_parse_digits()'s, and a range idiom no number at all. */
  if (step == STEP_FAIL || !p.any_cjk || p.range_idiom)
    return false;
  earn_decimal value = p.total;
  if (p.last == TOK_KANJI && p.abbrev > 0 && !shifted(p.pending, p.abbrev, &p.pending))
    return false;
  if (!add_to(&value, p.section) || (p.has_pending && !add_to(&value, p.pending)))
    return false;
  finish(out, value, p.end, p.flags, p.int_digits);
  return true;
}

/* ---- English number words ------------------------------------------------------------ */

typedef enum word_kind {
  W_NONE,
  W_UNIT,    /* zero..nineteen */
  W_TEN,     /* twenty..ninety */
  W_HUNDRED, /* hundred */
  W_SCALE,   /* thousand, million, billion, trillion */
  W_DOZEN,
  W_HALF,
  W_PART, /* third..tenth: a denominator */
  W_AND,
  W_A
} word_kind;

typedef struct number_word {
  const char *text;
  uint8_t kind;  /* word_kind */
  uint8_t value; /* the number, a power of ten for scales, the denominator for parts */
} number_word;

/* No "quarter": in earnings releases a quarter is a fiscal period, not a fourth. */
static const number_word number_words[] = {
    {"zero", W_UNIT, 0},
    {"one", W_UNIT, 1},
    {"two", W_UNIT, 2},
    {"three", W_UNIT, 3},
    {"four", W_UNIT, 4},
    {"five", W_UNIT, 5},
    {"six", W_UNIT, 6},
    {"seven", W_UNIT, 7},
    {"eight", W_UNIT, 8},
    {"nine", W_UNIT, 9},
    {"ten", W_UNIT, 10},
    {"eleven", W_UNIT, 11},
    {"twelve", W_UNIT, 12},
    {"thirteen", W_UNIT, 13},
    {"fourteen", W_UNIT, 14},
    {"fifteen", W_UNIT, 15},
    {"sixteen", W_UNIT, 16},
    {"seventeen", W_UNIT, 17},
    {"eighteen", W_UNIT, 18},
    {"nineteen", W_UNIT, 19},
    {"twenty", W_TEN, 20},
    {"thirty", W_TEN, 30},
    {"forty", W_TEN, 40},
    {"fifty", W_TEN, 50},
    {"sixty", W_TEN, 60},
    {"seventy", W_TEN, 70},
    {"eighty", W_TEN, 80},
    {"ninety", W_TEN, 90},
    {"hundred", W_HUNDRED, 2},
    {"thousand", W_SCALE, 3},
    {"million", W_SCALE, 6},
    {"billion", W_SCALE, 9},
    {"trillion", W_SCALE, 12},
    {"dozen", W_DOZEN, 12},
    {"half", W_HALF, 2},
    {"third", W_PART, 3},
    {"thirds", W_PART, 3},
    {"fourth", W_PART, 4},
    {"fourths", W_PART, 4},
    {"fifth", W_PART, 5},
    {"fifths", W_PART, 5},
    {"sixth", W_PART, 6},
    {"sixths", W_PART, 6},
    {"seventh", W_PART, 7},
    {"sevenths", W_PART, 7},
    {"eighth", W_PART, 8},
    {"eighths", W_PART, 8},
    {"ninth", W_PART, 9},
    {"ninths", W_PART, 9},
    {"tenth", W_PART, 10},
    {"tenths", W_PART, 10},
    {"and", W_AND, 0},
    {"a", W_A, 0},
};

/* Longer than any number word: a letter run this long cannot be one. */
enum { MAX_WORD = 12 };
/* Blanks allowed between two words (a hard-wrapped line may put a break there). */
enum { MAX_GAP = 8 };

/* Called for every word of English text: compare without measuring `word` first. */
static bool word_equals(const char *s, size_t n, const char *word) {
  size_t i = 0;
  for (; i < n; i++) {
    if (word[i] == '\0' || lower(s[i]) != word[i])
      return false;
  }
  return word[i] == '\0';
}

/* The number word that is the whole letter run at s[i], with *end after it; NULL if none. */
static const number_word *word_at(const char *s, size_t len, size_t i, size_t *end) {
  size_t n = 0;
  while (n <= MAX_WORD && i + n < len && is_letter(s[i + n]))
    n++;
  if (n == 0 || n > MAX_WORD)
    return NULL;
  char first = lower(s[i]);
  for (size_t k = 0; k < sizeof number_words / sizeof number_words[0]; k++) {
    if (number_words[k].text[0] == first && word_equals(s + i, n, number_words[k].text)) {
      *end = i + n;
      return &number_words[k];
    }
  }
  return NULL;
}

/* Where the word after the gap at s[i] starts: one hyphen (twenty-one, two-thirds) or a few
   blanks with at most one line break. Returns false if there is no such gap. */
static bool skip_gap(const char *s, size_t len, size_t i, size_t *next) {
  if (i < len && s[i] == '-') {
    *next = i + 1;
    return true;
  }
  size_t n = 0;
  unsigned breaks = 0;
  while (n < MAX_GAP && i + n < len &&
         (s[i + n] == ' ' || s[i + n] == '\t' || s[i + n] == '\n' || s[i + n] == '\r')) {
    if (s[i + n] == '\n' && ++breaks > 1)
      return false;
    n++;
  }
  *next = i + n;
  return n > 0;
}

static const number_word *next_word(const char *s, size_t len, size_t i, size_t *end) {
  size_t start;
  if (!skip_gap(s, len, i, &start))
    return NULL;
  return word_at(s, len, start, end);
}

typedef enum word_step { WORD_GO, WORD_DONE, WORD_STOP, WORD_FAIL } word_step;

typedef struct words_parse {
  earn_decimal total;  /* parts closed by a scale word */
  unsigned cur;        /* the part below the last scale word */
  bool half;           /* 0.5 more: "and a half", a leading "half" */
  word_kind last;      /* the last word read, committed or not */
  word_kind before;    /* the word before a pending "and" or "a" */
  int scale;           /* power of the last scale word, 0 if none */
  earn_decimal result; /* set directly by dozens and fractions */
  bool has_result;
  uint32_t flags;
} words_parse;

static bool after_number(word_kind k) { return k == W_UNIT || k == W_TEN; }

static word_step words_unit(words_parse *p, const number_word *w) {
  bool ok;
  if (p->last == W_NONE)
    ok = true;
  else if (w->value == 0)
    ok = false;
  else if (p->last == W_TEN)
    ok = w->value < 10;
  else if (p->last == W_AND)
    ok = p->before == W_HUNDRED || p->before == W_SCALE;
  else
    ok = p->last == W_HUNDRED || p->last == W_SCALE;
  if (!ok)
    return WORD_STOP;
  p->cur += w->value;
  p->flags |= EARN_NUM_HAS_DIGIT;
  return w->value == 0 ? WORD_DONE : WORD_GO;
}

static word_step words_ten(words_parse *p, const number_word *w) {
  bool ok = p->last == W_NONE || p->last == W_HUNDRED || p->last == W_SCALE ||
            (p->last == W_AND && (p->before == W_HUNDRED || p->before == W_SCALE));
  if (!ok)
    return WORD_STOP;
  p->cur += w->value;
  p->flags |= EARN_NUM_HAS_DIGIT;
  return WORD_GO;
}

static word_step words_hundred(words_parse *p) {
  if (p->last == W_A && p->before == W_NONE)
    p->cur = 1;
  else if (!after_number(p->last) || p->cur == 0 || p->cur > 99)
    return WORD_STOP;
  p->cur *= 100;
  return WORD_GO;
}

static word_step words_scale(words_parse *p, const number_word *w) {
  if (p->scale != 0 && w->value >= p->scale)
    return WORD_STOP;
  if (p->last == W_A && p->before == W_NONE)
    p->cur = 1;
  else if (p->last == W_A && p->before == W_HALF)
    p->cur = 0; /* half a million */
  else if (!((after_number(p->last) || p->last == W_HUNDRED) && p->cur > 0) && p->last != W_HALF)
    return WORD_STOP;
  earn_decimal part = earn_decimal_from_int((int64_t)p->cur);
  if (p->half && !add_to(&part, earn_decimal_make(5, false, -1)))
    return WORD_FAIL;
  if (!shifted(part, w->value, &part) || !add_to(&p->total, part))
    return WORD_FAIL;
  p->cur = 0;
  p->scale = w->value;
  if (p->half) {
    p->half = false;
    return WORD_DONE;
  }
  return WORD_GO;
}

static word_step words_dozen(words_parse *p) {
  unsigned n;
  if (p->last == W_NONE || (p->last == W_A && p->before == W_NONE))
    n = 12;
  else if ((p->last == W_A && p->before == W_HALF) || (p->last == W_HALF && p->cur == 0))
    n = 6; /* half a dozen */
  else if (after_number(p->last) && p->scale == 0 && p->cur <= 99 && !p->half)
    n = p->cur * 12;
  else
    return WORD_STOP;
  p->result = earn_decimal_from_int((int64_t)n);
  p->has_result = true;
  p->half = false;
  return WORD_DONE;
}

/* "num part": one third, two thirds, a fifth. */
static word_step words_fraction(words_parse *p, unsigned num, unsigned den) {
  if (num == 0 || num >= den)
    return WORD_STOP;
  if (!divide(earn_decimal_from_int((int64_t)num), earn_decimal_from_int((int64_t)den), &p->result,
              &p->flags))
    return WORD_FAIL;
  p->has_result = true;
  p->flags |= EARN_NUM_FRACTION;
  return WORD_DONE;
}

static bool single_unit(const words_parse *p) {
  return p->last == W_UNIT && p->scale == 0 && p->cur <= 9;
}

static word_step words_half(words_parse *p) {
  if (single_unit(p) && p->cur == 1)
    return words_fraction(p, 1, 2); /* one half */
  bool leading = p->last == W_NONE || (p->last == W_A && p->before == W_NONE);
  bool and_a_half = p->last == W_A && p->before == W_AND;
  if (!leading && !and_a_half)
    return WORD_STOP;
  p->half = true;
  p->flags |= EARN_NUM_FRACTION;
  return WORD_GO;
}

static word_step words_part(words_parse *p, const number_word *w) {
  if (p->last == W_A && p->before == W_NONE)
    return words_fraction(p, 1, w->value);
  if (!single_unit(p))
    return WORD_STOP;
  return words_fraction(p, p->cur, w->value);
}

static word_step words_and(words_parse *p) {
  if (!after_number(p->last) && p->last != W_HUNDRED && p->last != W_SCALE)
    return WORD_STOP;
  return WORD_GO;
}

/* "a" opens a numeral (a hundred, a dozen, a third), finishes "and a half" after a number,
   or follows a leading "half" (half a million). */
static word_step words_a(words_parse *p) {
  bool ok = p->last == W_NONE || (p->last == W_AND && after_number(p->before)) ||
            (p->last == W_HALF && p->cur == 0 && p->scale == 0);
  return ok ? WORD_GO : WORD_STOP;
}

static word_step words_accept(words_parse *p, const number_word *w) {
  switch ((word_kind)w->kind) {
  case W_UNIT:
    return words_unit(p, w);
  case W_TEN:
    return words_ten(p, w);
  case W_HUNDRED:
    return words_hundred(p);
  case W_SCALE:
    return words_scale(p, w);
  case W_DOZEN:
    return words_dozen(p);
  case W_HALF:
    return words_half(p);
  case W_PART:
    return words_part(p, w);
  case W_AND:
    return words_and(p);
  case W_A:
    return words_a(p);
  case W_NONE:
  default:
    return WORD_STOP;
  }
}

static bool words_value(const words_parse *p, earn_decimal *value) {
  if (p->has_result) {
    *value = p->result;
    return true;
  }
  earn_decimal v = p->total;
  if (!add_to(&v, earn_decimal_from_int((int64_t)p->cur)))
    return false;
  if (p->half && !add_to(&v, earn_decimal_make(5, false, -1)))
    return false;
  *value = v;
  return true;
}

/* "two point five million", "one hundred point zero three": digits after "point", then an
   optional scale word, as earnings-call transcripts spell numbers out. Returns the new end. */
static size_t read_point_words(const char *s, size_t len, size_t end, earn_decimal *value,
                               uint32_t *flags) {
  size_t start = 0, wend = 0;
  if (!skip_gap(s, len, end, &start) || start == end || len - start < 5 ||
      !word_equals(s + start, 5, "point") || (start + 5 < len && is_letter(s[start + 5])))
    return end;
  earn_decimal fraction = zero();
  int places = 0;
  size_t after = start + 5;
  const number_word *w;
  while (places < 12 && (w = next_word(s, len, after, &wend)) != NULL && w->kind == W_UNIT &&
         w->value <= 9) {
    earn_decimal digit;
    if (!shifted(earn_decimal_from_int(w->value), -(places + 1), &digit) ||
        !add_to(&fraction, digit))
      return end;
    places++;
    after = wend;
  }
  earn_decimal v = *value;
  if (places == 0 || !add_to(&v, fraction))
    return end;
  w = next_word(s, len, after, &wend);
  if (w && w->kind == W_SCALE) {
    if (!shifted(v, w->value, &v))
      return end;
    after = wend;
  }
  *value = v;
  *flags |= EARN_NUM_DECIMAL;
  return after;
}

bool earn_parse_words(const char *s, size_t len, size_t pos, earn_numeral *out) {
  words_parse p;
  memset(&p, 0, sizeof p);
  p.total = p.result = zero();
  p.last = p.before = W_NONE;
  size_t committed = pos;
  size_t wend = pos;
  const number_word *w = word_at(s, len, pos, &wend);
  while (w) {
    word_kind previous = p.last;
    word_step step = words_accept(&p, w);
    if (step == WORD_FAIL)
      return false;
    if (step == WORD_STOP)
      break;
    p.before = previous;
    p.last = (word_kind)w->kind;
    /* "and" and "a" count only once what follows them is read. */
    if (p.last != W_AND && p.last != W_A)
      committed = wend;
    if (step == WORD_DONE)
      break;
    w = next_word(s, len, wend, &wend);
  }
  earn_decimal value;
  if (committed == pos || !words_value(&p, &value))
    return false;
  if (!p.has_result && !p.half && p.scale == 0)
    committed = read_point_words(s, len, committed, &value, &p.flags);
  finish(out, value, committed, p.flags | EARN_NUM_WORDS, 0);
  return true;
}

/* ---- Fractions ----------------------------------------------------------------------- */

/* Longest whole number, numerator or denominator a fraction may have; fits int64_t. */
enum { MAX_FRACTION_PART = 18 };

/* A plain digit run at s[i] without grouping or a leading zero (01/02 is a date). Returns its
   length, 0 if there is none. */
static size_t plain_int(const char *s, size_t len, size_t i, earn_decimal *value) {
  size_t n = digit_run(s, len, i, MAX_FRACTION_PART + 1);
  if (n == 0 || n > MAX_FRACTION_PART || (n > 1 && s[i] == '0'))
    return 0;
  int64_t v = 0;
  for (size_t k = 0; k < n; k++)
    v = v * 10 + (s[i + k] - '0');
  *value = earn_decimal_from_int(v);
  return n;
}

/* A digit run that goes on as a decimal or grouped number (1/2.5, 3分の1,000). */
static bool continues_number(const char *s, size_t len, size_t i) {
  return i + 1 < len && (s[i] == '.' || s[i] == ',') && is_digit(s[i + 1]);
}

/* Denominators of everyday fractions: halves to tenths, and hundredths. */
static bool usual_denominator(earn_decimal den) {
  if (earn_decimal_cmp(den, earn_decimal_from_int(100)) == 0)
    return true;
  return earn_decimal_cmp(den, earn_decimal_from_int(2)) >= 0 &&
         earn_decimal_cmp(den, earn_decimal_from_int(10)) <= 0;
}

static bool proper(earn_decimal num, earn_decimal den) {
  return usual_denominator(den) && earn_decimal_cmp(num, earn_decimal_from_int(1)) >= 0 &&
         earn_decimal_cmp(num, den) < 0;
}

/* "n/d" at s[i]; *end after d. */
static bool slash_fraction(const char *s, size_t len, size_t i, earn_decimal *num,
                           earn_decimal *den, size_t *end) {
  size_t n = plain_int(s, len, i, num);
  if (n == 0 || i + n >= len || s[i + n] != '/')
    return false;
  size_t d = plain_int(s, len, i + n + 1, den);
  if (d == 0)
    return false;
  size_t e = i + n + 1 + d;
  /* 1/2/2025 is a date, 1/2.5 something else again. */
  if ((e < len && s[e] == '/') || continues_number(s, len, e) || !proper(*num, *den))
    return false;
  *end = e;
  return true;
}

static bool ascii_fraction(const char *s, size_t len, size_t pos, earn_numeral *out) {
  earn_decimal whole = zero();
  earn_decimal num, den;
  size_t lead = plain_int(s, len, pos, &whole);
  if (lead == 0)
    return false;
  size_t start = pos;
  if (pos + lead + 1 < len && s[pos + lead] == ' ' && is_digit(s[pos + lead + 1]))
    start = pos + lead + 1; /* a mixed number: 1 4/5 */
  else
    whole = zero();
  size_t end;
  if (!slash_fraction(s, len, start, &num, &den, &end))
    return false;
  uint32_t flags = EARN_NUM_FRACTION | EARN_NUM_ASCII | EARN_NUM_HAS_DIGIT;
  earn_decimal value;
  if (!divide(num, den, &value, &flags) || !add_to(&value, whole))
    return false;
  finish(out, earn_decimal_normalize(value), end, flags, (unsigned)lead);
  return true;
}

/* One side of 3分の1 / 三分之一: ASCII digits or a kanji numeral, a whole number. */
static bool cjk_fraction_part(const char *s, size_t len, size_t i, earn_decimal *value, size_t *end,
                              uint32_t *flags) {
  size_t n = plain_int(s, len, i, value);
  if (n > 0) {
    if (continues_number(s, len, i + n))
      return false;
    *end = i + n;
    *flags |= EARN_NUM_ASCII;
    return true;
  }
  if (i < len && is_digit(s[i]))
    return false;
  earn_numeral k;
  if (!earn_parse_cjk(s, len, i, &k) || (k.flags & (EARN_NUM_DECIMAL | EARN_NUM_GROUPED)))
    return false;
  *value = k.value;
  *end = k.end;
  *flags |= k.flags;
  return true;
}

#define CP_FEN 0x5206u /* 分 */
#define CP_NO 0x306Eu  /* の */
#define CP_ZHI 0x4E4Bu /* 之 */

static bool cjk_fraction(const char *s, size_t len, size_t pos, earn_numeral *out) {
  earn_decimal den, num;
  size_t i;
  uint32_t flags = EARN_NUM_FRACTION | EARN_NUM_HAS_DIGIT;
  if (!cjk_fraction_part(s, len, pos, &den, &i, &flags) || cp3_at(s, len, i) != CP_FEN)
    return false;
  uint32_t marker = cp3_at(s, len, i + 3);
  if (marker != CP_NO && marker != CP_ZHI)
    return false;
  /* 百分之三十 is thirty percent: percentages are not fractions here. */
  if (marker == CP_ZHI && earn_decimal_cmp(den, earn_decimal_from_int(100)) == 0)
    return false;
  size_t end;
  if (!cjk_fraction_part(s, len, i + 6, &num, &end, &flags) || !proper(num, den))
    return false;
  earn_decimal value;
  if (!divide(num, den, &value, &flags))
    return false;
  unsigned int_digits = (pos < len && is_digit(s[pos])) ? (unsigned)(i - pos) : 0;
  finish(out, value, end, flags, int_digits);
  return true;
}

bool earn_parse_fraction(const char *s, size_t len, size_t pos, earn_numeral *out) {
  return ascii_fraction(s, len, pos, out) || cjk_fraction(s, len, pos, out);
}
