/* SPDX-License-Identifier: MIT */
/* One quantity: its numeral read, the words around it weighed, and the result decided: an
   amount, a range, a year, a name, or nothing (千秋 and 一般 are words, not numbers). */
#include "reading.h"

static bool reading_value(const reading *r, earn_decimal *out) {
  earn_decimal v;
  if (earn_decimal_shift(r->num.value, r->power, &v) != EARN_OK)
    return false;
  if (r->has_extra && earn_decimal_add(v, r->extra, &v) != EARN_OK)
    return false;
  *out = r->negative ? earn_decimal_negate(v) : v;
  return true;
}

/* ---- emitting ------------------------------------------------------------------------- */

static bool emit(scanner *sc, reading *r) {
  earn_quantity q;
  memset(&q, 0, sizeof q);
  q.kind = r->kind;
  q.qualifier = r->qual;
  q.flags = r->flags;
  q.unit = r->unit ? r->unit : "";
  q.fstart = r->start;
  q.fend = r->end;
  q.rule = r->rule;
  if (r->num.flags & EARN_NUM_INEXACT)
    q.flags |= EARN_QF_INEXACT;
  if (r->num.flags & (EARN_NUM_WORDS | EARN_NUM_KANJI))
    q.flags |= EARN_QF_WORDS;
  if (q.kind <= EARN_Q_DURATION) {
    if (!reading_value(r, &q.value))
      return earn_doc_add_diag(sc->doc, r->start, r->end, EARN_SEV_WARNING,
                               "number too large to hold exactly; not reported as a quantity");
    q.has_value = true;
  }
  if (q.kind == EARN_Q_MONEY)
    sc->last_money_end = q.fend;
  return earn_doc_add_quantity(sc->doc, &q, "", 0);
}

/* ---- ranges ---------------------------------------------------------------------------- */

/* The trailing multiplier of a CJK numeral (35億 -> 8), so that 30～35億 reads 30億～35億. */
static int trailing_cjk_power(const scanner *sc, const reading *r) {
  static const struct {
    const char *word;
    int power;
  } tails[] = {{"万亿", 12}, {"万億", 12}, {"千万", 7}, {"百万", 6}, {"兆", 12},
               {"億", 8},    {"亿", 8},    {"万", 4},   {"千", 3}};
  for (size_t i = 0; i < sizeof tails / sizeof tails[0]; i++)
    if (ends_with(sc, r->num_end, tails[i].word))
      return tails[i].power;
  return 0;
}

static bool read_at(scanner *sc, size_t pos, size_t floor, reading *r);

/* After a quantity: "-", "~", "至", "to", "and" (after "between") and a second quantity of
   the same kind make a range. */
static bool read_range(scanner *sc, reading *a, earn_decimal *low, earn_decimal *high, reading *b) {
  size_t p = earn_skip_blanks(sc, a->end), after = 0;
  if (p < sc->len && (sc->s[p] == '-' || sc->s[p] == '~'))
    after = p + 1;
  else if (starts_with(sc, p, "至") || starts_with(sc, p, "到"))
    after = p + 3;
  else if (starts_with(sc, p, "to ") && p > a->end)
    after = p + 2;
  else if (starts_with(sc, p, "and ") && p > a->end && a->start >= 8 &&
           ends_with(sc, earn_skip_blanks_back(sc, a->start, 0), "between"))
    after = p + 3;
  if (!after)
    return false;
  /* "from X to Y" and 从X到Y are changes, not ranges. */
  size_t before = earn_skip_blanks_back(sc, a->start, 0);
  if (ends_with(sc, before, "from") || ends_with(sc, before, "From") ||
      ends_with(sc, before, "从") || ends_with(sc, before, "由"))
    return false;
  size_t q = earn_skip_blanks(sc, after);
  size_t digit = q;
  while (digit < sc->len && digit - q < 8 && !is_digit((unsigned char)sc->s[digit]))
    digit++;
  if (digit >= sc->len || !is_digit((unsigned char)sc->s[digit]))
    return false;
  if (!read_at(sc, digit, after, b) || b->start != q)
    return false;
  if (b->kind == EARN_Q_NUMBER && a->kind != EARN_Q_NUMBER && !b->has_sign) {
    /* $10-12 million: the second bound shares the first one's currency. */
    b->kind = a->kind;
    b->unit = a->unit;
    b->power += a->power - a->scale_power;
  }
  if (b->kind == EARN_Q_NUMBER || b->kind > EARN_Q_COUNT)
    return false;
  if (a->kind != EARN_Q_NUMBER && a->kind != b->kind)
    return false;
  if (a->kind == b->kind && strcmp(a->unit, b->unit) != 0)
    return false;
  if (a->power == 0 && !(a->num.flags & EARN_NUM_CJK_SCALE)) {
    int tail = b->scale_power ? b->scale_power : trailing_cjk_power(sc, b);
    a->power += tail;
  }
  if (a->kind == EARN_Q_NUMBER) {
    a->kind = b->kind;
    a->unit = b->unit;
    a->power += b->power - b->scale_power;
  }
  if (!reading_value(a, low) || !reading_value(b, high) || earn_decimal_cmp(*low, *high) > 0)
    return false;
  return true;
}

