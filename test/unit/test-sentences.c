/* SPDX-License-Identifier: MIT */
/* Where the fact reader's sentences end, and which lines are table rows or headings. */
#include <string.h>

#include "facts.h"
#include "suites.h"

typedef struct split_case {
  earn_lang lang;
  bool hard_lines; /* text made from HTML blocks */
  const char *text;
  const char *first; /* the first sentence, as the text from 0 to its end */
} split_case;

static const split_case split_cases[] = {
    {EARN_LANG_EN, false, "Revenue was $5 million. Net income was $1 million.",
     "Revenue was $5 million."},
    {EARN_LANG_EN, false, "Revenue of Example Inc. rose 5%. Next.",
     "Revenue of Example Inc. rose 5%."},
    {EARN_LANG_EN, false, "EPS was $1.25 per share. Next.", "EPS was $1.25 per share."},
    /* English wrapped at a fixed width runs on over its line breaks... */
    {EARN_LANG_EN, false,
     "Revenues for the fourth quarter were $2.72 billion, compared with $2.52 billion\n"
     "in the same period a year ago. Next.",
     "Revenues for the fourth quarter were $2.72 billion, compared with $2.52 billion\n"
     "in the same period a year ago."},
    {EARN_LANG_EN, false, "Revenues for the full\nyear were $11.90 billion. Next.",
     "Revenues for the full\nyear were $11.90 billion."},
    /* ...but not past a blank line, a short line, an item, or a table row. */
    {EARN_LANG_EN, false, "Outlook\nRevenue will grow.", "Outlook\n"},
    {EARN_LANG_EN, false, "Revenue rose\n\nNet income fell.", "Revenue rose\n"},
    {EARN_LANG_EN, false,
     "- Revenue was $5 million, up 12% year over year from the prior year\n- Next",
     "- Revenue was $5 million, up 12% year over year from the prior year\n"},
    {EARN_LANG_EN, false, "Revenue\t$2,350\t$1,975 and a long row of figures in cells\nnext line",
     "Revenue\t$2,350\t$1,975 and a long row of figures in cells\n"},
    /* A quotation that ends a sentence ends after its closing mark, before a space or a line
       break. */
    {EARN_LANG_EN, false, "\u201cWe grew in every region.\u201d Revenue rose.",
     "\u201cWe grew in every region.\u201d"},
    {EARN_LANG_EN, false,
     "and our ability to drive share and profitable growth with our world-class team.\u201d\n"
     "For the First Quarter of Fiscal 2023\n",
     "and our ability to drive share and profitable growth with our world-class team.\u201d"},
    {EARN_LANG_EN, false, "He said, \"the year was strong.\"\nFor the Year\n",
     "He said, \"the year was strong.\""},
    /* A long headline in title case is a line of its own. */
    {EARN_LANG_EN, false,
     "Net Sales of $2.6 Billion Compared to $2.3 Billion in the Year-Ago Quarter\n"
     "Comparable Sales Increased 9.3%\n",
     "Net Sales of $2.6 Billion Compared to $2.3 Billion in the Year-Ago Quarter\n"},
    {EARN_LANG_EN, false,
     "Net sales of $2.6 billion compared to $2.3 billion in the year-ago quarter were\n"
     "Reported on Tuesday.",
     "Net sales of $2.6 billion compared to $2.3 billion in the year-ago quarter were\n"
     "Reported on Tuesday."},
    /* "(1)" numbers an item; a parenthesis of words goes on with the sentence. */
    {EARN_LANG_EN, false,
     "Forecasting first-quarter revenue of $10.5 billion and EPS of $(0.80)\n(non-GAAP EPS of "
     "$(0.15)). Next.",
     "Forecasting first-quarter revenue of $10.5 billion and EPS of $(0.80)\n(non-GAAP EPS of "
     "$(0.15))."},
    {EARN_LANG_EN, false,
     "Forecasting first-quarter revenue of $10.5 billion and EPS of $(0.80)\n(1) Next.",
     "Forecasting first-quarter revenue of $10.5 billion and EPS of $(0.80)\n"},
    /* A long line that ends in an amount's scale before a capital is an item of a list. */
    {EARN_LANG_EN, false,
     "Revenue of $43.8 billion to $44.5 billion, which compares to prior guidance of $43.8 "
     "billion\nComparable sales decline of 4.5% to 6.0%\n",
     "Revenue of $43.8 billion to $44.5 billion, which compares to prior guidance of $43.8 "
     "billion\n"},
    /* An empty line ends a sentence, whatever the next line starts with. */
    {EARN_LANG_EN, false, "\nvs. Q1 2022\n", "\n"},
    /* Text made from HTML: every line is a block. */
    {EARN_LANG_EN, true, "Total revenue was $2.35 billion, up 19% year over year and up\nmore",
     "Total revenue was $2.35 billion, up 19% year over year and up\n"},
    /* CJK: 。 and line breaks end sentences; ， and ； do not. */
    {EARN_LANG_ZH, false, "营业收入24.36亿元，同比增长14.2%；净利润2.15亿元。下一句。",
     "营业收入24.36亿元，同比增长14.2%；净利润2.15亿元。"},
    {EARN_LANG_JA, false, "売上高は100億円となった\n営業利益は", "売上高は100億円となった\n"},
    {EARN_LANG_ZH, false, "增长!下一句", "增长!"},
};

START_TEST(test_split) {
  const split_case *c = &split_cases[_i];
  size_t end = earn_sentence_end(c->text, strlen(c->text), 0, c->lang, c->hard_lines);
  ck_assert_msg(end == strlen(c->first) && memcmp(c->text, c->first, end) == 0,
                "\"%s\": first sentence ends at %zu, want \"%s\"", c->text, end, c->first);
}
END_TEST

typedef struct line_case {
  const char *line;
  bool table_row, heading;
} line_case;

static const line_case line_cases[] = {
    {"Total net revenues                             1,158,819     1,265,742", true, false},
    {"Revenue\t$2,350\t$1,975", true, true}, /* the shape of a heading; its amounts say no */
    {"    Indented prose that is no table.", false, false},
    {"Fourth Quarter 2025 Highlights", false, true},
    {"①　運送事業", false, true},
    {"全年业绩", false, true},
    {"Revenue was $5 million.", false, false},
    {"营业收入为24.36亿元,", false, false}, /* text is width-folded: ， is , */
    {"A heading line that goes on and on far too long to be a heading of any release at all", false,
     false},
};

START_TEST(test_lines) {
  const line_case *c = &line_cases[_i];
  size_t n = strlen(c->line);
  ck_assert_msg(earn_is_table_row(c->line, 0, n) == c->table_row, "table row? \"%s\"", c->line);
  ck_assert_msg(earn_is_heading(c->line, 0, n) == c->heading, "heading? \"%s\"", c->line);
}
END_TEST

Suite *sentences_suite(void) {
  Suite *s = suite_create("sentences");
  TCase *tc = tcase_create("cases");
  tcase_add_loop_test(tc, test_split, 0, sizeof split_cases / sizeof split_cases[0]);
  tcase_add_loop_test(tc, test_lines, 0, sizeof line_cases / sizeof line_cases[0]);
  suite_add_tcase(s, tc);
  return s;
}
