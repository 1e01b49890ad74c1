/* SPDX-License-Identifier: MIT */
/* A value in base units written the way a reader of the release's language counts: billions
   and millions in English, 億 and 万 in Japanese and Chinese. Used where the release's own
   words cannot be shown (HTML markup inside them). Exact: the point moves, nothing rounds. */
#include <string.h>

#include "summarize.h"

typedef struct scale_word {
  int power;
  const char *word;
} scale_word;

static const scale_word scales_en[] = {{12, " trillion"}, {9, " billion"}, {6, " million"}};
static const scale_word scales_ja[] = {{12, "兆"}, {8, "億"}, {4, "万"}};
static const scale_word scales_zh[] = {{12, "万亿"}, {8, "亿"}, {4, "万"}};

/* The currency before or after the number, per language; an unknown code is written after
   it. */
typedef struct currency_words {
  const char *code;
  const char *before_en;
  const char *after_ja;
  const char *after_zh;
} currency_words;

static const currency_words currencies[] = {
    {"USD", "$", "ドル", "美元"},       {"CNY", "CNY ", "元", "元"},    {"JPY", "¥", "円", "日元"},
    {"HKD", "HK$", "香港ドル", "港元"}, {"EUR", "€", "ユーロ", "欧元"},
};

/* "1234567.5" with its integer part grouped by thousands: "1,234,567.5". */
static void group_thousands(const char *plain, char *buf, size_t cap) {
  const char *digits = plain[0] == '-' ? plain + 1 : plain;
  size_t int_len = strcspn(digits, "."), n = 0;
  if (plain != digits && n + 1 < cap)
    buf[n++] = '-';
  for (size_t i = 0; i < int_len && n + 2 < cap; i++) {
    if (i > 0 && (int_len - i) % 3 == 0)
      buf[n++] = ',';
    buf[n++] = digits[i];
  }
  snprintf(buf + n, cap - n, "%s", digits + int_len);
}

/* The number of `value` in the largest scale it reaches: "2.35" and " billion". */
static void scaled_number(earn_decimal value, earn_lang lang, char *buf, size_t cap,
                          const char **word) {
  const scale_word *scales = lang == EARN_LANG_JA   ? scales_ja
                             : lang == EARN_LANG_ZH ? scales_zh
                                                    : scales_en;
  earn_decimal magnitude = earn_decimal_sign(value) < 0 ? earn_decimal_negate(value) : value;
  *word = "";
  for (size_t i = 0; i < 3; i++) {
    earn_decimal unit, shifted;
    if (earn_decimal_shift(earn_decimal_from_int(1), scales[i].power, &unit) == EARN_OK &&
        earn_decimal_cmp(magnitude, unit) >= 0 &&
        earn_decimal_shift(value, -scales[i].power, &shifted) == EARN_OK) {
      earn_decimal_format(earn_decimal_normalize(shifted), buf, cap);
      *word = scales[i].word;
      return;
    }
  }
  char plain[EARN_DECIMAL_BUFSIZE];
  earn_decimal_format(value, plain, sizeof plain);
  group_thousands(plain, buf, cap);
}

void sum_format_scaled(earn_decimal value, const char *unit, earn_lang lang, char *buf,
                       size_t cap) {
  char number[EARN_DECIMAL_BUFSIZE + 8];
  const char *word = "";
  if (strcmp(unit, "pct") == 0 || strcmp(unit, "x") == 0 || strcmp(unit, "pp") == 0) {
    earn_decimal_format(value, number, sizeof number);
    const char *mark = unit[0] == 'x'   ? (lang == EARN_LANG_EN ? "x" : "倍")
                       : unit[1] == 'c' ? "%"
                                        : "pp";
    snprintf(buf, cap, "%s%s", number, mark);
    return;
  }
  scaled_number(value, lang, number, sizeof number, &word);
  const currency_words *c = NULL;
  for (size_t i = 0; i < sizeof currencies / sizeof currencies[0]; i++)
    if (strcmp(currencies[i].code, unit) == 0)
      c = &currencies[i];
  const char *sign = number[0] == '-' ? "-" : "", *digits = number + (number[0] == '-');
  if (c && lang == EARN_LANG_EN)
    snprintf(buf, cap, "%s%s%s%s", sign, c->before_en, digits, word);
  else if (c)
    snprintf(buf, cap, "%s%s%s%s", sign, digits, word,
             lang == EARN_LANG_JA ? c->after_ja : c->after_zh);
  else
    snprintf(buf, cap, "%s%s%s%s%s", sign, digits, word, unit[0] ? " " : "", unit);
}
