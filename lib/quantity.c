/* SPDX-License-Identifier: MIT */
/* The quantity reader: one pass over the folded text that turns every numeral, with the
   currency, scale, unit, qualifier and count noun around it, into an exact quantity. Dates,
   periods and names come from the PCRE2 rules first, so their digits are never amounts. */
#include <string.h>

#include "private.h"

typedef struct scanner {
  earn_doc *doc;
  const earn_lexicon *lex;
  const char *s;
  size_t len;
  earn_lang lang;
  size_t last_money_end; /* folded end of the last amount of money, for (US$1.2) after it */
} scanner;

/* A quantity being assembled around one numeral. */
typedef struct reading {
  size_t start, end;         /* folded span of the whole quantity */
  size_t num_start, num_end; /* the numeral itself */
  earn_numeral num;
  earn_qkind kind;
  const char *unit;
  earn_qualifier qual;
  int power;          /* scale and unit powers of ten still to apply */
  int scale_power;    /* the part that came from a scale word (for ranges) */
  bool negative;
  bool paren;         /* negative by accounting parentheses */
  bool has_currency;
  bool has_noun;
  bool has_sign;
  bool paren_closed; /* ")" came right after the digits: "$(5.2) million" */
  uint32_t flags;
  const char *rule;
  earn_decimal extra; /* sen added to yen (25円50銭) */
  bool has_extra;
} reading;

/* ---- characters --------------------------------------------------------------------- */

static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static bool is_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool is_alnum(unsigned char c) { return is_digit(c) || is_alpha(c); }

static bool starts_with(const scanner *sc, size_t pos, const char *lit) {
  size_t n = strlen(lit);
  return pos + n <= sc->len && memcmp(sc->s + pos, lit, n) == 0;
}

static bool ends_with(const scanner *sc, size_t pos, const char *lit) {
  size_t n = strlen(lit);
  return pos >= n && memcmp(sc->s + pos - n, lit, n) == 0;
}

/* Blanks between a number and its words: a few spaces, and one line break when a word in
   Latin letters stands across it, since English releases are hard-wrapped ("$204.5\nmillion").
   CJK text is not wrapped that way: there a line break ends the quantity. */
static bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

static size_t skip_spaces(const scanner *sc, size_t pos) {
  size_t p = pos;
  while (p < sc->len && p - pos < 3 && is_blank(sc->s[p]))
    p++;
  if (p < sc->len && sc->s[p] == '\n') {
    size_t q = p + 1;
    while (q < sc->len && q - p < 3 && is_blank(sc->s[q]))
      q++;
    if (q < sc->len && is_alpha((unsigned char)sc->s[q]))
      return q;
  }
  return p;
}

static size_t skip_spaces_back(const scanner *sc, size_t pos, size_t floor) {
  size_t p = pos;
  while (p > floor && pos - p < 3 && is_blank(sc->s[p - 1]))
    p--;
  if (p > floor && sc->s[p - 1] == '\n') {
    size_t q = p - 1;
    while (q > floor && p - q < 3 && is_blank(sc->s[q - 1]))
      q--;
    if (q > floor && is_alpha((unsigned char)sc->s[q - 1]))
      return q;
  }
  return p;
}

static uint32_t code_point_at(const scanner *sc, size_t pos, size_t *len) {
  uint32_t cp = 0;
  *len = earn_utf8_decode(sc->s + pos, sc->len - pos, &cp);
  return cp;
}

/* ---- building the value ------------------------------------------------------------- */

static bool reading_value(const reading *r, earn_decimal *out) {
  earn_decimal v;
  if (earn_decimal_shift(r->num.value, r->power, &v) != EARN_OK)
    return false;
  if (r->has_extra && earn_decimal_add(v, r->extra, &v) != EARN_OK)
    return false;
  *out = r->negative ? earn_decimal_negate(v) : v;
  return true;
}

static const char *kind_default_unit(earn_qkind kind) {
  switch (kind) {
  case EARN_Q_PERCENT: return "pct";
  case EARN_Q_PP: return "pp";
  case EARN_Q_MULTIPLE: return "x";
  default: return "";
  }
}

/* ---- what follows a numeral ---------------------------------------------------------- */

static unsigned space_context(size_t term, size_t number_end) {
  return term > number_end ? EARN_MATCH_AFTER_SPACE : 0;
}

