/* SPDX-License-Identifier: MIT */
/* What stands around a numeral: currency, sign and qualifier before it; scale, unit,
   subunits, qualifier and count noun after it; and the blanks that may separate them. */
#include "reading.h"

/* Blanks between a number and its words: a few spaces, and one line break when a lower-case
   word stands across it, since English releases are hard-wrapped ("$204.5\nmillion"). A line
   that starts with a capital or a code (USD) starts something new, and CJK text is not
   wrapped that way: there a line break ends the quantity. */
static bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

size_t earn_skip_blanks(const scanner *sc, size_t pos) {
  size_t p = pos;
  while (p < sc->len && p - pos < 3 && is_blank(sc->s[p]))
    p++;
  if (p < sc->len && sc->s[p] == '\n') {
    size_t q = p + 1;
    while (q < sc->len && q - p < 3 && is_blank(sc->s[q]))
      q++;
    if (q < sc->len && sc->s[q] >= 'a' && sc->s[q] <= 'z')
      return q;
  }
  return p;
}

size_t earn_skip_blanks_back(const scanner *sc, size_t pos, size_t floor) {
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

static const char *kind_default_unit(earn_qkind kind) {
  switch (kind) {
  case EARN_Q_PERCENT:
    return "pct";
  case EARN_Q_PP:
    return "pp";
  case EARN_Q_MULTIPLE:
    return "x";
  default:
    return "";
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

/* Add v (base units) to the amount: subunits and halves. False if it cannot be held. */
static bool add_extra(reading *r, earn_decimal v) {
  earn_decimal sum;
  if (earn_decimal_add(r->extra, v, &sum) != EARN_OK) /* extra starts as a zeroed decimal: 0 */
    return false;
  r->extra = sum;
  r->has_extra = true;
  return true;
}

/* Units that smaller units of the same measure may follow: a currency's main unit and the
   tenths of 割 (分 and 厘 are its hundredths and thousandths). */
static bool has_subunits(const reading *r, const earn_lex_entry *e) {
  return (r->kind == EARN_Q_MONEY && e->power == 0) || (r->kind == EARN_Q_PERCENT && e->power > 0);
}

/* 25円50銭, 3 dollars 50 cents, 2ドル3セント, 50元6角3分, 3割8分5厘: smaller units of the
   same measure after an amount belong to it, each smaller than the one before (main_power is
   the main unit's power of ten). */
static void read_subunits(const scanner *sc, reading *r, int main_power) {
  int last = main_power;
  for (int parts = 0; parts < 2; parts++) {
    size_t p = earn_skip_blanks(sc, r->end);
    if (starts_with(sc, p, "and ") || starts_with(sc, p, "又"))
      p = earn_skip_blanks(sc, p + (sc->s[p] == 'a' ? 4 : 3));
    else if (starts_with(sc, p, "と"))
      p += 3;
    earn_numeral n;
    if (!earn_parse_digits(sc->s, sc->len, p, &n) && !earn_parse_cjk(sc->s, sc->len, p, &n))
      return;
    if (n.flags & (EARN_NUM_DECIMAL | EARN_NUM_CJK_SCALE))
      return;
    size_t q = earn_skip_blanks(sc, n.end), end = 0;
    const earn_lex_entry *e =
        earn_lexicon_match(sc->lex, EARN_LEX_UNIT, sc->lang, sc->s, sc->len, q,
                           space_context(q, n.end) | EARN_MATCH_SUBUNITS, &end);
    if (!e || (earn_qkind)e->kind != r->kind || e->power >= last || strcmp(e->unit, r->unit) != 0)
      return;
    earn_decimal v;
    if (earn_decimal_shift(n.value, e->power, &v) != EARN_OK || !add_extra(r, v))
      return;
    r->end = end;
    last = e->power;
  }
}

/* 3年半, 七割半, 2倍半: 半 after a unit adds half of that unit. */
static void add_half_unit(reading *r, const earn_lex_entry *e) {
  earn_decimal half;
  if (earn_decimal_shift(earn_decimal_from_int(5), e->power - 1, &half) == EARN_OK &&
      add_extra(r, half))
    r->end += strlen("半");
}

/* Words for a dozen: twelve is no power of ten, so no scale entry can say it. */
static const struct {
  const char *word;
  uint8_t langs; /* bit (1 << earn_lang) per language */
  bool spaced;   /* may stand after a space ("3 dozen") */
} dozen_words[] = {{"dozens", 0x7, true},
                   {"dozen", 0x7, true},
                   {"ダース", 1u << EARN_LANG_JA, true},
                   {"打", 1u << EARN_LANG_ZH, false}};

/* 打 begins many verbs (打造, 打破); after a number these are no dozens ("10亿打造"). */
static bool starts_da_verb(const scanner *sc, size_t pos) {
  static const char verbs[] = "造破开击通折响入出下好算印卡车压扰动赢败工";
  if (pos + 3 > sc->len)
    return false;
  for (size_t i = 0; i + 3 <= sizeof verbs - 1; i += 3)
    if (memcmp(sc->s + pos, verbs + i, 3) == 0)
      return true;
  return false;
}

static unsigned char fold_case(unsigned char c) {
  return c >= 'A' && c <= 'Z' ? (unsigned char)(c + ('a' - 'A')) : c;
}

/* The end of word w at pos, ASCII letters compared in either case and an ASCII word not
   running on into a letter; 0 if w does not stand there. */
static size_t word_end_at(const scanner *sc, size_t pos, const char *w) {
  size_t n = strlen(w);
  if (pos > sc->len || n > sc->len - pos)
    return 0;
  for (size_t k = 0; k < n; k++)
    if (fold_case((unsigned char)sc->s[pos + k]) != (unsigned char)w[k])
      return 0;
  if (is_alpha((unsigned char)w[n - 1]) && pos + n < sc->len &&
      is_alpha((unsigned char)sc->s[pos + n]))
    return 0;
  return pos + n;
}

/* 3 dozen, 2ダース, 十打, a dozen: a count by the dozen. A word after the numeral multiplies
   it by twelve; number words have done so already ("three dozen"). */
static void read_dozens(const scanner *sc, reading *r) {
  if (r->num.flags & EARN_NUM_WORDS) {
    size_t n = strlen("dozen");
    if (r->num_end - r->num_start >= n && word_end_at(sc, r->num_end - n, "dozen")) {
      r->kind = EARN_Q_COUNT;
      r->dozens = true;
    }
    return;
  }
  size_t p = earn_skip_blanks(sc, r->end);
  unsigned char c = p < sc->len ? (unsigned char)sc->s[p] : 0;
  if (c != 'd' && c != 'D' && c < 0x80)
    return; /* most numbers: no dozen word can follow */
  for (size_t i = 0; i < sizeof dozen_words / sizeof dozen_words[0]; i++) {
    if (!(dozen_words[i].langs & (1u << sc->lang)) || (p > r->end && !dozen_words[i].spaced))
      continue;
    size_t end = word_end_at(sc, p, dozen_words[i].word);
    earn_decimal v;
    if (!end || (strcmp(dozen_words[i].word, "打") == 0 && starts_da_verb(sc, end)) ||
        earn_decimal_mul(r->num.value, earn_decimal_from_int(12), &v) != EARN_OK)
      continue;
    r->num.value = v;
    r->kind = EARN_Q_COUNT;
    r->dozens = true;
    r->end = end;
    return;
  }
}

/* One English adjective may stand between a number and its noun ("500 new stores"). */
static bool is_filler_word(const char *w, size_t n) {
  static const char *const stop[] = {"in", "of", "to", "from", "for", "and",  "or", "the", "a",
                                     "an", "at", "by", "on",   "per", "than", "as", "with"};
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
  p = earn_skip_blanks(sc, p);
  e = earn_lexicon_match(sc->lex, EARN_LEX_NOUN, sc->lang, sc->s, sc->len, p,
                         space_context(p, r->end), &end);
  if (!e && p > r->end && p < sc->len && is_alpha((unsigned char)sc->s[p])) {
    size_t w = p;
    while (w < sc->len && (is_alpha((unsigned char)sc->s[w]) || sc->s[w] == '-'))
      w++;
    if (w > p && is_filler_word(sc->s + p, w - p)) {
      size_t q = earn_skip_blanks(sc, w);
      if (q > w)
        e = earn_lexicon_match(sc->lex, EARN_LEX_NOUN, sc->lang, sc->s, sc->len, q,
                               EARN_MATCH_AFTER_SPACE, &end);
    }
  }
  if (!e)
    return false;
  r->kind = EARN_Q_COUNT;
  r->unit = e->unit;
  r->end = end;
  return true;
}

static bool noun_before(const scanner *sc, reading *r, size_t floor) {
  size_t p = r->start, start = 0;
  for (int hops = 0; hops < 3; hops++) {
    p = earn_skip_blanks_back(sc, p, floor);
    const earn_lex_entry *link =
        earn_lexicon_match_before(sc->lex, EARN_LEX_LINK, sc->lang, sc->s, p, &start);
    if (!link || start < floor)
      break;
    p = start;
  }
  p = earn_skip_blanks_back(sc, p, floor);
  const earn_lex_entry *e =
      earn_lexicon_match_before(sc->lex, EARN_LEX_NOUN, sc->lang, sc->s, p, &start);
  if (!e || start < floor || r->start - start > 60)
    return false;
  r->kind = EARN_Q_COUNT;
  r->unit = e->unit;
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

void earn_read_suffix(const scanner *sc, reading *r) {
  size_t end = 0, p;
  const earn_lex_entry *e;
  if (r->paren && r->end < sc->len && sc->s[r->end] == ')') {
    r->paren_closed = true;
    r->end++;
    /* 净亏损(3.25)亿元: the multiplier stands outside the parentheses. */
    int power = multiplier_after(sc, r->end, &end);
    if (power && !(r->num.flags & EARN_NUM_CJK_SCALE)) {
      r->power += power;
      r->scale_power = power;
      r->end = end;
    }
  }
  read_dozens(sc, r);
  if (!(r->num.flags & EARN_NUM_CJK_SCALE)) {
    p = earn_skip_blanks(sc, r->end);
    e = earn_lexicon_match(sc->lex, EARN_LEX_SCALE, sc->lang, sc->s, sc->len, p,
                           space_context(p, r->end), &end);
    if (e) {
      r->power += e->power;
      r->scale_power = e->power;
      r->end = end;
    }
  }
  p = earn_skip_blanks(sc, r->end);
  e = earn_lexicon_match(sc->lex, EARN_LEX_UNIT, sc->lang, sc->s, sc->len, p,
                         space_context(p, r->end), &end);
  if (e && !(r->has_currency && e->kind != EARN_Q_MONEY)) {
    apply_unit(r, e);
    r->end = end;
    if (has_subunits(r, e))
      read_subunits(sc, r, e->power);
    /* 3年半, 七割半; but 1000円半額 is half price */
    if (r->end == end && !(r->kind == EARN_Q_MONEY && e->power == 0) &&
        starts_with(sc, r->end, "半"))
      add_half_unit(r, e);
    /* 亿元人民币: a second word for the same currency belongs to the amount too. */
    size_t end2 = 0;
    const earn_lex_entry *again =
        earn_lexicon_match(sc->lex, EARN_LEX_UNIT, sc->lang, sc->s, sc->len, r->end, 0, &end2);
    if (again && again->kind == EARN_Q_MONEY && r->kind == EARN_Q_MONEY &&
        strcmp(again->unit, r->unit) == 0)
      r->end = end2;
  }
  p = earn_skip_blanks(sc, r->end);
  e = earn_lexicon_match(sc->lex, EARN_LEX_QUALIFIER, sc->lang, sc->s, sc->len, p,
                         space_context(p, r->end), &end);
  if (e) {
    r->qual = (earn_qualifier)e->qualifier;
    r->end = end;
    if (r->kind == EARN_Q_NUMBER) {
      int power = multiplier_after(sc, r->end, &end);
      if (power) {
        r->power += power;
        r->end = end;
      }
      /* 500余万元, 100余家, 30多个: the unit comes after the qualifier; without a multiplier
         before it, only a counter does. */
      e = earn_lexicon_match(sc->lex, EARN_LEX_UNIT, sc->lang, sc->s, sc->len, r->end, 0, &end);
      if (e && (power || e->kind == EARN_Q_COUNT)) {
        apply_unit(r, e);
        r->end = end;
      }
    }
  }
}

/* ---- what precedes a numeral --------------------------------------------------------- */

static bool negative_mark_before(const scanner *sc, size_t p, size_t floor, size_t *start) {
  /* Checked before every number: lengths are spelled out rather than measured each time. */
  static const struct {
    const char *text;
    size_t len;
    bool word; /* must not follow a letter */
  } marks[] = {{"△", 3, false},  {"▲", 3, false},     {"マイナス", 12, false}, {"负", 3, false},
               {"負", 3, false}, {"minus ", 6, true}, {"Minus ", 6, true}};
  if (p == floor)
    return false;
  unsigned char last = (unsigned char)sc->s[p - 1];
  bool may_end_mark = last >= 0x80 || last == ' '; /* every mark ends so */
  for (size_t i = 0; may_end_mark && i < sizeof marks / sizeof marks[0]; i++) {
    size_t n = marks[i].len;
    if (p >= floor + n && memcmp(sc->s + p - n, marks[i].text, n) == 0 &&
        (!marks[i].word || p == n || !is_alpha((unsigned char)sc->s[p - n - 1]))) {
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
  size_t start = 0, q = earn_skip_blanks_back(sc, *p, floor);
  const earn_lex_entry *e =
      earn_lexicon_match_before(sc->lex, EARN_LEX_UNIT, sc->lang, sc->s, q, &start);
  if (!e || start < floor || (e->kind != EARN_Q_MONEY && e->kind != EARN_Q_PERCENT) ||
      (r->kind != EARN_Q_NUMBER && e->kind != r->kind))
    return;
  /* "港币52.3亿元", "美元5亿元": a bare 元 after the amount is the counting word for any
     currency, and the currency before it says which. */
  bool bare_yuan = r->kind == EARN_Q_MONEY && strcmp(r->unit, "CNY") == 0 &&
                   ends_with(sc, r->end, "元") && !ends_with(sc, r->end, "人民币元");
  if (r->kind == EARN_Q_NUMBER || (bare_yuan && e->kind == EARN_Q_MONEY))
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

void earn_read_prefix(const scanner *sc, reading *r, size_t floor) {
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
    size_t cur_start = 0;
    const earn_lex_entry *cur =
        earn_lexicon_match_before(sc->lex, EARN_LEX_UNIT, sc->lang, sc->s,
                                  earn_skip_blanks_back(sc, p - 1, floor), &cur_start);
    bool currency_outside = cur && cur->kind == EARN_Q_MONEY && cur_start >= floor; /* $(48) */
    bool unit_outside = r->paren_closed && r->end > r->num_end + 1; /* (48) million, (5.2)% */
    bool looks_amount = (r->num.flags & (EARN_NUM_GROUPED | EARN_NUM_DECIMAL)) || r->has_currency ||
                        currency_outside || unit_outside || r->num.int_digits >= 3;
    bool translation = r->has_currency && sc->last_money_end &&
                       earn_skip_blanks_back(sc, p - 1, 0) == sc->last_money_end;
    if (closed && looks_amount && !translation) {
      r->negative = true;
      r->paren = true;
      r->flags |= EARN_QF_NEGATIVE_MARK;
      p--;
      if (!r->paren_closed && close < sc->len && sc->s[close] == ')')
        r->end = close + 1; /* (once: "(non-GAAP EPS of $(0.15))" closes another after it) */
      if (!r->has_currency)
        take_currency(sc, r, &p, floor); /* $(0.12) */
    } else if (r->paren_closed) {
      r->end = r->num_end; /* "(3)": the parentheses are not the number's */
      r->kind = EARN_Q_NUMBER;
      r->unit = "";
      r->power = 0;
    }
  }
  size_t q = earn_skip_blanks_back(sc, p, floor);
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

void earn_read_count_noun(const scanner *sc, reading *r, size_t floor) {
  /* A generic counter (人, 台, 家) says less than a noun next to it (人 ... ユーザー). */
  bool wants_noun =
      r->kind == EARN_Q_NUMBER ||
      (r->kind == EARN_Q_COUNT &&
       (r->unit[0] == '\0' || strcmp(r->unit, "people") == 0 || strcmp(r->unit, "units") == 0 ||
        strcmp(r->unit, "organizations") == 0 || strcmp(r->unit, "stores") == 0));
  if (wants_noun && !noun_after(sc, r))
    (void)noun_before(sc, r, floor);
}
