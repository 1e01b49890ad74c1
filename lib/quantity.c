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
  else if ((starts_with(sc, p, "to ") || starts_with(sc, p, "to\n")) && p > a->end)
    after = p + 2; /* (at a line's end too: "$1.19 to" above "$1.23 per share") */
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
  if (q < sc->len && sc->s[q] == '\n' && after == p + 2) /* "to" at a line's end */
    q = earn_skip_blanks(sc, q + 1);
  size_t digit = q;
  while (digit < sc->len && digit - q < 8 && !is_digit((unsigned char)sc->s[digit]) &&
         !(sc->s[digit] == '.' && digit + 1 < sc->len &&
           is_digit((unsigned char)sc->s[digit + 1]))) /* "$.16 to $.17" */
    digit++;
  if (digit >= sc->len || !(is_digit((unsigned char)sc->s[digit]) || sc->s[digit] == '.'))
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
  /* 2-3 dozen: the first bound is counted by the dozen too. */
  bool by_dozen = b->dozens && !a->dozens && a->kind == EARN_Q_NUMBER;
  if (a->kind == EARN_Q_NUMBER) {
    a->kind = b->kind;
    a->unit = b->unit;
    a->power += b->power - b->scale_power;
  }
  if (!reading_value(a, low) || !reading_value(b, high) ||
      (by_dozen && earn_decimal_mul(*low, earn_decimal_from_int(12), low) != EARN_OK))
    return false;
  if (earn_decimal_cmp(*low, *high) > 0) {
    /* Rates of a decline are written largest first ("同比下降43.49%至29.37%"); other
       quantities in falling order are two figures, not a range. */
    if (a->kind != EARN_Q_PERCENT)
      return false;
    earn_decimal t = *low;
    *low = *high;
    *high = t;
  }
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

/* ---- digits grouped by spaces, decimal commas ------------------------------------------- */

/* Typographic spaces group digits (1 234 567 with U+00A0, U+2007, U+2009 or U+202F). Width
   folding made every space ASCII, so the text before folding says which one stood at i. */
static bool grouping_space_at(const scanner *sc, size_t i) {
  const earn_doc *doc = sc->doc;
  size_t from = earn_text_original(&doc->text, i), to = earn_text_original(&doc->text, i + 1);
  if (to - from < 2)
    return false; /* an ASCII space */
  const char *before = doc->html ? doc->source.text : doc->input;
  uint32_t cp = 0;
  earn_utf8_decode(before + from, to - from, &cp);
  return cp == 0x00A0 || cp == 0x2007 || cp == 0x2009 || cp == 0x202F;
}

/* Whether s[i] separates groups of a number, and of which kind: typographic spaces always;
   ASCII spaces and dots only in a text that writes decimal commas (scan.c). All separators of
   one number are of one kind. */
static bool group_separator_at(const scanner *sc, size_t i, char *sep) {
  char c = sc->s[i];
  if (c != ' ' && !(c == '.' && sc->decimal_comma))
    return false;
  if (*sep && c != *sep)
    return false;
  if (c == ' ' && !sc->decimal_comma && !grouping_space_at(sc, i))
    return false;
  *sep = c;
  return true;
}

/* Digits a grouped numeral may have before and after its decimal mark: more than any
   earn_decimal holds, so that earn_decimal_parse() is the one to refuse a number too long. */
enum { GROUPED_INT_MAX = 48, GROUPED_FRACTION_MAX = 42 };

static void append_digits(char *buf, size_t *n, const char *s, size_t count) {
  memcpy(buf + *n, s, count);
  *n += count;
}

/*
 * Digits grouped in threes by spaces (1 234 567), in a decimal-comma text also by dots
 * (1.234.567), with the decimal part such a text writes: after a comma in a decimal-comma text
 * (1 234 567,89, 12,5), after a point otherwise (1 234 567.89). False when the numeral has
 * neither groups nor a decimal comma: earn_parse_digits() reads it. A dot group alone ("1.234"
 * with no comma after it) is left to that too, since a decimal point reads the same.
 */