static void apply_unit(reading *r, const earn_lex_entry *e) {
  r->kind = (earn_qkind)e->kind;
  r->unit = e->unit[0] ? e->unit : kind_default_unit(r->kind);
  r->power += e->power;
  if (r->kind == EARN_Q_MONEY)
    r->has_currency = true;
}

/* 25円50銭, 3 dollars 50 cents, 2ドル3セント, 50元6角3分: smaller units of the same currency
   after an amount belong to it. */
static void read_subunits(const scanner *sc, reading *r) {
  for (int parts = 0; parts < 2; parts++) {
    size_t p = skip_spaces(sc, r->end);
    if (starts_with(sc, p, "and ") || starts_with(sc, p, "又"))
      p = skip_spaces(sc, p + (sc->s[p] == 'a' ? 4 : 3));
    else if (starts_with(sc, p, "と"))
      p += 3;
    earn_numeral n;
    if (!earn_parse_digits(sc->s, sc->len, p, &n) && !earn_parse_cjk(sc->s, sc->len, p, &n))
      return;
    if (n.flags & (EARN_NUM_DECIMAL | EARN_NUM_CJK_SCALE))
      return;
    size_t q = skip_spaces(sc, n.end), end = 0;
    const earn_lex_entry *e = earn_lexicon_match(sc->lex, EARN_LEX_UNIT, sc->lang, sc->s, sc->len,
                                                 q, space_context(q, n.end) | EARN_MATCH_SUBUNITS,
                                                 &end);
    if (!e || e->kind != EARN_Q_MONEY || e->power >= 0 || strcmp(e->unit, r->unit) != 0)
      return;
    earn_decimal v, sum;
    earn_decimal base = r->has_extra ? r->extra : earn_decimal_from_int(0);
    if (earn_decimal_shift(n.value, e->power, &v) != EARN_OK ||
        earn_decimal_add(base, v, &sum) != EARN_OK)
      return;
    r->extra = sum; /* in base units, added by reading_value() */
    r->has_extra = true;
    r->end = end;
  }
}

/* An English adjective or two may stand between a number and its noun ("500 new stores"). */
static bool is_filler_word(const char *w, size_t n) {
  static const char *const stop[] = {"in", "of", "to", "from", "for", "and", "or", "the", "a",
                                     "an", "at", "by", "on", "per", "than", "as", "with"};
  for (size_t i = 0; i < sizeof stop / sizeof stop[0]; i++)
    if (strlen(stop[i]) == n && strncmp(w, stop[i], n) == 0)
      return false;
  return n > 0 && n <= 14;
}

static bool noun_after(const scanner *sc, reading *r) {
  size_t p = r->end;
  size_t end = 0;
  const earn_lex_entry *e;
  if (starts_with(sc, p, "の") || starts_with(sc, p, "的"))
    p += 3;
  p = skip_spaces(sc, p);
  e = earn_lexicon_match(sc->lex, EARN_LEX_NOUN, sc->lang, sc->s, sc->len, p, space_context(p, r->end), &end);
  if (!e && sc->lang == EARN_LANG_EN && p > r->end) {
    size_t w = p;
    while (w < sc->len && (is_alpha((unsigned char)sc->s[w]) || sc->s[w] == '-'))
      w++;
    if (w > p && is_filler_word(sc->s + p, w - p)) {
      size_t q = skip_spaces(sc, w);
      if (q > w)
        e = earn_lexicon_match(sc->lex, EARN_LEX_NOUN, sc->lang, sc->s, sc->len, q, EARN_MATCH_AFTER_SPACE, &end);
    }
  }
  if (!e)
    return false;
  r->kind = EARN_Q_COUNT;
  r->unit = e->unit;
  r->end = end;
  r->has_noun = true;
  return true;
}

static bool noun_before(const scanner *sc, reading *r, size_t floor) {
  size_t p = r->start, start = 0;
  for (int hops = 0; hops < 3; hops++) {
    p = skip_spaces_back(sc, p, floor);
    const earn_lex_entry *link =
        earn_lexicon_match_before(sc->lex, EARN_LEX_LINK, sc->lang, sc->s, p, &start);
    if (!link || start < floor)
      break;
    p = start;
  }
  p = skip_spaces_back(sc, p, floor);
  const earn_lex_entry *e =
      earn_lexicon_match_before(sc->lex, EARN_LEX_NOUN, sc->lang, sc->s, p, &start);
  if (!e || start < floor || r->start - start > 60)
    return false;
  r->kind = EARN_Q_COUNT;
  r->unit = e->unit;
  r->has_noun = true;
  return true;
}