/* ---- reading a numeral and its surroundings --------------------------------------------- */

/* $.12, .5%: a decimal part with no whole number before it. */
static bool parse_leading_point(const scanner *sc, size_t pos, earn_numeral *num) {
  earn_numeral frac;
  if (sc->s[pos] != '.' || !earn_parse_digits(sc->s, sc->len, pos + 1, &frac) ||
      (frac.flags & (EARN_NUM_GROUPED | EARN_NUM_DECIMAL)))
    return false;
  size_t digits = frac.end - (pos + 1);
  if (earn_decimal_shift(frac.value, -(int)digits, &num->value) != EARN_OK)
    return false;
  num->end = frac.end;
  num->flags = frac.flags | EARN_NUM_DECIMAL;
  num->int_digits = 0;
  return true;
}

/* A fraction has a slash or 分 right after its first number (1/2, 1 4/5, 3分の1, 三分之一);
   most numbers do not, and are spared the fraction parser. */
static bool may_be_fraction(const scanner *sc, size_t pos) {
  size_t i = pos;
  while (i < sc->len && (is_digit((unsigned char)sc->s[i]) || sc->s[i] == ' ') && i - pos < 24)
    i++;
  if (i < sc->len && sc->s[i] == '/')
    return true;
  for (size_t n = 0; i < sc->len && i - pos < 24; i += n) {
    if (starts_with(sc, i, "分"))
      return true;
    if (!earn_is_cjk_numeral_start(code_point_at(sc, i, &n)))
      return false;
  }
  return false;
}

static bool parse_numeral(const scanner *sc, size_t pos, earn_numeral *num, const char **rule) {
  unsigned char c = (unsigned char)sc->s[pos];
  if (c == '.') {
    *rule = "quantity.digits";
    return parse_leading_point(sc, pos, num);
  }
  if (may_be_fraction(sc, pos) && earn_parse_fraction(sc->s, sc->len, pos, num)) {
    *rule = "quantity.fraction";
    return true;
  }
  /* 2.3百分点 and 5百分之 are percentage words after plain digits, not 百 as hundreds. */
  if (is_digit(c) && earn_parse_digits(sc->s, sc->len, pos, num) &&
      starts_with(sc, num->end, "百分")) {
    *rule = "quantity.digits";
    return true;
  }
  if (earn_parse_cjk(sc->s, sc->len, pos, num)) {
    *rule = is_digit(c) ? "quantity.digits_cjk_scale" : "quantity.cjk_numeral";
    return true;
  }
  if (is_digit(c) && earn_parse_digits(sc->s, sc->len, pos, num)) {
    *rule = "quantity.digits";
    return true;
  }
  if (is_alpha(c) && earn_parse_words(sc->s, sc->len, pos, num)) {
    *rule = "quantity.words";
    return true;
  }
  return false;
}

/* Read the quantity whose numeral starts at pos; nothing before `floor` is looked at. */
static bool read_at(scanner *sc, size_t pos, size_t floor, reading *r) {
  memset(r, 0, sizeof *r);
  if (!parse_numeral(sc, pos, &r->num, &r->rule))
    return false;
  r->start = r->num_start = pos;
  r->end = r->num_end = r->num.end;
  r->kind = EARN_Q_NUMBER;
  r->unit = "";
  r->qual = EARN_QUAL_EXACT;
  if (pos > floor && sc->s[pos - 1] == '(')
    r->paren = true; /* tentatively: read_prefix decides */
  earn_read_suffix(sc, r);
  earn_read_prefix(sc, r, floor);
  earn_read_count_noun(sc, r, floor);
  return true;
}