static bool parse_grouped_digits(const scanner *sc, size_t pos, earn_numeral *num) {
  const char *s = sc->s;
  size_t lead = digit_run_at(sc, pos, GROUPED_INT_MAX), end = pos + lead;
  if (end + 1 >= sc->len || !is_digit((unsigned char)s[end + 1]) ||
      (s[end] != ' ' && !(sc->decimal_comma && (s[end] == ',' || s[end] == '.'))))
    return false; /* most numbers: nothing to do here */
  char buf[GROUPED_INT_MAX + 1 + GROUPED_FRACTION_MAX];
  size_t n = 0;
  append_digits(buf, &n, s + pos, lead);
  char sep = 0;
  unsigned groups = 0;
  while (lead <= 3 && end + 4 <= sc->len && digit_run_at(sc, end + 1, 4) == 3 &&
         n + 3 <= GROUPED_INT_MAX && group_separator_at(sc, end, &sep)) {
    append_digits(buf, &n, s + end + 1, 3);
    end += 4;
    groups++;
  }
  if (sep == '.' && groups == 1 && !(end < sc->len && s[end] == ',')) {
    groups = 0; /* 1.234 */
    end = pos + lead;
    n = lead;
  }
  char mark = sc->decimal_comma ? ',' : (groups ? '.' : 0);
  size_t frac = 0;
  if (mark && end + 1 < sc->len && s[end] == mark) {
    frac = digit_run_at(sc, end + 1, GROUPED_FRACTION_MAX + 1);
    size_t after = end + 1 + frac;
    /* 1,2,3 is a list, not 1.2 and 2.3 */
    bool listed =
        (after + 1 < sc->len && s[after] == ',' && is_digit((unsigned char)s[after + 1])) ||
        (pos >= 2 && s[pos - 1] == ',' && is_digit((unsigned char)s[pos - 2]));
    if (mark == ',' && listed)
      frac = 0;
  }
  if (groups == 0 && frac == 0)
    return false;
  uint32_t flags = EARN_NUM_ASCII | EARN_NUM_HAS_DIGIT | (groups ? EARN_NUM_GROUPED : 0);
  if (frac) {
    if (frac > GROUPED_FRACTION_MAX)
      return false;
    buf[n++] = '.';
    append_digits(buf, &n, s + end + 1, frac);
    end += 1 + frac;
    flags |= EARN_NUM_DECIMAL;
  }
  if (earn_decimal_parse(buf, n, &num->value, NULL) != EARN_OK)
    return false;
  num->end = end;
  num->flags = flags;
  num->int_digits = (unsigned)(lead + 3 * groups);
  return true;
}

/* ---- scientific notation ------------------------------------------------------------------ */

/* Powers of ten beyond this cannot scale any number an earn_decimal holds. */
enum { MAX_EXPONENT = 40 };

/* A superscript digit (⁰¹²³⁴⁵⁶⁷⁸⁹) as 0..9, or -1. */
static int superscript_digit(uint32_t cp) {
  switch (cp) {
  case 0x2070:
    return 0;
  case 0x00B9:
    return 1;
  case 0x00B2:
    return 2;
  case 0x00B3:
    return 3;
  default:
    return cp >= 0x2074 && cp <= 0x2079 ? (int)(cp - 0x2070) : -1;
  }
}

/* A small whole number as an int, if it is one of 0..MAX_EXPONENT. */
static bool small_whole(earn_decimal d, int *out) {
  for (int v = 0; v <= MAX_EXPONENT; v++)
    if (earn_decimal_cmp(d, earn_decimal_from_int(v)) == 0) {
      *out = v;
      return true;
    }
  return false;
}

/* How an exponent is written: e9 and 10^8 in ASCII digits, 10の13乗 also in kanji, 10⁸ in
   superscripts. */
typedef enum exponent_digits { EXP_ASCII, EXP_KANJI, EXP_SUPERSCRIPT } exponent_digits;

/* The exponent at *p, advancing *p past it: an optional sign and one or two digits of the
   given kind. */
static bool exponent_value(const scanner *sc, size_t *p, exponent_digits kind, int *power) {
  size_t i = *p, n = 0;
  uint32_t cp = i < sc->len ? code_point_at(sc, i, &n) : 0;
  bool negative = cp == (kind == EXP_SUPERSCRIPT ? 0x207Bu : '-');
  if (negative || cp == (kind == EXP_SUPERSCRIPT ? 0x207Au : '+'))
    i += n;
  int v = 0, digits = 0, d;
  earn_numeral k;
  if (kind == EXP_SUPERSCRIPT) {
    for (; digits < 3 && i < sc->len && (d = superscript_digit(code_point_at(sc, i, &n))) >= 0;
         i += n, digits++)
      v = v * 10 + d;
  } else if (i < sc->len && is_digit((unsigned char)sc->s[i])) {
    for (; digits < 3 && i < sc->len && is_digit((unsigned char)sc->s[i]); i++, digits++)
      v = v * 10 + (sc->s[i] - '0');
  } else if (kind == EXP_KANJI && earn_parse_cjk(sc->s, sc->len, i, &k)) {
    if (!small_whole(k.value, &v))
      return false;
    digits = 1;
    i = k.end;
  }
  if (digits == 0 || digits > 2 || v > MAX_EXPONENT)
    return false;
  *power = negative ? -v : v;
  *p = i;
  return true;
}

/* "×10" at p (or x, X, *; a space may stand on either side of the sign): the position after
   the 10, or 0. */