/* 500余万, 一千多万: a multiplier after 余 or 多 scales the number before them. */
static int multiplier_after(const scanner *sc, size_t pos, size_t *end) {
  static const struct {
    const char *word;
    int power;
  } words[] = {{"万亿", 12}, {"万億", 12}, {"亿", 8}, {"億", 8}, {"万", 4}, {"萬", 4}};
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
    if (starts_with(sc, pos, words[i].word)) {
      *end = pos + strlen(words[i].word);
      return words[i].power;
    }
  return 0;
}

static void read_suffix(const scanner *sc, reading *r) {
  size_t end = 0, p;
  const earn_lex_entry *e;
  if (r->paren && r->end < sc->len && sc->s[r->end] == ')') {
    r->paren_closed = true;
    r->end++;
  }
  if (!(r->num.flags & EARN_NUM_CJK_SCALE)) {
    p = skip_spaces(sc, r->end);
    e = earn_lexicon_match(sc->lex, EARN_LEX_SCALE, sc->lang, sc->s, sc->len, p, space_context(p, r->end),
                           &end);
    if (e) {
      r->power += e->power;
      r->scale_power = e->power;
      r->end = end;
    }
  }
  p = skip_spaces(sc, r->end);
  e = earn_lexicon_match(sc->lex, EARN_LEX_UNIT, sc->lang, sc->s, sc->len, p, space_context(p, r->end), &end);
  if (e && !(r->has_currency && e->kind != EARN_Q_MONEY)) {
    apply_unit(r, e);
    r->end = end;
    if (r->kind == EARN_Q_MONEY && e->power == 0)
      read_subunits(sc, r);
    /* 亿元人民币: a second word for the same currency belongs to the amount too. */
    size_t end2 = 0;
    const earn_lex_entry *again =
        earn_lexicon_match(sc->lex, EARN_LEX_UNIT, sc->lang, sc->s, sc->len, r->end, 0, &end2);
    if (again && again->kind == EARN_Q_MONEY && r->kind == EARN_Q_MONEY &&
        strcmp(again->unit, r->unit) == 0)
      r->end = end2;
  }
  p = skip_spaces(sc, r->end);
  e = earn_lexicon_match(sc->lex, EARN_LEX_QUALIFIER, sc->lang, sc->s, sc->len, p, space_context(p, r->end),
                         &end);
  if (e) {
    r->qual = (earn_qualifier)e->qualifier;
    r->end = end;
    int power = multiplier_after(sc, r->end, &end);
    if (power && r->kind == EARN_Q_NUMBER) {
      r->power += power;
      r->end = end;
      e = earn_lexicon_match(sc->lex, EARN_LEX_UNIT, sc->lang, sc->s, sc->len, r->end, 0,
                             &end);
      if (e) {
        apply_unit(r, e);
        r->end = end;
      }
    }
    /* 100余家, 30多个: the counter comes after the qualifier. */
    if (r->kind == EARN_Q_NUMBER) {
      e = earn_lexicon_match(sc->lex, EARN_LEX_UNIT, sc->lang, sc->s, sc->len, r->end, 0,
                             &end);
      if (e && e->kind == EARN_Q_COUNT) {
        apply_unit(r, e);
        r->end = end;
      }
    }
  }
}

/* ---- what precedes a numeral --------------------------------------------------------- */

static bool negative_mark_before(const scanner *sc, size_t p, size_t floor, size_t *start) {
  static const char *const marks[] = {"△", "▲", "マイナス", "负", "負", "minus ", "Minus "};
  for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
    size_t n = strlen(marks[i]);
    if (p >= floor + n && ends_with(sc, p, marks[i]) &&
        (marks[i][0] != 'm' && marks[i][0] != 'M' ? true
                                                  : p == n || !is_alpha((unsigned char)sc->s[p - n - 1]))) {
      *start = p - n;
      return true;
    }
  }
  if (p > floor && sc->s[p - 1] == '-' && (p - 1 == 0 || !is_alnum((unsigned char)sc->s[p - 2]))) {
    *start = p - 1;
    return true;
  }
  return false;
}

/* A currency word or sign just before position *p ("US$", "RMB ", "人民币"), and a minus
   sign before that ("-$5"). */