/* Digits touching letters (Lumo4.5, 66PLUS, 5G, COVID-19, 10-K) are part of a name. */
static size_t name_token_end(const scanner *sc, size_t pos) {
  size_t p = pos;
  while (p < sc->len) {
    unsigned char c = (unsigned char)sc->s[p];
    if (is_alnum(c) || c == '_')
      p++;
    else if ((c == '.' || c == '-') && p + 1 < sc->len && is_alnum((unsigned char)sc->s[p + 1]) &&
             p > pos && is_alnum((unsigned char)sc->s[p - 1]))
      p++;
    else
      break;
  }
  return p;
}

static size_t name_token_start(const scanner *sc, size_t pos, size_t floor) {
  size_t p = pos;
  while (p > floor) {
    unsigned char c = (unsigned char)sc->s[p - 1];
    if (is_alnum(c) || c == '_')
      p--;
    else if ((c == '.' || c == '-') && p >= floor + 2 && is_alnum((unsigned char)sc->s[p - 2]))
      p--;
    else
      break;
  }
  return p;
}

/* True when the letters right after a numeral are not a unit, scale or ordinal ending that
   may stand attached to it ("5bn", "6x", "20bps" are amounts; "66PLUS", "5G" are names). */
static bool letters_make_name(const scanner *sc, size_t end) {
  size_t e = 0;
  if (end >= sc->len || !is_alpha((unsigned char)sc->s[end]))
    return false;
  if (earn_lexicon_match(sc->lex, EARN_LEX_SCALE, sc->lang, sc->s, sc->len, end, 0, &e) ||
      earn_lexicon_match(sc->lex, EARN_LEX_UNIT, sc->lang, sc->s, sc->len, end, 0, &e))
    return false;
  return true;
}

static bool letter_before_is_name(const scanner *sc, size_t pos) {
  size_t start = 0;
  /* HL-9000, COVID-19: a letter and a hyphen before the digits make a model name. */
  if (pos >= 2 && sc->s[pos - 1] == '-' && is_alpha((unsigned char)sc->s[pos - 2]))
    return true;
  if (pos == 0 || !is_alpha((unsigned char)sc->s[pos - 1]))
    return false;
  const earn_lex_entry *e =
      earn_lexicon_match_before(sc->lex, EARN_LEX_UNIT, sc->lang, sc->s, pos, &start);
  return !(e && e->kind == EARN_Q_MONEY);
}

static bool is_year_value(earn_decimal v) {
  static const earn_decimal lo = {1900, 0, 0}, hi = {2099, 0, 0};
  return earn_decimal_cmp(v, lo) >= 0 && earn_decimal_cmp(v, hi) <= 0;
}

/* 二〇二五年: a year written in kanji digits, not a duration of 2025 years. */
static bool is_kanji_year(const reading *r) {
  return r->kind == EARN_Q_DURATION && strcmp(r->unit, "years") == 0 &&
         (r->num.flags & EARN_NUM_KANJI) && !(r->num.flags & EARN_NUM_CJK_SCALE) &&
         is_year_value(r->num.value);
}

static bool is_plain_year(const reading *r) {
  if (r->kind != EARN_Q_NUMBER || r->has_sign || r->power != 0 ||
      (r->num.flags & ~(EARN_NUM_ASCII | EARN_NUM_HAS_DIGIT)) || r->num_end - r->num_start != 4)
    return false;
  return is_year_value(r->num.value);
}

/* 単位：百万円, 以人民币千元列示, （百万円）: a multiplier with a currency and no digit, in
   a unit statement, is the unit of the figures around it. */
static bool states_unit(const scanner *sc, const reading *r) {
  static const char *const cues[] = {"単位", "单位", "單位", "以", "(", "in"};
  size_t p = r->start, floor = r->start > 24 ? r->start - 24 : 0;
  while (p > floor && (sc->s[p - 1] == ' ' || sc->s[p - 1] == ':'))
    p--;
  for (size_t i = 0; i < sizeof cues / sizeof cues[0]; i++)
    if (ends_with(sc, p, cues[i]))
      return true;
  return r->end < sc->len && sc->s[r->end] == ')';
}