static size_t times_ten_end(const scanner *sc, size_t p) {
  if (p < sc->len && sc->s[p] == ' ')
    p++;
  if (starts_with(sc, p, "×"))
    p += strlen("×");
  else if (p < sc->len && (sc->s[p] == 'x' || sc->s[p] == 'X' || sc->s[p] == '*'))
    p++;
  else
    return 0;
  if (p < sc->len && sc->s[p] == ' ')
    p++;
  if (!starts_with(sc, p, "10") || (p + 2 < sc->len && is_digit((unsigned char)sc->s[p + 2])))
    return 0;
  return p + 2;
}

/* The power of ten written after a mantissa that ends at p: e9, E+6, ×10^8, × 10⁸, ×10の13乗,
   ×10的13次方. Returns the position after it, or 0 if there is none. */
static size_t exponent_end(const scanner *sc, size_t p, int *power) {
  static const char *const cjk_tails[] = {"次方", "次幂", "次冪"};
  size_t i = p;
  if (i < sc->len && (sc->s[i] == 'e' || sc->s[i] == 'E')) {
    i++;
    /* 1.2e9 must end there: 2e10x is some code */
    if (!exponent_value(sc, &i, EXP_ASCII, power) ||
        (i < sc->len && (is_alnum((unsigned char)sc->s[i]) || sc->s[i] == '_')))
      return 0;
    return i;
  }
  if ((i = times_ten_end(sc, p)) == 0)
    return 0;
  if (i < sc->len && sc->s[i] == '^') {
    i++;
    return exponent_value(sc, &i, EXP_ASCII, power) ? i : 0;
  }
  if (starts_with(sc, i, "の")) {
    i += strlen("の");
    return exponent_value(sc, &i, EXP_KANJI, power) && starts_with(sc, i, "乗") ? i + strlen("乗")
                                                                                : 0;
  }
  if (starts_with(sc, i, "的")) {
    i += strlen("的");
    if (!exponent_value(sc, &i, EXP_KANJI, power))
      return 0;
    for (size_t k = 0; k < sizeof cjk_tails / sizeof cjk_tails[0]; k++)
      if (starts_with(sc, i, cjk_tails[k]))
        return i + strlen(cjk_tails[k]);
    return 0;
  }
  return exponent_value(sc, &i, EXP_SUPERSCRIPT, power) ? i : 0; /* ×10⁸ */
}

/* Scientific notation scales the plain digits before it; a power no decimal holds leaves the
   numeral as it was. */
static void read_exponent(const scanner *sc, earn_numeral *num) {
  int power = 0;
  size_t end = exponent_end(sc, num->end, &power);
  earn_decimal v;
  if (end && earn_decimal_shift(num->value, power, &v) == EARN_OK) {
    num->value = v;
    num->end = end;
  }
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
  if (is_digit(c) && parse_grouped_digits(sc, pos, num)) {
    *rule = "quantity.digits";
    read_exponent(sc, num);
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
    read_exponent(sc, num);
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

/* Four digits and nothing else: not 20e2, whose digits scale. */
static bool is_plain_year(const reading *r) {
  if (r->kind != EARN_Q_NUMBER || r->has_sign || r->power != 0 ||
      (r->num.flags & ~(EARN_NUM_ASCII | EARN_NUM_HAS_DIGIT)) || r->num_end - r->num_start != 4 ||
      r->num.int_digits != 4)
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
     an amount, and so is a bare multiplier with a qualifier (百余り万, 千以上), but not a
     unit statement (（百万円未満切捨て）). */
  if ((r->num.flags & EARN_NUM_CJK_SCALE) && !(r->num.flags & EARN_NUM_HAS_DIGIT) &&
      !starts_with(sc, r->num_start, "十") && !starts_with(sc, r->num_start, "拾") &&
      (r->kind == EARN_Q_NUMBER ? r->qual == EARN_QUAL_EXACT : states_unit(sc, r)))
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
  earn_decimal low, high;
  reading b, year = r;
  /* Four digits are a year unless an amount's range starts with them ("2000-2500万美元"). */
  bool range = read_range(sc, &r, &low, &high, &b);
  if (!range && is_plain_year(&year)) {
    earn_emit_label(sc, year.num_start, year.num_end, EARN_Q_DATE, "quantity.year", sc->s + pos, 4);
    return year.num_end;
  }
  r = range ? r : year;
  if (!range && is_kanji_year(&r)) {
    char y[EARN_DECIMAL_BUFSIZE];
    size_t n = earn_decimal_format(earn_decimal_normalize(r.num.value), y, sizeof y);
    earn_emit_label(sc, r.start, r.end, EARN_Q_DATE, "quantity.kanji_year", y, n);
    return r.end;
  }
  if (range) {
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