static void take_currency(const scanner *sc, reading *r, size_t *p, size_t floor) {
  size_t start = 0, q = skip_spaces_back(sc, *p, floor);
  const earn_lex_entry *e =
      earn_lexicon_match_before(sc->lex, EARN_LEX_UNIT, sc->lang, sc->s, q, &start);
  if (!e || start < floor || (e->kind != EARN_Q_MONEY && e->kind != EARN_Q_PERCENT) ||
      (r->kind != EARN_Q_NUMBER && e->kind != r->kind))
    return;
  if (r->kind == EARN_Q_NUMBER)
    apply_unit(r, e);
  else if (r->kind == EARN_Q_MONEY && strcmp(r->unit, e->unit) != 0)
    earn_doc_add_diag(sc->doc, start, r->end, EARN_SEV_WARNING,
                      "currency %s before the amount and %s after it; kept %s", e->unit, r->unit,
                      r->unit);
  r->has_currency = r->kind == EARN_Q_MONEY;
  *p = start;
  if (!r->has_sign && negative_mark_before(sc, *p, floor, &start)) {
    *p = start;
    r->negative = true;
    r->has_sign = true;
  }
}

static void read_prefix(const scanner *sc, reading *r, size_t floor) {
  size_t p = r->start, start = 0;
  if (p > floor && sc->s[p - 1] == '+' && (p - 1 == 0 || !is_alnum((unsigned char)sc->s[p - 2]))) {
    p--;
    r->has_sign = true;
  } else if (negative_mark_before(sc, p, floor, &start)) {
    p = start;
    r->negative = true;
    r->has_sign = true;
  }
  take_currency(sc, r, &p, floor);
  /* Accounting negatives: (1,234), $(5.2), (5.2)%. The parenthesis must close right after
     the digits: "(US$50.0 billion)" after an amount is its translation, and a bare (1) is a
     note mark, not -1. */
  if (p > floor && sc->s[p - 1] == '(' && !r->negative) {
    size_t close = r->end;
    bool closed = r->paren_closed || (close < sc->len && sc->s[close] == ')');
    bool looks_amount = (r->num.flags & (EARN_NUM_GROUPED | EARN_NUM_DECIMAL)) ||
                        r->has_currency || r->num.int_digits >= 3;
    bool translation = r->has_currency && sc->last_money_end &&
                       skip_spaces_back(sc, p - 1, 0) == sc->last_money_end;
    if (closed && looks_amount && !translation) {
      r->negative = true;
      r->paren = true;
      r->flags |= EARN_QF_NEGATIVE_MARK;
      p--;
      if (close < sc->len && sc->s[close] == ')')
        r->end = close + 1;
      if (!r->has_currency)
        take_currency(sc, r, &p, floor); /* $(0.12) */
    }
  }
  size_t q = skip_spaces_back(sc, p, floor);
  const earn_lex_entry *e =
      earn_lexicon_match_before(sc->lex, EARN_LEX_QUALIFIER, sc->lang, sc->s, q, &start);
  if (e && start >= floor && r->qual == EARN_QUAL_EXACT) {
    r->qual = (earn_qualifier)e->qualifier;
    p = start;
  }
  if (r->negative && !r->paren &&
      (ends_with(sc, r->num_start, "△") || ends_with(sc, r->num_start, "▲")))
    r->flags |= EARN_QF_NEGATIVE_MARK; /* Japanese accounting minus signs */
  r->start = p;
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

static bool emit_label(scanner *sc, size_t start, size_t end, earn_qkind kind, const char *rule,
                       const char *label, size_t label_len) {
  if (kind == EARN_Q_LABEL) {
    /* A name is reported as written, before width folding (（注1）, ＮＹＳＥ). */
    const earn_text *t = &sc->doc->text;
    label = sc->doc->input + t->map[start];
    label_len = t->map[end] - t->map[start];
  }
  earn_quantity q;
  memset(&q, 0, sizeof q);
  q.kind = kind;
  q.unit = "";
  q.fstart = start;
  q.fend = end;
  q.rule = rule;
  return earn_doc_add_quantity(sc->doc, &q, label, label_len);
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
static bool read_range(scanner *sc, reading *a, earn_decimal *low, earn_decimal *high,
                       reading *b) {
  size_t p = skip_spaces(sc, a->end), after = 0;
  if (p < sc->len && (sc->s[p] == '-' || sc->s[p] == '~'))
    after = p + 1;
  else if (starts_with(sc, p, "至") || starts_with(sc, p, "到"))
    after = p + 3;
  else if (sc->lang == EARN_LANG_EN && starts_with(sc, p, "to ") && p > a->end)
    after = p + 2;
  else if (sc->lang == EARN_LANG_EN && starts_with(sc, p, "and ") && p > a->end &&
           a->start >= 8 && ends_with(sc, skip_spaces_back(sc, a->start, 0), "between"))
    after = p + 3;
  if (!after)
    return false;
  /* "from X to Y" and 从X到Y are changes, not ranges. */
  size_t before = skip_spaces_back(sc, a->start, 0);
  if (ends_with(sc, before, "from") || ends_with(sc, before, "From") ||
      ends_with(sc, before, "从") || ends_with(sc, before, "由"))
    return false;
  size_t q = skip_spaces(sc, after);
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
  if (a->kind == b->kind && strcmp(a->unit ? a->unit : "", b->unit ? b->unit : "") != 0)
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

static bool parse_numeral(const scanner *sc, size_t pos, earn_numeral *num, const char **rule) {
  unsigned char c = (unsigned char)sc->s[pos];
  if (c == '.') {
    *rule = "quantity.digits";
    return parse_leading_point(sc, pos, num);
  }
  if (earn_parse_fraction(sc->s, sc->len, pos, num)) {
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
  read_suffix(sc, r);
  read_prefix(sc, r, floor);
  /* A generic counter (人, 台, 家) says less than a noun next to it (人 ... ユーザー). */
  bool wants_noun = r->kind == EARN_Q_NUMBER ||
                    (r->kind == EARN_Q_COUNT &&
                     (strcmp(r->unit, "people") == 0 || strcmp(r->unit, "units") == 0 ||
                      strcmp(r->unit, "organizations") == 0 || strcmp(r->unit, "stores") == 0));
  if (wants_noun && !noun_after(sc, r))
    (void)noun_before(sc, r, floor);
  return true;
}

/* Digits touching letters (Qwen3.5, 88VIP, 5G, COVID-19, 10-K) are part of a name. */
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
   may stand attached to it ("5bn", "6x", "20bps" are amounts; "88VIP", "5G" are names). */
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
  if (pos == 0 || !is_alpha((unsigned char)sc->s[pos - 1]))
    return false;
  const earn_lex_entry *e =
      earn_lexicon_match_before(sc->lex, EARN_LEX_UNIT, sc->lang, sc->s, pos, &start);
  return !(e && e->kind == EARN_Q_MONEY);
}

static bool is_year_value(earn_decimal v) {
  earn_decimal lo = earn_decimal_from_int(1900), hi = earn_decimal_from_int(2099);
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

/* Kanji-only and word numerals are common inside ordinary words (一般, 千問, 十分, "one of"):
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
  if (r->num.flags & EARN_NUM_FRACTION)
    return true;
  if (r->num.flags & EARN_NUM_WORDS)
    return earn_decimal_cmp(r->num.value, earn_decimal_from_int(1)) != 0;
  return (r->num.flags & EARN_NUM_HAS_DIGIT) && (r->num.flags & EARN_NUM_CJK_SCALE);
}

static void set_year_label(scanner *sc, const reading *r) {
  emit_label(sc, r->num_start, r->num_end, EARN_Q_DATE, "quantity.year", sc->s + r->num_start,
             4);
}

/* Read a quantity at pos (a digit, kanji digit or letter); returns where scanning goes on. */
static size_t read_quantity(scanner *sc, size_t pos, size_t floor) {
  unsigned char c = (unsigned char)sc->s[pos];
  if (is_digit(c) && letter_before_is_name(sc, pos)) {
    size_t a = name_token_start(sc, pos, floor), b = name_token_end(sc, pos);
    emit_label(sc, a, b, EARN_Q_LABEL, "quantity.name", sc->s + a, b - a);
    return b;
  }
  reading r;
  if (!read_at(sc, pos, floor, &r))
    return pos + 1;
  if (is_digit(c) && letters_make_name(sc, r.num_end)) {
    size_t a = name_token_start(sc, pos, floor), b = name_token_end(sc, pos);
    emit_label(sc, a, b, EARN_Q_LABEL, "quantity.name", sc->s + a, b - a);
    return b;
  }
  if (!is_digit(c) && !words_numeral_stands(sc, &r)) {
    size_t n = 0;
    code_point_at(sc, pos, &n);
    return r.num.flags & EARN_NUM_WORDS ? r.num_end : pos + n;
  }
  if (is_plain_year(&r)) {
    set_year_label(sc, &r);
    return r.num_end;
  }
  if (is_kanji_year(&r)) {
    char year[EARN_DECIMAL_BUFSIZE];
    size_t n = earn_decimal_format(earn_decimal_normalize(r.num.value), year, sizeof year);
    emit_label(sc, r.start, r.end, EARN_Q_DATE, "quantity.kanji_year", year, n);
    return r.end;
  }
  earn_decimal low, high;
  reading b;
  if (r.kind != EARN_Q_DATE && read_range(sc, &r, &low, &high, &b)) {
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
    earn_doc_add_quantity(sc->doc, &q, "", 0);
    return b.end;
  }
  emit(sc, &r);
  return r.end > pos ? r.end : pos + 1;
}

/* A word that is an amount by itself: 三桁 (at least 100%), double-digit, 倍増. */
static size_t read_word(scanner *sc, size_t pos, const earn_lex_entry *e, size_t end) {
  earn_quantity q;
  memset(&q, 0, sizeof q);
  earn_error err;
  if (earn_decimal_parse(e->value, strlen(e->value), &q.value, &err) != EARN_OK)
    return end;
  q.kind = (earn_qkind)e->kind;
  q.unit = e->unit;
  q.qualifier = (earn_qualifier)e->qualifier;
  q.has_value = true;
  q.flags = EARN_QF_WORDS | (q.qualifier == EARN_QUAL_AT_LEAST ? EARN_QF_LOWER_BOUND_WORD : 0);
  q.fstart = pos;
  q.fend = end;
  q.rule = "quantity.word";
  earn_doc_add_quantity(sc->doc, &q, "", 0);
  return end;
}

/* ---- the pass ---------------------------------------------------------------------------- */

earn_status earn_scan_quantities(earn_doc *doc, earn_error *err) {
  scanner sc = {doc, doc->ex->lex, doc->text.s, doc->text.len, doc->lang, 0};
  earn_pattern_scan *ps = earn_pattern_scan_new(doc->ex->patterns);
  if (!ps)
    return earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, NULL);
  earn_pattern_hit hit;
  earn_status failed = EARN_OK;
  bool have_hit = earn_pattern_next(ps, sc.s, sc.len, 0, &hit, &failed);
  size_t pos = 0, floor = 0;
  while (pos < sc.len) {
    while (have_hit && hit.start < pos)
      have_hit = earn_pattern_next(ps, sc.s, sc.len, pos, &hit, &failed);
    if (have_hit && hit.start == pos) {
      emit_label(&sc, hit.start, hit.end, hit.kind, hit.rule, hit.label, strlen(hit.label));
      pos = floor = hit.end;
      continue;
    }
    size_t limit = have_hit ? hit.start : sc.len;
    unsigned char c = (unsigned char)sc.s[pos];
    size_t next = pos + 1, end = 0;
    if (c >= 0x80 || is_digit(c) ||
        (is_alpha(c) && (pos == 0 || !is_alpha((unsigned char)sc.s[pos - 1])))) {
      const earn_lex_entry *w =
          earn_lexicon_match(sc.lex, EARN_LEX_WORD, sc.lang, sc.s, limit, pos, 0, &end);
      if (w && (c >= 0x80 || pos == 0 || !is_alnum((unsigned char)sc.s[pos - 1]))) {
        pos = floor = read_word(&sc, pos, w, end);
        continue;
      }
    }
    bool point = c == '.' && pos + 1 < sc.len && is_digit((unsigned char)sc.s[pos + 1]) &&
                 (pos == 0 || sc.s[pos - 1] == '$' || sc.s[pos - 1] == ' ');
    if (is_digit(c) || point ||
        (is_alpha(c) && (pos == 0 || !is_alnum((unsigned char)sc.s[pos - 1])))) {
      next = read_quantity(&sc, pos, floor);
      if (next > pos + 1 || is_digit(c))
        floor = next;
    } else if (c >= 0x80) {
      size_t n = 0;
      uint32_t cp = code_point_at(&sc, pos, &n);
      next = pos + n;
      if (earn_is_cjk_numeral_start(cp) && !ends_with(&sc, pos, "第")) {
        size_t r = read_quantity(&sc, pos, floor);
        if (r > next) {
          next = r;
          floor = r;
        }
      }
    } else if (is_alpha(c)) {
      while (next < sc.len && is_alpha((unsigned char)sc.s[next]))
        next++;
    }
    pos = next;
  }
  earn_pattern_scan_free(ps);
  if (failed == EARN_ERR_NOMEM)
    return earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, NULL);
  if (failed != EARN_OK)
    earn_doc_add_diag(doc, 0, 0, EARN_SEV_WARNING,
                      "the date and period patterns failed part-way; dates may be missing");
  return EARN_OK;
}