/* Kanji-only and word numerals are common inside ordinary words (一般, 千秋, 十分, "one of"):
   they count only with a unit or noun, or when they are unmistakably a number. */
static bool words_numeral_stands(const scanner *sc, const reading *r) {
  /* 百万元 and 千元 with no digit state a unit ("in RMB millions"), not an amount; 十亿 is
     an amount. */
  if ((r->num.flags & EARN_NUM_CJK_SCALE) && !(r->num.flags & EARN_NUM_HAS_DIGIT) &&
      !starts_with(sc, r->num_start, "十") && !starts_with(sc, r->num_start, "拾") &&
      (r->kind == EARN_Q_NUMBER || states_unit(sc, r)))
    return false;
  if (r->kind != EARN_Q_NUMBER || r->power != 0)
    return !(starts_with(sc, r->end, "当たり") || starts_with(sc, r->end, "当り") ||
             starts_with(sc, r->end, "あたり"));
  if ((r->num.flags & EARN_NUM_FRACTION) ||
      (r->qual != EARN_QUAL_EXACT && (r->num.flags & EARN_NUM_CJK_SCALE)))
    return true; /* 三分之一, 十万以上 (but not 一不足, "a shortage") */
  if (r->num.flags & EARN_NUM_WORDS)
    return earn_decimal_cmp(r->num.value, earn_decimal_from_int(1)) != 0;
  return (r->num.flags & EARN_NUM_HAS_DIGIT) &&
         (r->num.flags & (EARN_NUM_CJK_SCALE | EARN_NUM_DECIMAL)); /* 三千, 零点五 */
}

/* Read a quantity at pos (a digit, kanji digit or letter); returns where scanning goes on. */
size_t earn_read_quantity(scanner *sc, size_t pos, size_t floor) {
  unsigned char c = (unsigned char)sc->s[pos];
  if (is_digit(c) && letter_before_is_name(sc, pos)) {
    size_t a = name_token_start(sc, pos, floor), b = name_token_end(sc, pos);
    earn_emit_label(sc, a, b, EARN_Q_LABEL, "quantity.name", sc->s + a, b - a);
    return b;
  }
  reading r;
  if (!read_at(sc, pos, floor, &r))
    return pos + 1;
  if (is_digit(c) && letters_make_name(sc, r.num_end)) {
    size_t a = name_token_start(sc, pos, floor), b = name_token_end(sc, pos);
    earn_emit_label(sc, a, b, EARN_Q_LABEL, "quantity.name", sc->s + a, b - a);
    return b;
  }
  if (!is_digit(c) && !words_numeral_stands(sc, &r)) {
    size_t n = 0;
    code_point_at(sc, pos, &n);
    return r.num.flags & EARN_NUM_WORDS ? r.num_end : pos + n;
  }
  if (is_plain_year(&r)) {
    earn_emit_label(sc, r.num_start, r.num_end, EARN_Q_DATE, "quantity.year", sc->s + pos, 4);
    return r.num_end;
  }
  if (is_kanji_year(&r)) {
    char year[EARN_DECIMAL_BUFSIZE];
    size_t n = earn_decimal_format(earn_decimal_normalize(r.num.value), year, sizeof year);
    earn_emit_label(sc, r.start, r.end, EARN_Q_DATE, "quantity.kanji_year", year, n);
    return r.end;
  }
  earn_decimal low, high;
  reading b;
  if (read_range(sc, &r, &low, &high, &b)) {
    earn_quantity q;
    memset(&q, 0, sizeof q);
    q.kind = b.kind;
    q.qualifier = r.qual != EARN_QUAL_EXACT ? r.qual : b.qual;
    q.unit = b.unit;
    q.is_range = true;
    q.low = low;
    q.high = high;
    q.fstart = r.start;
    q.fend = b.end;
    q.rule = "quantity.range";
    q.flags = r.flags | b.flags;
    if (q.kind == EARN_Q_MONEY)
      sc->last_money_end = q.fend;
    earn_doc_add_quantity(sc->doc, &q, "", 0);
    return b.end;
  }
  emit(sc, &r);
  return r.end > pos ? r.end : pos + 1;
}
