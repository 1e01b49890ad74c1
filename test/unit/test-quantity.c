/* SPDX-License-Identifier: MIT */
/* The quantity reader as a reader of financial text expects it: amounts, units, qualifiers,
   ranges and exact spans in English, Japanese and Chinese, and traps that are never amounts. */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <earnings/earnings.h>

#include "extractor-fixture.h"
#include "suites.h"

/* What a case asserts: a quantity with exactly this span and these attributes, or that no
   amount overlaps the span (a date, period, name or code), optionally with its label. */
typedef enum qmode { M_QTY, M_TRAP } qmode;

typedef struct qcase {
  qmode mode;
  test_lang lang;
  const char *text;
  const char *span;       /* the expected input[start:end], found in text */
  int nth;                /* which occurrence of span (0 = the first) */
  int kind;               /* earn_qkind, or -1: a trap with no quantity required on the span */
  const char *value;      /* plain decimal, or NULL when there is no single value */
  const char *low, *high; /* range bounds, or NULL */
  const char *unit;
  earn_qualifier qual;
  const char *label; /* for dates, periods and labels; NULL when not asserted */
} qcase;

#define MONEY EARN_Q_MONEY
#define PCT EARN_Q_PERCENT
#define PP EARN_Q_PP
#define MULT EARN_Q_MULTIPLE
#define COUNT EARN_Q_COUNT
#define DUR EARN_Q_DURATION
#define NUM EARN_Q_NUMBER
#define DATE EARN_Q_DATE
#define PERIOD EARN_Q_PERIOD
#define NAME EARN_Q_LABEL

#define EXACT EARN_QUAL_EXACT
#define APPROX EARN_QUAL_APPROX
#define AT_LEAST EARN_QUAL_AT_LEAST
#define MORE EARN_QUAL_MORE_THAN
#define AT_MOST EARN_QUAL_AT_MOST
#define LESS EARN_QUAL_LESS_THAN

/* A single value. */
#define Q(L, T, S, K, V, U, QL)                                                                    \
  { M_QTY, L, T, S, 0, K, V, NULL, NULL, U, QL, NULL }
/* A single value on the N-th occurrence of S. */
#define QN(L, T, S, N, K, V, U, QL)                                                                \
  { M_QTY, L, T, S, N, K, V, NULL, NULL, U, QL, NULL }
/* A range. */
#define R(L, T, S, K, LO, HI, U, QL)                                                               \
  { M_QTY, L, T, S, 0, K, NULL, LO, HI, U, QL, NULL }
/* No amount may overlap S. */
#define TRAP(L, T, S)                                                                              \
  { M_TRAP, L, T, S, 0, -1, NULL, NULL, NULL, NULL, EXACT, NULL }
/* No amount may overlap S, and S is one date, period or name with this label. */
#define TRAPL(L, T, S, K, LABEL)                                                                   \
  { M_TRAP, L, T, S, 0, K, NULL, NULL, NULL, NULL, EXACT, LABEL }

static const qcase cases[] = {
    /* ---- English: digits, grouping, decimals and scale words ---- */
    Q(EN, "Revenue was $1,234,567 in the period.", "$1,234,567", MONEY, "1234567", "USD", EXACT),
    Q(EN, "Revenue was $2.5 billion, up 12%.", "$2.5 billion", MONEY, "2500000000", "USD", EXACT),
    Q(EN, "Revenue was $2.5 billion, up 12%.", "12%", PCT, "12", "pct", EXACT),
    Q(EN, "Net income was $845.3 million.", "$845.3 million", MONEY, "845300000", "USD", EXACT),
    Q(EN, "Cash was $12,345.67 at year end.", "$12,345.67", MONEY, "12345.67", "USD", EXACT),
    Q(EN, "Adjusted EPS was $0.85.", "$0.85", MONEY, "0.85", "USD", EXACT),
    Q(EN, "Free cash flow was $3.25bn.", "$3.25bn", MONEY, "3250000000", "USD", EXACT),
    Q(EN, "Revenue was $5bn this year.", "$5bn", MONEY, "5000000000", "USD", EXACT),
    Q(EN, "Revenue was $5b this year.", "$5b", MONEY, "5000000000", "USD", EXACT),
    Q(EN, "Revenue was $1.2B in total.", "$1.2B", MONEY, "1200000000", "USD", EXACT),
    Q(EN, "Backlog reached $1.1tn.", "$1.1tn", MONEY, "1100000000000", "USD", EXACT),
    Q(EN, "Backlog reached $1.1 trillion.", "$1.1 trillion", MONEY, "1100000000000", "USD", EXACT),
    Q(EN, "Grants were $500k.", "$500k", MONEY, "500000", "USD", EXACT),
    Q(EN, "Grants were $500K.", "$500K", MONEY, "500000", "USD", EXACT),
    Q(EN, "Grants were $5m in total.", "$5m", MONEY, "5000000", "USD", EXACT),
    Q(EN, "Revenue was $850M.", "$850M", MONEY, "850000000", "USD", EXACT),
    Q(EN, "Deferred revenue of $3.5MM was booked.", "$3.5MM", MONEY, "3500000", "USD", EXACT),
    Q(EN, "The contract is worth $120 mn.", "$120 mn", MONEY, "120000000", "USD", EXACT),
    Q(EN, "The fee was 3 thousand dollars.", "3 thousand dollars", MONEY, "3000", "USD", EXACT),
    Q(EN, "We shipped 4.2 thousand units.", "4.2 thousand units", COUNT, "4200", "units", EXACT),
    Q(EN, "Revenue was 2 million in total.", "2 million", NUM, "2000000", "", EXACT),
    Q(EN, "The county sold $ 75 million of bonds.", "$ 75 million", MONEY, "75000000", "USD",
      EXACT),
    Q(EN, "Prices start at $ 12,345.", "$ 12,345", MONEY, "12345", "USD", EXACT),
    Q(EN, "Expenses were $ 20,000.00 in total.", "$ 20,000.00", MONEY, "20000", "USD", EXACT),
    Q(EN, "Sales rose 1,200% from a low base.", "1,200%", PCT, "1200", "pct", EXACT),
    Q(EN, "Sales rose 12.5% year over year.", "12.5%", PCT, "12.5", "pct", EXACT),
    Q(EN, "Gross margin was 31.4%.", "31.4%", PCT, "31.4", "pct", EXACT),
    QN(EN, "Sales rose 5% and costs rose 5%.", "5%", 1, PCT, "5", "pct", EXACT),
    QN(EN, "Sales were $5 million and costs $5 million.", "$5 million", 1, MONEY, "5000000", "USD",
       EXACT),

    /* ---- English: currencies ---- */
    Q(EN, "Revenue was US$1.2bn.", "US$1.2bn", MONEY, "1200000000", "USD", EXACT),
    Q(EN, "Revenue was USD 1.2 billion.", "USD 1.2 billion", MONEY, "1200000000", "USD", EXACT),
    Q(EN, "Revenue was USD5 million.", "USD5 million", MONEY, "5000000", "USD", EXACT),
    Q(EN, "Revenue was US$ 5 million.", "US$ 5 million", MONEY, "5000000", "USD", EXACT),
    Q(EN, "Revenue was 1.5 million dollars.", "1.5 million dollars", MONEY, "1500000", "USD",
      EXACT),
    Q(EN, "The price was 40 U.S. dollars per unit.", "40 U.S. dollars", MONEY, "40", "USD", EXACT),
    Q(EN, "The prize is U.S.$ 100,000,000.", "U.S.$ 100,000,000", MONEY, "100000000", "USD", EXACT),
    Q(EN, "Revenue was RMB 3.2 billion.", "RMB 3.2 billion", MONEY, "3200000000", "CNY", EXACT),
    Q(EN, "Revenue was RMB1.5 billion.", "RMB1.5 billion", MONEY, "1500000000", "CNY", EXACT),
    Q(EN, "Revenue was CNY3.2 billion.", "CNY3.2 billion", MONEY, "3200000000", "CNY", EXACT),
    Q(EN, "Revenue was 3.2 billion yuan.", "3.2 billion yuan", MONEY, "3200000000", "CNY", EXACT),
    Q(EN, "Revenue was 3.2 billion renminbi.", "3.2 billion renminbi", MONEY, "3200000000", "CNY",
      EXACT),
    Q(EN, "Revenue was RMB 375,216 million.", "RMB 375,216 million", MONEY, "375216000000", "CNY",
      EXACT),
    Q(EN, "It costs 40 RMB per unit.", "40 RMB", MONEY, "40", "CNY", EXACT),
    Q(EN, "Revenue was HK$5.2 billion.", "HK$5.2 billion", MONEY, "5200000000", "HKD", EXACT),
    Q(EN, "Exports fell to HK$ 10.05 billion.", "HK$ 10.05 billion", MONEY, "10050000000", "HKD",
      EXACT),
    Q(EN, "The dividend was HK$0.85 per share.", "HK$0.85", MONEY, "0.85", "HKD", EXACT),
    Q(EN, "Revenue was HKD 1,527.4 million.", "HKD 1,527.4 million", MONEY, "1527400000", "HKD",
      EXACT),
    Q(EN, "Revenue was €120 million.", "€120 million", MONEY, "120000000", "EUR", EXACT),
    Q(EN, "Revenue was EUR 120 million.", "EUR 120 million", MONEY, "120000000", "EUR", EXACT),
    Q(EN, "Revenue was 12 million euros.", "12 million euros", MONEY, "12000000", "EUR", EXACT),
    Q(EN, "A ticket costs 10 € today.", "10 €", MONEY, "10", "EUR", EXACT),
    Q(EN, "Revenue was £45.6 million.", "£45.6 million", MONEY, "45600000", "GBP", EXACT),
    Q(EN, "Revenue was GBP 45.6 million.", "GBP 45.6 million", MONEY, "45600000", "GBP", EXACT),
    Q(EN, "Revenue was £3.2m.", "£3.2m", MONEY, "3200000", "GBP", EXACT),
    Q(EN, "Net worth was £ 8.10 million.", "£ 8.10 million", MONEY, "8100000", "GBP", EXACT),
    Q(EN, "Revenue was NT$1.5 billion.", "NT$1.5 billion", MONEY, "1500000000", "TWD", EXACT),
    Q(EN, "Revenue was ₩5.1 trillion.", "₩5.1 trillion", MONEY, "5100000000000", "KRW", EXACT),
    Q(EN, "Revenue was JPY 450 billion.", "JPY 450 billion", MONEY, "450000000000", "JPY", EXACT),
    Q(EN, "Revenue was 450 billion yen.", "450 billion yen", MONEY, "450000000000", "JPY", EXACT),
    Q(EN, "They received 450,000 yen.", "450,000 yen", MONEY, "450000", "JPY", EXACT),
    Q(EN, "They received five million yen.", "five million yen", MONEY, "5000000", "JPY", EXACT),
    Q(EN, "Revenue was C$300 million.", "C$300 million", MONEY, "300000000", "CAD", EXACT),
    Q(EN, "Revenue was S$12 million.", "S$12 million", MONEY, "12000000", "SGD", EXACT),
    Q(EN, "Revenue was A$12 million.", "A$12 million", MONEY, "12000000", "AUD", EXACT),
    Q(EN, "The dividend is 8.5 cents per share.", "8.5 cents", MONEY, "0.085", "USD", EXACT),
    Q(EN, "Shares rose 50 cents.", "50 cents", MONEY, "0.5", "USD", EXACT),

    /* ---- English: negatives ---- */
    Q(EN, "Growth was -5% in the quarter.", "-5%", PCT, "-5", "pct", EXACT),
    Q(EN,
      "It fell \xe2\x88\x92"
      "3.2% in the quarter.",
      "\xe2\x88\x92"
      "3.2%",
      PCT, "-3.2", "pct", EXACT),
    Q(EN, "Operating loss was -$3.2 million.", "-$3.2 million", MONEY, "-3200000", "USD", EXACT),
    Q(EN, "Net loss was (1,234) in the period.", "(1,234)", NUM, "-1234", "", EXACT),
    Q(EN, "A loss of $(1,234) was booked.", "$(1,234)", MONEY, "-1234", "USD", EXACT),
    Q(EN, "Operating margin was (5.2)%.", "(5.2)%", PCT, "-5.2", "pct", EXACT),
    Q(EN, "Net change was -1,250 units.", "-1,250 units", COUNT, "-1250", "units", EXACT),

    /* ---- English: number words and fractions ---- */
    Q(EN, "We hired three people.", "three people", COUNT, "3", "people", EXACT),
    Q(EN, "We hired twenty-one people.", "twenty-one people", COUNT, "21", "people", EXACT),
    Q(EN, "We hired one hundred and six people.", "one hundred and six people", COUNT, "106",
      "people", EXACT),
    Q(EN, "We opened one hundred and sixty-one stores.", "one hundred and sixty-one stores", COUNT,
      "161", "stores", EXACT),
    Q(EN, "We added twelve million subscribers.", "twelve million subscribers", COUNT, "12000000",
      "users", EXACT),
    Q(EN, "We opened a dozen new stores.", "a dozen new stores", COUNT, "12", "stores", EXACT),
    Q(EN, "We sold three dozen units.", "three dozen units", COUNT, "36", "units", EXACT),
    Q(EN, "We sold half a dozen units.", "half a dozen units", COUNT, "6", "units", EXACT),
    Q(EN, "We served half a million customers.", "half a million customers", COUNT, "500000",
      "customers", EXACT),
    Q(EN, "Revenue was one trillion.", "one trillion", NUM, "1000000000000", "", EXACT),
    Q(EN, "Revenue was twenty-one trillion.", "twenty-one trillion", NUM, "21000000000000", "",
      EXACT),
    Q(EN, "We hired Three hundred and thirty one people.", "Three hundred and thirty one people",
      COUNT, "331", "people", EXACT),
    Q(EN, "We hired two hundred and two thousand people.", "two hundred and two thousand people",
      COUNT, "202000", "people", EXACT),
    Q(EN, "Twenty percent of revenue came from ads.", "Twenty percent", PCT, "20", "pct", EXACT),
    Q(EN, "Growth was one hundred percent.", "one hundred percent", PCT, "100", "pct", EXACT),
    Q(EN, "It took one and a half years.", "one and a half years", DUR, "1.5", "years", EXACT),
    Q(EN, "Two thirds of users are on mobile.", "Two thirds", NUM, "0.6666666667", "", EXACT),
    Q(EN, "One eighth of revenue came from ads.", "One eighth", NUM, "0.125", "", EXACT),
    Q(EN, "Five eighths of revenue came from ads.", "Five eighths", NUM, "0.625", "", EXACT),
    Q(EN, "A fifth of staff work remotely.", "A fifth", NUM, "0.2", "", EXACT),
    Q(EN, "A half of revenue came from ads.", "A half", NUM, "0.5", "", EXACT),
    Q(EN, "The split was 1/2 and 1 4/5.", "1/2", NUM, "0.5", "", EXACT),
    Q(EN, "The split was 1/2 and 1 4/5.", "1 4/5", NUM, "1.8", "", EXACT),
    Q(EN, "It rose 3/4 of a point.", "3/4", NUM, "0.75", "", EXACT),
    Q(EN, "The ratio was -4/5 today.", "-4/5", NUM, "-0.8", "", EXACT),
    Q(EN, "We hired sixteen people.", "sixteen people", COUNT, "16", "people", EXACT),
    Q(EN, "We hired seventy people.", "seventy people", COUNT, "70", "people", EXACT),

    /* ---- English: percentages, points, multiples, growth words ---- */
    Q(EN, "Sales rose 15 percent.", "15 percent", PCT, "15", "pct", EXACT),
    Q(EN, "Sales rose 8 per cent.", "8 per cent", PCT, "8", "pct", EXACT),
    Q(EN, "Sales rose 15 pct on the year.", "15 pct", PCT, "15", "pct", EXACT),
    Q(EN, "Margin fell 150 bps.", "150 bps", PP, "1.5", "pp", EXACT),
    Q(EN, "Margin fell 150 basis points.", "150 basis points", PP, "1.5", "pp", EXACT),
    Q(EN, "Margin fell 25 bp.", "25 bp", PP, "0.25", "pp", EXACT),
    Q(EN, "Margin rose 2.3 percentage points.", "2.3 percentage points", PP, "2.3", "pp", EXACT),
    Q(EN, "Margin rose 1 percentage point.", "1 percentage point", PP, "1", "pp", EXACT),
    Q(EN, "Margin rose 2.3pp.", "2.3pp", PP, "2.3", "pp", EXACT),
    Q(EN, "Margin rose 2.3 ppts.", "2.3 ppts", PP, "2.3", "pp", EXACT),
    Q(EN, "Revenue grew 6x.", "6x", MULT, "6", "x", EXACT),
    Q(EN, "We trade at 25x earnings.", "25x", MULT, "25", "x", EXACT),
    Q(EN, "Revenue grew sixfold.", "sixfold", MULT, "6", "x", EXACT),
    Q(EN, "Revenue grew 6-fold.", "6-fold", MULT, "6", "x", EXACT),
    Q(EN, "Revenue grew 6 times.", "6 times", MULT, "6", "x", EXACT),
    Q(EN, "Revenue grew sevenfold.", "sevenfold", MULT, "7", "x", EXACT),
    Q(EN, "Revenue doubled.", "doubled", MULT, "2", "x", EXACT),
    Q(EN, "Revenue tripled.", "tripled", MULT, "3", "x", EXACT),
    Q(EN, "We grew at a double-digit pace.", "double-digit", PCT, "10", "pct", AT_LEAST),
    Q(EN, "Cloud revenue saw triple-digit growth.", "triple-digit", PCT, "100", "pct", AT_LEAST),

    /* ---- English: qualifiers ---- */
    Q(EN, "Revenue was about $5 million.", "about $5 million", MONEY, "5000000", "USD", APPROX),
    Q(EN, "Revenue was approximately $2.5 billion.", "approximately $2.5 billion", MONEY,
      "2500000000", "USD", APPROX),
    Q(EN, "Revenue was nearly $2.5 billion.", "nearly $2.5 billion", MONEY, "2500000000", "USD",
      APPROX),
    Q(EN, "Margin of roughly 40% was kept.", "roughly 40%", PCT, "40", "pct", APPROX),
    Q(EN, "Margin of almost 20% was kept.", "almost 20%", PCT, "20", "pct", APPROX),
    Q(EN, "We employ around 3,000 employees.", "around 3,000 employees", COUNT, "3000", "employees",
      APPROX),
    Q(EN, "We have over 300 million users.", "over 300 million users", COUNT, "300000000", "users",
      MORE),
    Q(EN, "We have more than 300 million users.", "more than 300 million users", COUNT, "300000000",
      "users", MORE),
    Q(EN, "Users exceeding 1 billion.", "exceeding 1 billion", COUNT, "1000000000", "users", MORE),
    Q(EN, "We have at least 5,000 employees.", "at least 5,000 employees", COUNT, "5000",
      "employees", AT_LEAST),
    Q(EN, "Costs were under $10 million.", "under $10 million", MONEY, "10000000", "USD", LESS),
    Q(EN, "Costs were less than $10 million.", "less than $10 million", MONEY, "10000000", "USD",
      LESS),
    Q(EN, "A buyback of up to $500 million.", "up to $500 million", MONEY, "500000000", "USD",
      AT_MOST),
    Q(EN, "Sales were about $ 14 million.", "about $ 14 million", MONEY, "14000000", "USD", APPROX),

    /* ---- English: ranges ---- */
    R(EN, "Apple expects EPS of $.16 to $.17 for the quarter.", "$.16 to $.17", MONEY, "0.16",
      "0.17", "USD", EXACT),
    R(EN, "EPS of between $.50 and $.55 per share.", "$.50 and $.55", MONEY, "0.50", "0.55", "USD",
      EXACT),
    R(EN, "Guidance is $1.1 to $1.2 billion.", "$1.1 to $1.2 billion", MONEY, "1100000000",
      "1200000000", "USD", EXACT),
    R(EN, "Guidance is $1.1 billion to $1.2 billion.", "$1.1 billion to $1.2 billion", MONEY,
      "1100000000", "1200000000", "USD", EXACT),
    R(EN, "Growth of 3-5% is expected.", "3-5%", PCT, "3", "5", "pct", EXACT),
    R(EN, "Growth of 3% to 5% is expected.", "3% to 5%", PCT, "3", "5", "pct", EXACT),
    R(EN,
      "Growth of 3\xe2\x80\x93"
      "5% is expected.",
      "3\xe2\x80\x93"
      "5%",
      PCT, "3", "5", "pct", EXACT),
    R(EN, "We expect 20-25% growth.", "20-25%", PCT, "20", "25", "pct", EXACT),
    Q(EN, "Margin rose from 3% to 5%.", "3%", PCT, "3", "pct", EXACT),
    Q(EN, "Margin rose from 3% to 5%.", "5%", PCT, "5", "pct", EXACT),

    /* ---- English: counts ---- */
    Q(EN, "We have 1,200 enterprise customers.", "1,200 enterprise customers", COUNT, "1200",
      "customers", EXACT),
    Q(EN, "We have 3.5 million paid members.", "3.5 million paid members", COUNT, "3500000",
      "members", EXACT),
    Q(EN, "We shipped 250,000 units.", "250,000 units", COUNT, "250000", "units", EXACT),
    Q(EN, "We processed 1.2 billion orders.", "1.2 billion orders", COUNT, "1200000000", "orders",
      EXACT),
    Q(EN, "We employ 12,500 full-time employees.", "12,500 full-time employees", COUNT, "12500",
      "employees", EXACT),
    Q(EN, "We serve 40,000 organizations.", "40,000 organizations", COUNT, "40000", "organizations",
      EXACT),
    Q(EN, "We operate 5,300 stores.", "5,300 stores", COUNT, "5300", "stores", EXACT),
    Q(EN, "We sold 300,000 vehicles.", "300,000 vehicles", COUNT, "300000", "units", EXACT),
    Q(EN, "We had 35,000 merchants.", "35,000 merchants", COUNT, "35000", "customers", EXACT),
    Q(EN, "We shipped 10k units.", "10k units", COUNT, "10000", "units", EXACT),
    Q(EN, "Monthly active users reached 900 million.", "900 million", COUNT, "900000000", "users",
      EXACT),
    Q(EN, "Our users grew to 200 million.", "200 million", COUNT, "200000000", "users", EXACT),
    Q(EN, "We signed 45 new customers.", "45 new customers", COUNT, "45", "customers", EXACT),
    Q(EN, "Daily active users were 150 million.", "150 million", COUNT, "150000000", "users",
      EXACT),
    Q(EN, "A 10-year agreement was signed.", "10-year", DUR, "10", "years", EXACT),

    /* ---- English: dates, periods and names (never amounts) ---- */
    TRAPL(EN, "On December 31, 2025, cash was $5 million.", "December 31, 2025", DATE,
          "2025-12-31"),
    Q(EN, "On December 31, 2025, cash was $5 million.", "$5 million", MONEY, "5000000", "USD",
      EXACT),
    TRAPL(EN, "On March 17 we closed the deal.", "March 17", DATE, "--03-17"),
    TRAPL(EN, "On 17 March 2026 we closed the deal.", "17 March 2026", DATE, "2026-03-17"),
    TRAPL(EN, "In March 2026 we closed the deal.", "March 2026", DATE, "2026-03"),
    TRAPL(EN, "On 2026-03-17 we closed the deal.", "2026-03-17", DATE, "2026-03-17"),
    TRAPL(EN, "In 2025 revenue rose 12%.", "2025", DATE, "2025"),
    TRAPL(EN, "Q3 revenue rose 12%.", "Q3", PERIOD, "Q3"),
    TRAPL(EN, "In FY26 revenue rose 12%.", "FY26", PERIOD, "FY2026"),
    TRAPL(EN, "Revenue in Q3 FY26 was $3 million.", "Q3 FY26", PERIOD, "FY2026Q3"),
    TRAPL(EN, "Revenue in FY2026 Q3 was $3 million.", "FY2026 Q3", PERIOD, "FY2026Q3"),
    TRAPL(EN, "In fiscal 2025 revenue rose 12%.", "fiscal 2025", PERIOD, "FY2025"),
    TRAPL(EN, "In the first half of 2026 revenue rose.", "first half of 2026", PERIOD, "FY2026H1"),
    TRAPL(EN, "In 1H26 revenue rose 12%.", "1H26", PERIOD, "FY2026H1"),
    TRAP(EN, "In 3Q25 revenue rose 12%.", "3Q25"),
    TRAP(EN, "Revenue for the fourth quarter of 2025 was $3 million.", "fourth quarter of 2025"),
    TRAPL(EN, "Shares trade on NYSE: ABC since May.", "NYSE: ABC", NAME, "NYSE: ABC"),
    TRAPL(EN, "Shares of 3987.HK rose 3%.", "3987.HK", NAME, "3987.HK"),
    TRAPL(EN, "Call (555) 123-4567 for details.", "(555) 123-4567", NAME, "(555) 123-4567"),
    TRAPL(EN, "Call +1 (555) 123-4567 for details.", "+1 (555) 123-4567", NAME,
          "+1 (555) 123-4567"),
    TRAPL(EN, "Revenue(1) rose 12%.", "(1)", NAME, "(1)"),
    TRAPL(EN, "Our Lumo4.5 model launched.", "Lumo4.5", NAME, "Lumo4.5"),
    TRAPL(EN, "Our 66PLUS members grew.", "66PLUS", NAME, "66PLUS"),
    TRAPL(EN, "We launched 5G services.", "5G", NAME, "5G"),
    TRAPL(EN, "Form 10-K was filed.", "10-K", NAME, "10-K"),
    TRAP(EN, "The iPhone 15 sold well.", "15"),
    TRAPL(EN, "Revenue¹ rose 12%.", "¹", NAME, "¹"),
    Q(EN, "Revenue¹ rose 12%.", "12%", PCT, "12", "pct", EXACT),
    TRAPL(EN, "As of Dec. 31, 2025, cash was $5 million.", "Dec. 31, 2025", DATE, "2025-12-31"),
    TRAP(EN, "COVID-19 hit 2020 sales.", "COVID-19"),
    TRAP(EN, "Our 2025 annual report is out.", "2025"),
    TRAP(EN, "For the three months ended December 31, 2025, revenue rose.",
         "three months ended December 31, 2025"),

    /* ---- Japanese: digits, grouping, scale words and compounds ---- */
    Q(JA, "売上高は1兆2,345億円となりました。", "1兆2,345億円", MONEY, "1234500000000", "JPY",
      EXACT),
    Q(JA, "営業利益は631億19百万円でした。", "631億19百万円", MONEY, "63119000000", "JPY", EXACT),
    /* a zero place between two multipliers */
    Q(JA, "売上高は15億０百万円となりました。", "15億０百万円", MONEY, "1500000000", "JPY", EXACT),
    Q(JA, "売上高は15億00百万円となりました。", "15億00百万円", MONEY, "1500000000", "JPY", EXACT),
    Q(ZH, "营收为15亿0千万元。", "15亿0千万元", MONEY, "1500000000", "CNY", EXACT),
    Q(JA, "前年同期比０百万円の増加", "０百万円", MONEY, "0", "JPY", EXACT),
    Q(JA, "純利益は3,456百万円でした。", "3,456百万円", MONEY, "3456000000", "JPY", EXACT),
    Q(JA, "売上高は3719.56億円でした。", "3719.56億円", MONEY, "371956000000", "JPY", EXACT),
    Q(JA, "売上高は35億円です。", "35億円", MONEY, "3500000000", "JPY", EXACT),
    Q(JA, "売上高は1,234,567千円です。", "1,234,567千円", MONEY, "1234567000", "JPY", EXACT),
    Q(JA, "売上高は3千万円です。", "3千万円", MONEY, "30000000", "JPY", EXACT),
    Q(JA, "売上高は7000万円です。", "7000万円", MONEY, "70000000", "JPY", EXACT),
    Q(JA, "売上高は1億2千万円です。", "1億2千万円", MONEY, "120000000", "JPY", EXACT),
    Q(JA, "売上高は5億1万4千6百円です。", "5億1万4千6百円", MONEY, "500014600", "JPY", EXACT),
    Q(JA, "売上高は４５６億円です。", "４５６億円", MONEY, "45600000000", "JPY", EXACT),
    Q(JA, "売上高は１，２３４百万円です。", "１，２３４百万円", MONEY, "1234000000", "JPY", EXACT),
    Q(JA, "売上高は1、234百万円です。", "1、234百万円", MONEY, "1234000000", "JPY", EXACT),
    Q(JA, "合計1,050,000,000円でした。", "1,050,000,000円", MONEY, "1050000000", "JPY", EXACT),
    Q(JA, "単価は10,000.5円です。", "10,000.5円", MONEY, "10000.5", "JPY", EXACT),
    Q(JA, "融資額は1万億円です。", "1万億円", MONEY, "1000000000000", "JPY", EXACT),
    Q(JA, "売上高は7百円です。", "7百円", MONEY, "700", "JPY", EXACT),
    Q(JA, "売上高は7千円です。", "7千円", MONEY, "7000", "JPY", EXACT),
    Q(JA, "1株当たり配当金は25円50銭です。", "25円50銭", MONEY, "25.5", "JPY", EXACT),
    Q(JA, "終値は2222円13銭でした。", "2222円13銭", MONEY, "2222.13", "JPY", EXACT),
    Q(JA, "株価は¥1,280です。", "¥1,280", MONEY, "1280", "JPY", EXACT),
    /* The bare-yen rule: ¥ is JPY in Japanese and English text, CNY in Chinese text. */
    Q(EN, "Net sales were ¥2,345 billion.", "¥2,345 billion", MONEY, "2345000000000", "JPY", EXACT),
    Q(JA, "売上高は￥500億。", "￥500億", MONEY, "50000000000", "JPY", EXACT),
    Q(JA, "株価は￥3,500です。", "￥3,500", MONEY, "3500", "JPY", EXACT),
    Q(JA, "為替差益はJPY 500百万でした。", "JPY 500百万", MONEY, "500000000", "JPY", EXACT),
    Q(JA, "受注は2.3万件でした。", "2.3万件", COUNT, "23000", "orders", EXACT),

    /* ---- Japanese: kanji numerals ---- */
    Q(JA, "売上高は三千万円です。", "三千万円", MONEY, "30000000", "JPY", EXACT),
    Q(JA, "売上高は二億五千万円です。", "二億五千万円", MONEY, "250000000", "JPY", EXACT),
    Q(JA, "予算は二十億円です。", "二十億円", MONEY, "2000000000", "JPY", EXACT),
    Q(JA, "売上高は壱万円です。", "壱万円", MONEY, "10000", "JPY", EXACT),
    Q(JA, "売上高は弐千円です。", "弐千円", MONEY, "2000", "JPY", EXACT),
    Q(JA, "売上高は壱百万円です。", "壱百万円", MONEY, "1000000", "JPY", EXACT),
    Q(JA, "これは七万円です。", "七万円", MONEY, "70000", "JPY", EXACT),
    Q(JA, "これは零円です。", "零円", MONEY, "0", "JPY", EXACT),
    Q(JA, "価格は十ドルです。", "十ドル", MONEY, "10", "USD", EXACT),
    Q(JA, "流出額は千二百億ドルでした。", "千二百億ドル", MONEY, "120000000000", "USD", EXACT),
    Q(JA, "総額は四十九兆九千五百九十二億円です。", "四十九兆九千五百九十二億円", MONEY,
      "49959200000000", "JPY", EXACT),
    Q(JA, "費用は四千零五万円です。", "四千零五万円", MONEY, "40050000", "JPY", EXACT),
    Q(JA, "融資額は一万億円です。", "一万億円", MONEY, "1000000000000", "JPY", EXACT),
    Q(JA, "賞金は一千万人民元です。", "一千万人民元", MONEY, "10000000", "CNY", EXACT),
    Q(JA, "従業員は三千人です。", "三千人", COUNT, "3000", "employees", EXACT),
    Q(JA, "二十一社と提携しました。", "二十一社", COUNT, "21", "organizations", EXACT),
    Q(JA, "百二十店舗を展開しています。", "百二十店舗", COUNT, "120", "stores", EXACT),
    Q(JA, "来場者は一万三千人でした。", "一万三千人", COUNT, "13000", "people", EXACT),
    Q(JA, "来場者は5万4千6百人でした。", "5万4千6百人", COUNT, "54600", "people", EXACT),
    TRAPL(JA, "二〇二五年に設立しました。", "二〇二五年", DATE, "2025"),

    /* ---- Japanese: currencies ---- */
    Q(JA, "米国売上は12億ドルでした。", "12億ドル", MONEY, "1200000000", "USD", EXACT),
    Q(JA, "米国売上は3.5億米ドルでした。", "3.5億米ドル", MONEY, "350000000", "USD", EXACT),
    Q(JA, "両替レートは1.0753ドルです。", "1.0753ドル", MONEY, "1.0753", "USD", EXACT),
    Q(JA, "中国売上は8億人民元でした。", "8億人民元", MONEY, "800000000", "CNY", EXACT),
    Q(JA, "中国売上は36.57億人民元でした。", "36.57億人民元", MONEY, "3657000000", "CNY", EXACT),
    Q(JA, "中国売上は2億元でした。", "2億元", MONEY, "200000000", "CNY", EXACT),
    Q(JA, "香港売上は4億香港ドルでした。", "4億香港ドル", MONEY, "400000000", "HKD", EXACT),
    Q(JA, "配当は1.95香港ドルです。", "1.95香港ドル", MONEY, "1.95", "HKD", EXACT),
    Q(JA, "欧州売上は2億ユーロでした。", "2億ユーロ", MONEY, "200000000", "EUR", EXACT),
    Q(JA, "英国売上は5千万ポンドでした。", "5千万ポンド", MONEY, "50000000", "GBP", EXACT),
    Q(JA, "台湾売上は5306億台湾ドルでした。", "5306億台湾ドル", MONEY, "530600000000", "TWD",
      EXACT),
    Q(JA, "韓国売上は500億ウォンでした。", "500億ウォン", MONEY, "50000000000", "KRW", EXACT),
    Q(JA, "毎日€ 1.5かかります。", "€ 1.5", MONEY, "1.5", "EUR", EXACT),
    Q(JA, "毎月£ 512.5を支出しています。", "£ 512.5", MONEY, "512.5", "GBP", EXACT),

    /* ---- Japanese: negatives ---- */
    Q(JA, "営業損益は△1,041百万円でした。", "△1,041百万円", MONEY, "-1041000000", "JPY", EXACT),
    Q(JA, "営業損益は▲12億円でした。", "▲12億円", MONEY, "-1200000000", "JPY", EXACT),
    Q(JA, "前年同期比▲12.5%でした。", "▲12.5%", PCT, "-12.5", "pct", EXACT),
    Q(JA, "営業損益は△5.3%でした。", "△5.3%", PCT, "-5.3", "pct", EXACT),
    Q(JA, "営業損益は-350百万円でした。", "-350百万円", MONEY, "-350000000", "JPY", EXACT),
    Q(JA,
      "営業損益は\xe2\x88\x92"
      "350百万円でした。",
      "\xe2\x88\x92"
      "350百万円",
      MONEY, "-350000000", "JPY", EXACT),
    Q(JA, "変化率は－1２２％です。", "－1２２％", PCT, "-122", "pct", EXACT),

    /* ---- Japanese: percentages, points, multiples, growth words ---- */
    Q(JA, "前年同期比12.5%増となりました。", "12.5%", PCT, "12.5", "pct", EXACT),
    Q(JA, "前年同期比１２．５％増となりました。", "１２．５％", PCT, "12.5", "pct", EXACT),
    Q(JA, "利益率は29.5パーセントでした。", "29.5パーセント", PCT, "29.5", "pct", EXACT),
    Q(JA, "成長率は九パーセントでした。", "九パーセント", PCT, "9", "pct", EXACT),
    Q(JA, "増加率は１，１２３パーセントでした。", "１，１２３パーセント", PCT, "1123", "pct",
      EXACT),
    Q(JA, "伸び率は3.2kパーセントでした。", "3.2kパーセント", PCT, "3200", "pct", EXACT),
    Q(JA, "利益率は２．４パーセントでした。", "２．４パーセント", PCT, "2.4", "pct", EXACT),
    Q(JA, "女性管理職は全体の3割を占める。", "3割", PCT, "30", "pct", EXACT),
    Q(JA, "シェアは三割に達した。", "三割", PCT, "30", "pct", EXACT),
    Q(JA, "利益は２.５割増えた。", "２.５割", PCT, "25", "pct", EXACT),
    Q(JA, "九割の顧客が満足しています。", "九割", PCT, "90", "pct", EXACT),
    Q(JA, "営業利益率は3.2ポイント改善しました。", "3.2ポイント", PP, "3.2", "pp", EXACT),
    Q(JA, "営業利益率は0.5ポイント低下しました。", "0.5ポイント", PP, "0.5", "pp", EXACT),
    Q(JA, "営業利益率は50ベーシスポイント低下しました。", "50ベーシスポイント", PP, "0.5", "pp",
      EXACT),
    Q(JA, "売上高は前年の7倍になりました。", "7倍", MULT, "7", "x", EXACT),
    Q(JA, "利益は2.5倍に拡大しました。", "2.5倍", MULT, "2.5", "x", EXACT),
    Q(JA, "利益は三倍に拡大しました。", "三倍", MULT, "3", "x", EXACT),
    Q(JA, "利益は倍増しました。", "倍増", MULT, "2", "x", EXACT),
    Q(JA, "クラウド売上高は三桁成長を続けた。", "三桁", PCT, "100", "pct", AT_LEAST),
    Q(JA, "クラウド売上高は二桁成長を続けた。", "二桁", PCT, "10", "pct", AT_LEAST),

    /* ---- Japanese: qualifiers ---- */
    Q(JA, "売上高は約3,000億円でした。", "約3,000億円", MONEY, "300000000000", "JPY", APPROX),
    Q(JA, "売上高は3,000億円程度でした。", "3,000億円程度", MONEY, "300000000000", "JPY", APPROX),
    Q(JA, "売上高はおよそ500億円でした。", "およそ500億円", MONEY, "50000000000", "JPY", APPROX),
    Q(JA, "会員数は100万人近くに達した。", "100万人近く", COUNT, "1000000", "members", APPROX),
    Q(JA, "社員は約5,000名です。", "約5,000名", COUNT, "5000", "employees", APPROX),
    Q(JA, "売上高は1,000億円超でした。", "1,000億円超", MONEY, "100000000000", "JPY", MORE),
    Q(JA, "会員数は1,000万人超です。", "1,000万人超", COUNT, "10000000", "members", MORE),
    Q(JA, "売上高は10億円余りでした。", "10億円余り", MONEY, "1000000000", "JPY", MORE),
    Q(JA, "売上高は5億円以上でした。", "5億円以上", MONEY, "500000000", "JPY", AT_LEAST),
    Q(JA, "会員数は十万人以上です。", "十万人以上", COUNT, "100000", "members", AT_LEAST),
    Q(JA, "売上高は100億円未満でした。", "100億円未満", MONEY, "10000000000", "JPY", LESS),
    Q(JA, "売上高は1億円以下でした。", "1億円以下", MONEY, "100000000", "JPY", AT_MOST),

    /* ---- Japanese: ranges ---- */
    R(JA, "売上高は30億～35億円の見込みです。", "30億～35億円", MONEY, "3000000000", "3500000000",
      "JPY", EXACT),
    R(JA, "売上高は30～35億円の見込みです。", "30～35億円", MONEY, "3000000000", "3500000000",
      "JPY", EXACT),
    R(JA, "成長率は3～5%の見込みです。", "3～5%", PCT, "3", "5", "pct", EXACT),
    R(JA, "成長率は3%～5%の見込みです。", "3%～5%", PCT, "3", "5", "pct", EXACT),

    /* ---- Japanese: counts ---- */
    Q(JA, "会員数は7000万人に達しました。", "7000万人", COUNT, "70000000", "members", EXACT),
    Q(JA, "会員数は7000万に達しました。", "7000万", COUNT, "70000000", "members", EXACT),
    Q(JA, "ユーザー数は1.6億人です。", "1.6億人", COUNT, "160000000", "users", EXACT),
    Q(JA, "1.6億人のユーザーが利用しています。", "1.6億人のユーザー", COUNT, "160000000", "users",
      EXACT),
    Q(JA, "店舗数は1,200店舗です。", "1,200店舗", COUNT, "1200", "stores", EXACT),
    Q(JA, "今期は500店を出店しました。", "500店", COUNT, "500", "stores", EXACT),
    Q(JA, "従業員数は12,345名です。", "12,345名", COUNT, "12345", "employees", EXACT),
    Q(JA, "社員数は６、５４４名です。", "６、５４４名", COUNT, "6544", "employees", EXACT),
    Q(JA, "3,000社と提携しました。", "3,000社", COUNT, "3000", "organizations", EXACT),
    Q(JA, "販売台数は120万台でした。", "120万台", COUNT, "1200000", "units", EXACT),
    Q(JA, "受注は5,000件でした。", "5,000件", COUNT, "5000", "orders", EXACT),
    Q(JA, "有料会員は300万人です。", "300万人", COUNT, "3000000", "members", EXACT),
    Q(JA, "在庫は40k個です。", "40k個", COUNT, "40000", "units", EXACT),
    Q(JA, "企業顧客は2万社です。", "2万社", COUNT, "20000", "customers", EXACT),

    /* ---- Japanese: fractions and durations ---- */
    Q(JA, "出資比率は3分の1です。", "3分の1", NUM, "0.3333333333", "", EXACT),
    Q(JA, "出資比率は５分の１です。", "５分の１", NUM, "0.2", "", EXACT),
    Q(JA, "出資比率は三分の二です。", "三分の二", NUM, "0.6666666667", "", EXACT),
    Q(JA, "12四半期連続の増収です。", "12四半期", DUR, "12", "quarters", EXACT),
    Q(JA, "3年間の計画です。", "3年間", DUR, "3", "years", EXACT),
    Q(JA, "6か月間の延長です。", "6か月間", DUR, "6", "months", EXACT),

    /* ---- Japanese: dates, periods and names (never amounts) ---- */
    TRAPL(JA, "2026年2月に発売しました。", "2026年2月", DATE, "2026-02"),
    TRAPL(JA, "3月17日に発表しました。", "3月17日", DATE, "--03-17"),
    TRAPL(JA, "2025年12月31日現在の残高です。", "2025年12月31日", DATE, "2025-12-31"),
    TRAPL(JA, "2026年度第3四半期の売上高は35億円です。", "2026年度第3四半期", PERIOD, "FY2026Q3"),
    Q(JA, "2026年度第3四半期の売上高は35億円です。", "35億円", MONEY, "3500000000", "JPY", EXACT),
    TRAPL(JA, "第2四半期の売上高は増加しました。", "第2四半期", PERIOD, "Q2"),
    TRAPL(JA, "2026年3月期の業績予想です。", "2026年3月期", PERIOD, "FY2026"),
    TRAPL(JA, "2026年3月期第2四半期の業績です。", "2026年3月期第2四半期", PERIOD, "FY2026Q2"),
    TRAPL(JA, "2025年度の業績です。", "2025年度", PERIOD, "FY2025"),
    TRAPL(JA, "自然年2025年第4四半期の売上高です。", "自然年2025年第4四半期", PERIOD, "2025Q4"),
    TRAPL(JA, "令和7年3月期の業績です。", "令和7年3月期", PERIOD, "FY2025"),
    TRAPL(JA, "2026年に発売します。", "2026年", DATE, "2026"),
    TRAPL(JA, "証券コード：9984の銘柄です。", "証券コード：9984", NAME, NULL),
    TRAPL(JA, "お問い合わせは電話 03-1234-5678まで。", "電話 03-1234-5678", NAME, NULL),
    TRAPL(JA, "Lumo4.5を公開しました。", "Lumo4.5", NAME, "Lumo4.5"),
    TRAPL(JA, "66PLUS会員が増加しました。", "66PLUS", NAME, "66PLUS"),
    TRAPL(JA, "5G対応の端末です。", "5G", NAME, "5G"),
    TRAPL(JA, "売上高（注1）は増加しました。", "（注1）", NAME, NULL),
    TRAPL(JA, "売上高※1は増加しました。", "※1", NAME, "※1"),
    TRAP(JA, "売上高（2025年12月期）は35億円でした。", "2025年12月期"),
    Q(JA, "売上高（2025年12月期）は35億円でした。", "35億円", MONEY, "3500000000", "JPY", EXACT),
    TRAP(JA, "11月に新製品を発売しました。", "11月"),
    TRAP(JA, "iPhone 15の販売が好調でした。", "15"),
    TRAPL(JA, "FY2026 Q3の売上高は35億円です。", "FY2026 Q3", PERIOD, "FY2026Q3"),
    TRAPL(JA, "トヨタ（TSE: 7203）の株価が上昇した。", "TSE: 7203", NAME, "TSE: 7203"),
    TRAPL(JA, "※2 2025年12月31日時点の数値です。", "※2", NAME, "※2"),

    /* ---- Chinese: digits, grouping, scale words and compounds ---- */
    Q(ZH, "营收为人民币375,216百万元。", "人民币375,216百万元", MONEY, "375216000000", "CNY",
      EXACT),
    Q(ZH, "营收为375,216百万元。", "375,216百万元", MONEY, "375216000000", "CNY", EXACT),
    Q(ZH, "营收为1,527.4百万港元。", "1,527.4百万港元", MONEY, "1527400000", "HKD", EXACT),
    Q(ZH, "营收为3.2亿元。", "3.2亿元", MONEY, "320000000", "CNY", EXACT),
    Q(ZH, "营收为人民币3.2亿元。", "人民币3.2亿元", MONEY, "320000000", "CNY", EXACT),
    Q(ZH, "营收为3.2亿元人民币。", "3.2亿元人民币", MONEY, "320000000", "CNY", EXACT),
    Q(ZH, "营收为1.5万亿元。", "1.5万亿元", MONEY, "1500000000000", "CNY", EXACT),
    Q(ZH, "规模达4.78万亿元。", "4.78万亿元", MONEY, "4780000000000", "CNY", EXACT),
    Q(ZH, "营收为7000万元。", "7000万元", MONEY, "70000000", "CNY", EXACT),
    Q(ZH, "营收为3千万元。", "3千万元", MONEY, "30000000", "CNY", EXACT),
    Q(ZH, "营收为1,234.56万元。", "1,234.56万元", MONEY, "12345600", "CNY", EXACT),
    Q(ZH, "营收为２３４亿元。", "２３４亿元", MONEY, "23400000000", "CNY", EXACT),
    Q(ZH, "金额１１.92亿元。", "１１.92亿元", MONEY, "1192000000", "CNY", EXACT),
    Q(ZH, "金额４，５６５元。", "４，５６５元", MONEY, "4565", "CNY", EXACT),
    Q(ZH, "营收为1万亿日元。", "1万亿日元", MONEY, "1000000000000", "JPY", EXACT),
    Q(ZH, "中得1000万元头奖。", "1000万元", MONEY, "10000000", "CNY", EXACT),
    Q(ZH, "奖池攀升至36.57亿元。", "36.57亿元", MONEY, "3657000000", "CNY", EXACT),
    Q(ZH, "彩民花15元中奖1600万。", "15元", MONEY, "15", "CNY", EXACT),

    /* ---- Chinese: hanzi numerals ---- */
    Q(ZH, "营收为三千万元。", "三千万元", MONEY, "30000000", "CNY", EXACT),
    Q(ZH, "营收为两千万元。", "两千万元", MONEY, "20000000", "CNY", EXACT),
    Q(ZH, "营收为两亿元。", "两亿元", MONEY, "200000000", "CNY", EXACT),
    Q(ZH, "营收为十二亿元。", "十二亿元", MONEY, "1200000000", "CNY", EXACT),
    Q(ZH, "营收为一百零六万元。", "一百零六万元", MONEY, "1060000", "CNY", EXACT),
    Q(ZH, "营收为壹佰伍拾万元。", "壹佰伍拾万元", MONEY, "1500000", "CNY", EXACT),
    Q(ZH, "金额十万柒仟捌佰伍拾肆元。", "十万柒仟捌佰伍拾肆元", MONEY, "107854", "CNY", EXACT),
    Q(ZH, "金额拾万零五十六元。", "拾万零五十六元", MONEY, "100056", "CNY", EXACT),
    Q(ZH, "金额五亿零六元。", "五亿零六元", MONEY, "500000006", "CNY", EXACT),
    Q(ZH, "金额七十八万五百零六元。", "七十八万五百零六元", MONEY, "780506", "CNY", EXACT),
    Q(ZH, "金额五兆六十二亿四万五千二百元。", "五兆六十二亿四万五千二百元", MONEY, "5006200045200",
      "CNY", EXACT),
    Q(ZH, "售价十五美元。", "十五美元", MONEY, "15", "USD", EXACT),
    Q(ZH, "售价两美元。", "两美元", MONEY, "2", "USD", EXACT),
    Q(ZH, "员工两千人。", "两千人", COUNT, "2000", "employees", EXACT),
    Q(ZH, "用户一百零一万一千人。", "一百零一万一千人", COUNT, "1011000", "users", EXACT),
    Q(ZH, "用户两千四百五十人。", "两千四百五十人", COUNT, "2450", "users", EXACT),
    Q(ZH, "用户一千零一人。", "一千零一人", COUNT, "1001", "users", EXACT),
    TRAPL(ZH, "公司成立于二〇二五年。", "二〇二五年", DATE, "2025"),

    /* ---- Chinese: currencies ---- */
    Q(ZH, "营收为50亿美元。", "50亿美元", MONEY, "5000000000", "USD", EXACT),
    Q(ZH, "兑换１．０７５３美元。", "１．０７５３美元", MONEY, "1.0753", "USD", EXACT),
    Q(ZH, "营收为US$1.2亿。", "US$1.2亿", MONEY, "120000000", "USD", EXACT),
    Q(ZH, "营收为5亿港元。", "5亿港元", MONEY, "500000000", "HKD", EXACT),
    Q(ZH, "营收为5亿港币。", "5亿港币", MONEY, "500000000", "HKD", EXACT),
    Q(ZH, "每股派息20港仙。", "20港仙", MONEY, "0.2", "HKD", EXACT),
    Q(ZH, "每股1.95港元。", "1.95港元", MONEY, "1.95", "HKD", EXACT),
    Q(ZH, "营收为2亿欧元。", "2亿欧元", MONEY, "200000000", "EUR", EXACT),
    Q(ZH, "只需１欧元。", "１欧元", MONEY, "1", "EUR", EXACT),
    Q(ZH, "营收为300亿日元。", "300亿日元", MONEY, "30000000000", "JPY", EXACT),
    Q(ZH, "营收为5000万英镑。", "5000万英镑", MONEY, "50000000", "GBP", EXACT),
    Q(ZH, "营收为100亿新台币。", "100亿新台币", MONEY, "10000000000", "TWD", EXACT),
    Q(ZH, "营收为5000亿韩元。", "5000亿韩元", MONEY, "500000000000", "KRW", EXACT),
    Q(ZH, "售价为¥1,280。", "¥1,280", MONEY, "1280", "CNY", EXACT),
    Q(ZH, "营收为￥35亿。", "￥35亿", MONEY, "3500000000", "CNY", EXACT),
    Q(ZH, "毛利率仅为零点五个百分点。", "零点五个百分点", PP, "0.5", "pp", EXACT),
    Q(ZH, "净利润翻了一番。", "翻了一番", MULT, "2", "x", EXACT),
    Q(ZH, "收入十五点七亿元。", "十五点七亿元", MONEY, "1570000000", "CNY", EXACT),
    Q(ZH, "员工两千四百五人。", "两千四百五人", COUNT, "2450", "employees", EXACT),
    Q(JA, "会員は十万以上です。", "十万以上", COUNT, "100000", "members", AT_LEAST),
    Q(JA, "受注残は3年半分です。", "3年半", DUR, "3.5", "years", EXACT),
    Q(EN, "Revenue was two point five billion dollars.", "two point five billion dollars", MONEY,
      "2500000000", "USD", EXACT),
    Q(ZH, "营收为￥3,500万。", "￥3,500万", MONEY, "35000000", "CNY", EXACT),

    /* ---- Chinese: negatives ---- */
    Q(ZH, "净亏损为-3.2亿元。", "-3.2亿元", MONEY, "-320000000", "CNY", EXACT),
    Q(ZH, "毛利率同比-5.3%。", "-5.3%", PCT, "-5.3", "pct", EXACT),
    Q(ZH,
      "毛利率同比\xe2\x88\x92"
      "3.2%。",
      "\xe2\x88\x92"
      "3.2%",
      PCT, "-3.2", "pct", EXACT),
    Q(ZH, "毛利率下降－1２２％。", "－1２２％", PCT, "-122", "pct", EXACT),

    /* ---- Chinese: percentages, points, multiples, growth words ---- */
    Q(ZH, "同比增长12.5%。", "12.5%", PCT, "12.5", "pct", EXACT),
    Q(ZH, "同比增长１２．５％。", "１２．５％", PCT, "12.5", "pct", EXACT),
    Q(ZH, "毛利率为5％。", "5％", PCT, "5", "pct", EXACT),
    Q(ZH, "同比增长百分之五十。", "百分之五十", PCT, "50", "pct", EXACT),
    Q(ZH, "同比增长百分之五。", "百分之五", PCT, "5", "pct", EXACT),
    Q(ZH, "同比增长百分之12.5。", "百分之12.5", PCT, "12.5", "pct", EXACT),
    Q(ZH, "同比增长百分之２．４。", "百分之２．４", PCT, "2.4", "pct", EXACT),
    Q(ZH, "同比增长百分之1,111。", "百分之1,111", PCT, "1111", "pct", EXACT),
    Q(ZH, "毛利率为百分之三十五。", "百分之三十五", PCT, "35", "pct", EXACT),
    Q(ZH, "同比增长百分之一百。", "百分之一百", PCT, "100", "pct", EXACT),
    Q(ZH, "毛利率提升2.3个百分点。", "2.3个百分点", PP, "2.3", "pp", EXACT),
    Q(ZH, "毛利率下降0.5个百分点。", "0.5个百分点", PP, "0.5", "pp", EXACT),
    Q(ZH, "毛利率提升两个百分点。", "两个百分点", PP, "2", "pp", EXACT),
    Q(ZH, "毛利率提升六個百分點。", "六個百分點", PP, "6", "pp", EXACT),
    Q(ZH, "利率下调50个基点。", "50个基点", PP, "0.5", "pp", EXACT),
    Q(ZH, "利率下调25基点。", "25基点", PP, "0.25", "pp", EXACT),
    Q(ZH, "净利润同比翻倍。", "翻倍", MULT, "2", "x", EXACT),
    Q(ZH, "净利润同比翻番。", "翻番", MULT, "2", "x", EXACT),
    Q(ZH, "净利润翻两番。", "翻两番", MULT, "4", "x", EXACT),
    Q(ZH, "营收是去年的7倍。", "7倍", MULT, "7", "x", EXACT),
    Q(ZH, "营收是去年的三倍。", "三倍", MULT, "3", "x", EXACT),
    Q(ZH, "估值达30倍市盈率。", "30倍", MULT, "30", "x", EXACT),
    Q(ZH, "净利润实现两位数增长。", "两位数", PCT, "10", "pct", AT_LEAST),
    Q(ZH, "净利润实现双位数增长。", "双位数", PCT, "10", "pct", AT_LEAST),
    Q(ZH, "净利润实现三位数增长。", "三位数", PCT, "100", "pct", AT_LEAST),

    /* ---- Chinese: qualifiers ---- */
    Q(ZH, "营收约3亿元。", "约3亿元", MONEY, "300000000", "CNY", APPROX),
    Q(ZH, "营收3亿元左右。", "3亿元左右", MONEY, "300000000", "CNY", APPROX),
    Q(ZH, "营收近10亿元。", "近10亿元", MONEY, "1000000000", "CNY", APPROX),
    Q(ZH, "营收接近10亿元。", "接近10亿元", MONEY, "1000000000", "CNY", APPROX),
    Q(ZH, "营收将近10亿元。", "将近10亿元", MONEY, "1000000000", "CNY", APPROX),
    Q(ZH, "营收超过100亿元。", "超过100亿元", MONEY, "10000000000", "CNY", MORE),
    Q(ZH, "营收逾100亿元。", "逾100亿元", MONEY, "10000000000", "CNY", MORE),
    Q(ZH, "营收突破100亿元。", "突破100亿元", MONEY, "10000000000", "CNY", MORE),
    Q(ZH, "营收超100亿元。", "超100亿元", MONEY, "10000000000", "CNY", MORE),
    Q(ZH, "营收不足10亿元。", "不足10亿元", MONEY, "1000000000", "CNY", LESS),
    Q(ZH, "营收不到10亿元。", "不到10亿元", MONEY, "1000000000", "CNY", LESS),
    Q(ZH, "营收低于10亿元。", "低于10亿元", MONEY, "1000000000", "CNY", LESS),
    Q(ZH, "营收至少10亿元。", "至少10亿元", MONEY, "1000000000", "CNY", AT_LEAST),
    Q(ZH, "营收不低于10亿元。", "不低于10亿元", MONEY, "1000000000", "CNY", AT_LEAST),
    Q(ZH, "营收10亿元以上。", "10亿元以上", MONEY, "1000000000", "CNY", AT_LEAST),
    Q(ZH, "营收10亿元以下。", "10亿元以下", MONEY, "1000000000", "CNY", AT_MOST),
    Q(ZH, "营收最多10亿元。", "最多10亿元", MONEY, "1000000000", "CNY", AT_MOST),
    Q(ZH, "员工100余人。", "100余人", COUNT, "100", "employees", MORE),
    Q(ZH, "合作企业100余家。", "100余家", COUNT, "100", "organizations", MORE),
    Q(ZH, "门店30多家。", "30多家", COUNT, "30", "stores", MORE),
    Q(ZH, "员工约1.2万名。", "约1.2万名", COUNT, "12000", "employees", APPROX),

    /* ---- Chinese: ranges ---- */
    R(ZH, "预计营收15.5亿元-17.5亿元。", "15.5亿元-17.5亿元", MONEY, "1550000000", "1750000000",
      "CNY", EXACT),
    R(ZH, "预计营收30亿～35亿元。", "30亿～35亿元", MONEY, "3000000000", "3500000000", "CNY",
      EXACT),
    R(ZH, "预计营收30億～35億元。", "30億～35億元", MONEY, "3000000000", "3500000000", "CNY",
      EXACT),
    R(ZH, "预计营收30至35亿元。", "30至35亿元", MONEY, "3000000000", "3500000000", "CNY", EXACT),
    R(ZH, "预计增长3%-5%。", "3%-5%", PCT, "3", "5", "pct", EXACT),
    R(ZH, "预计增长3%至5%。", "3%至5%", PCT, "3", "5", "pct", EXACT),
    R(ZH, "预计增长3-5%。", "3-5%", PCT, "3", "5", "pct", EXACT),
    /* an amount's range may start with four digits that look like a year */
    R(ZH, "亏损额为2000-2500万美元。", "2000-2500万美元", MONEY, "20000000", "25000000", "USD",
      EXACT),
    R(ZH, "营收为2010至2020万元。", "2010至2020万元", MONEY, "20100000", "20200000", "CNY", EXACT),
    TRAPL(ZH, "2019-2020年度营收为5亿元。", "2019", DATE, "2019"),
    /* a decline's rates largest first: still one range, low to high */
    R(ZH, "同比下降43.49%至29.37%。", "43.49%至29.37%", PCT, "29.37", "43.49", "pct", EXACT),
    R(ZH, "同比下降50%-20%。", "50%-20%", PCT, "20", "50", "pct", EXACT),
    /* amounts in falling order are two figures */
    Q(ZH, "营收由35亿元至30亿元。", "35亿元", MONEY, "3500000000", "CNY", EXACT),
    Q(ZH, "毛利率从3%提升至5%。", "3%", PCT, "3", "pct", EXACT),
    Q(ZH, "毛利率从3%提升至5%。", "5%", PCT, "5", "pct", EXACT),

    /* ---- Chinese: counts ---- */
    Q(ZH, "月活跃用户达3.2亿。", "3.2亿", COUNT, "320000000", "users", EXACT),
    Q(ZH, "用户数达到3亿。", "3亿", COUNT, "300000000", "users", EXACT),
    Q(ZH, "超过100家企业客户。", "超过100家企业客户", COUNT, "100", "customers", MORE),
    Q(ZH, "门店超过1,000家。", "超过1,000家", COUNT, "1000", "stores", MORE),
    Q(ZH, "付费会员达8,800万。", "8,800万", COUNT, "88000000", "members", EXACT),
    Q(ZH, "订单量达5亿。", "5亿", COUNT, "500000000", "orders", EXACT),
    Q(ZH, "服务企业超过20万家。", "超过20万家", COUNT, "200000", "organizations", MORE),
    Q(ZH, "新增用户3,000万。", "3,000万", COUNT, "30000000", "users", EXACT),
    Q(ZH, "活跃买家达9亿。", "9亿", COUNT, "900000000", "users", EXACT),
    Q(ZH, "销量达10万辆。", "10万辆", COUNT, "100000", "units", EXACT),
    Q(ZH, "客户数达5,000户。", "5,000户", COUNT, "5000", "customers", EXACT),
    Q(ZH, "5G用户达3亿。", "3亿", COUNT, "300000000", "users", EXACT),
    Q(ZH, "员工数为12,345名。", "12,345名", COUNT, "12345", "employees", EXACT),

    /* ---- Chinese: fractions ---- */
    Q(ZH, "占比三分之一。", "三分之一", NUM, "0.3333333333", "", EXACT),
    Q(ZH, "占比四分之三。", "四分之三", NUM, "0.75", "", EXACT),
    Q(ZH, "占比五分之一。", "五分之一", NUM, "0.2", "", EXACT),

    /* ---- Chinese: dates, periods and names (never amounts) ---- */
    TRAPL(ZH, "公司于2026年2月发布新品。", "2026年2月", DATE, "2026-02"),
    TRAPL(ZH, "公司于3月17日发布新品。", "3月17日", DATE, "--03-17"),
    TRAPL(ZH, "截至2025年12月31日止的年度。", "截至2025年12月31日止的年度", PERIOD,
          "12M@2025-12-31"),
    TRAPL(ZH, "截至2025年12月31日的余额。", "2025年12月31日", DATE, "2025-12-31"),
    TRAPL(ZH, "2026财年第三季度营收为3.2亿元。", "2026财年第三季度", PERIOD, "FY2026Q3"),
    Q(ZH, "2026财年第三季度营收为3.2亿元。", "3.2亿元", MONEY, "320000000", "CNY", EXACT),
    TRAPL(ZH, "第二季度营收增长。", "第二季度", PERIOD, "Q2"),
    TRAPL(ZH, "二季度营收增长。", "二季度", PERIOD, "Q2"),
    TRAPL(ZH, "前三季度营收增长。", "前三季度", PERIOD, "Q1-Q3"),
    TRAPL(ZH, "2025财年营收增长。", "2025财年", PERIOD, "FY2025"),
    TRAPL(ZH, "自然年2025年第4季度营收增长。", "自然年2025年第4季度", PERIOD, "2025Q4"),
    TRAPL(ZH, "2025年营收增长12%。", "2025年", DATE, "2025"),
    TRAP(ZH, "2026年上半年营收增长。", "2026年上半年"),
    TRAP(ZH, "2025年第四季度营收为3亿元。", "2025年第四季度"),
    TRAP(ZH, "截至2025年12月31日止三个月营收增长。", "截至2025年12月31日止三个月"),
    TRAPL(ZH, "股票代码：3987。", "股票代码：3987", NAME, NULL),
    TRAPL(ZH, "澄川控股（3987.HK）股价上涨。", "3987.HK", NAME, "3987.HK"),
    TRAPL(ZH, "电话：+86 10 1234 5678", "电话：+86 10 1234 5678", NAME, NULL),
    TRAPL(ZH, "发布Lumo4.5模型。", "Lumo4.5", NAME, "Lumo4.5"),
    TRAPL(ZH, "66PLUS会员增长。", "66PLUS", NAME, "66PLUS"),
    TRAPL(ZH, "5G用户达3亿。", "5G", NAME, "5G"),
    TRAPL(ZH, "双11期间销售额增长。", "双11", NAME, "双11"),
    TRAP(ZH, "公司于11月发布新品。", "11月"),
    TRAPL(ZH, "Q3营收增长12%。", "Q3", PERIOD, "Q3"),
    Q(ZH, "Q3营收增长12%。", "12%", PCT, "12", "pct", EXACT),
    TRAP(ZH, "iPhone 15销量增长。", "15"),
    TRAPL(ZH, "澄川控股（NYSE: BABA）股价上涨。", "NYSE: BABA", NAME, "NYSE: BABA"),
    TRAPL(ZH, "2026年2月营收为3.2亿元。", "2026年2月", DATE, "2026-02"),
    Q(ZH, "2026年2月营收为3.2亿元。", "3.2亿元", MONEY, "320000000", "CNY", EXACT),
    /* Formerly pending: now read. */
    Q(EN, "Net loss was ($5.2 million).", "($5.2 million)", MONEY, "-5200000", "USD", EXACT),
    Q(EN, "Net loss was $(5.2) million.", "$(5.2) million", MONEY, "-5200000", "USD", EXACT),
    Q(EN, "A loss of $(1,234) thousand was booked.", "$(1,234) thousand", MONEY, "-1234000", "USD",
      EXACT),
    R(EN, "Revenue of $10-12 million is expected.", "$10-12 million", MONEY, "10000000", "12000000",
      "USD", EXACT),
    Q(EN, "Operating margin was minus 5%.", "minus 5%", PCT, "-5", "pct", EXACT),
    Q(EN, "They issued 125 million Australian dollars of bonds.", "125 million Australian dollars",
      MONEY, "125000000", "AUD", EXACT),
    Q(EN, "He was fined 10,000 Swiss francs.", "10,000 Swiss francs", MONEY, "10000", "CHF", EXACT),
    Q(EN, "The bid was 470 pence a share.", "470 pence", MONEY, "4.7", "GBP", EXACT),
    Q(EN, "It costs 40 rmb per unit.", "40 rmb", MONEY, "40", "CNY", EXACT),
    Q(EN, "Revenue was C $ 16.4 million.", "C $ 16.4 million", MONEY, "16400000", "CAD", EXACT),
    Q(EN, "Exports fell to HK $ 10.05 billion.", "HK $ 10.05 billion", MONEY, "10050000000", "HKD",
      EXACT),
    TRAPL(EN, "For Q1-Q3 revenue rose 12%.", "Q1-Q3", PERIOD, "Q1-Q3"),
    TRAPL(EN, "Shares are listed on HKEX: 3987.", "HKEX: 3987", NAME, "HKEX: 3987"),

    Q(JA, "価格は千円です。", "千円", MONEY, "1000", "JPY", EXACT),
    Q(JA, "費用は千万円です。", "千万円", MONEY, "10000000", "JPY", EXACT),
    Q(JA, "費用は百万円です。", "百万円", MONEY, "1000000", "JPY", EXACT),
    Q(JA, "投資額は千億円です。", "千億円", MONEY, "100000000000", "JPY", EXACT),
    Q(JA, "営業利益率は1.2%ポイント改善しました。", "1.2%ポイント", PP, "1.2", "pp", EXACT),
    Q(JA, "営業利益率は1.2％ポイント改善しました。", "1.2％ポイント", PP, "1.2", "pp", EXACT),
    Q(JA, "損益はマイナス10000円でした。", "マイナス10000円", MONEY, "-10000", "JPY", EXACT),
    Q(JA, "両替レートは1.0092スイスフランです。", "1.0092スイスフラン", MONEY, "1.0092", "CHF",
      EXACT),
    Q(JA, "クラウド売上高は2桁増となった。", "2桁", PCT, "10", "pct", AT_LEAST),

    Q(ZH, "市场份额超过七成。", "超过七成", PCT, "70", "pct", MORE),
    Q(ZH, "市场份额约三成。", "约三成", PCT, "30", "pct", APPROX),
    Q(ZH, "市场份额达到９成。", "９成", PCT, "90", "pct", EXACT),
    Q(ZH, "市场份额两成。", "两成", PCT, "20", "pct", EXACT),
    Q(ZH, "同比增长百分之百。", "百分之百", PCT, "100", "pct", EXACT),
    Q(ZH, "计划投资百亿元。", "百亿元", MONEY, "10000000000", "CNY", EXACT),
    Q(ZH, "净利润为负3.2亿元。", "负3.2亿元", MONEY, "-320000000", "CNY", EXACT),
    Q(ZH, "净利润为负三十二万元。", "负三十二万元", MONEY, "-320000", "CNY", EXACT),
    Q(ZH, "用户十余万。", "十余万", COUNT, "100000", "users", MORE),
    Q(ZH, "用户500余万。", "500余万", COUNT, "5000000", "users", MORE),
    Q(ZH, "用户一千多万。", "一千多万", COUNT, "10000000", "users", MORE),
    Q(ZH, "营收1000多万元。", "1000多万元", MONEY, "10000000", "CNY", MORE),
    Q(ZH, "金额肆佰陸拾元。", "肆佰陸拾元", MONEY, "460", "CNY", EXACT),
    Q(ZH, "金额贰拾万元。", "贰拾万元", MONEY, "200000", "CNY", EXACT),
    Q(ZH, "金额陆仟元。", "陆仟元", MONEY, "6000", "CNY", EXACT),
    Q(ZH, "金额伍拾元。", "伍拾元", MONEY, "50", "CNY", EXACT),
    Q(ZH, "金额玖仟元。", "玖仟元", MONEY, "9000", "CNY", EXACT),
    Q(ZH, "兑换1.0092瑞士法郎。", "1.0092瑞士法郎", MONEY, "1.0092", "CHF", EXACT),
    Q(ZH, "到期定存单5306亿台币。", "5306亿台币", MONEY, "530600000000", "TWD", EXACT),
    Q(ZH, "股价下跌2.5美分。", "2.5美分", MONEY, "0.025", "USD", EXACT),
    Q(ZH, "营收为RMB 1.5 billion。", "RMB 1.5 billion", MONEY, "1500000000", "CNY", EXACT),
    Q(ZH, "毛利率提升2.3百分点。", "2.3百分点", PP, "2.3", "pp", EXACT),
    Q(EN, "It only cost 3 dollars 50 cents.", "3 dollars 50 cents", MONEY, "3.5", "USD", EXACT),
    Q(JA, "代金は2ドル3セントです。", "2ドル3セント", MONEY, "2.03", "USD", EXACT),
    Q(JA, "年間収入は$ 48.2 万です。", "$ 48.2 万", MONEY, "482000", "USD", EXACT),
    Q(ZH, "同比增长百分之一点五。", "百分之一点五", PCT, "1.5", "pct", EXACT),
    Q(ZH, "金额十五点七亿元。", "十五点七亿元", MONEY, "1570000000", "CNY", EXACT),
    Q(ZH, "金额二点五亿元。", "二点五亿元", MONEY, "250000000", "CNY", EXACT),
    Q(ZH, "员工两千四百五人。", "两千四百五人", COUNT, "2450", "employees", EXACT),
    Q(ZH, "售价50元6角3分。", "50元6角3分", MONEY, "50.63", "CNY", EXACT),
    Q(ZH, "营收1000 万元。", "1000 万元", MONEY, "10000000", "CNY", EXACT),
    Q(EN, "EPS was $.12 per diluted share.", "$.12", MONEY, "0.12", "USD", EXACT),
    Q(EN, "A 12-cent dividend was declared.", "12-cent", MONEY, "0.12", "USD", EXACT),
    Q(JA, "残高は5306億ニュー台湾ドルです。", "5306億ニュー台湾ドル", MONEY, "530600000000", "TWD",
      EXACT),
    Q(JA, "価格は\\100です。", "\\100", MONEY, "100", "JPY", EXACT),

    Q(JA, "売上の七割半を占める。", "七割半", PCT, "75", "pct", EXACT),
    Q(JA, "女性社員は5割半を占める。", "5割半", PCT, "55", "pct", EXACT),
    Q(ZH, "市场份额三成半。", "三成半", PCT, "35", "pct", EXACT),

    /* ---- Scientific notation: the power of ten scales the digits before it ---- */
    Q(EN, "The estimate is 1.2e9 in total.", "1.2e9", NUM, "1200000000", "", EXACT),
    Q(EN, "Capacity reached 3.5E+6 today.", "3.5E+6", NUM, "3500000", "", EXACT),
    Q(EN, "Revenue was $1.2e9 last year.", "$1.2e9", MONEY, "1200000000", "USD", EXACT),
    Q(EN, "Leakage was 4.5e-3 only.", "4.5e-3", NUM, "0.0045", "", EXACT),
    Q(EN, "We sold １．２ｅ９ units.", "１．２ｅ９ units", COUNT, "1200000000", "units", EXACT),
    Q(EN, "The count was 2.1×10^8 in total.", "2.1×10^8", NUM, "210000000", "", EXACT),
    Q(EN, "The count was 2.1 × 10^8 in total.", "2.1 × 10^8", NUM, "210000000", "", EXACT),
    Q(EN, "The count was 2.1x10^8 in total.", "2.1x10^8", NUM, "210000000", "", EXACT),
    Q(EN, "The count was 2.1 × 10⁸ in total.", "2.1 × 10⁸", NUM, "210000000", "", EXACT),
    Q(EN, "The error was 3×10^-3 at most.", "3×10^-3", NUM, "0.003", "", EXACT),
    Q(EN, "It was 20e2 in total.", "20e2", NUM, "2000", "", EXACT),
    Q(JA, "市場規模は1.2×10の13乗円です。", "1.2×10の13乗円", MONEY, "12000000000000", "JPY",
      EXACT),
    Q(JA, "市場規模は１．２×１０の１３乗円です。", "１．２×１０の１３乗円", MONEY, "12000000000000",
      "JPY", EXACT),
    Q(JA, "粒子数は3.0×10の十三乗です。", "3.0×10の十三乗", NUM, "30000000000000", "", EXACT),
    Q(ZH, "市场规模达1.2×10的13次方元。", "1.2×10的13次方元", MONEY, "12000000000000", "CNY",
      EXACT),
    Q(ZH, "数量为2.5×10^8。", "2.5×10^8", NUM, "250000000", "", EXACT),
    TRAPL(EN, "The 2e10x chip shipped.", "2e10x", NAME, "2e10x"),
    Q(EN, "The 2 x 10 grid has 20 cells.", "2", NUM, "2", "", EXACT),

    /* ---- Digits grouped by spaces, and decimal commas where the text writes them ---- */
    Q(EN, "Le chiffre d'affaires est de 1 234 567,89 euros.", "1 234 567,89 euros", MONEY,
      "1234567.89", "EUR", EXACT),
    Q(EN,
      "Le chiffre d'affaires est de 1\xc2\xa0"
      "234\xc2\xa0"
      "567,89 \xe2\x82\xac.",
      "1\xc2\xa0"
      "234\xc2\xa0"
      "567,89 \xe2\x82\xac",
      MONEY, "1234567.89", "EUR", EXACT),
    Q(EN,
      "Le total est de 1\xe2\x80\x89"
      "234\xe2\x80\x89"
      "567,89 au total.",
      "1\xe2\x80\x89"
      "234\xe2\x80\x89"
      "567,89",
      NUM, "1234567.89", "", EXACT),
    Q(EN,
      "Le total est de 1\xe2\x80\xaf"
      "234\xe2\x80\xaf"
      "567,89 au total.",
      "1\xe2\x80\xaf"
      "234\xe2\x80\xaf"
      "567,89",
      NUM, "1234567.89", "", EXACT),
    Q(EN, "Der Umsatz betrug 1.234.567,89 EUR.", "1.234.567,89 EUR", MONEY, "1234567.89", "EUR",
      EXACT),
    Q(EN, "La marge est de 12,5 % pour 1 234,5 de ventes.", "12,5 %", PCT, "12.5", "pct", EXACT),
    Q(EN, "La marge est de 12,5 % pour 1 234,5 de ventes.", "1 234,5", NUM, "1234.5", "", EXACT),
    R(EN, "Ventes de 1 234,5 \xe2\x80\x93 1 456,7 millions \xe2\x82\xac.",
      "1 234,5 \xe2\x80\x93 1 456,7 millions \xe2\x82\xac", MONEY, "1234500000", "1456700000",
      "EUR", EXACT),
    Q(EN, "Voir les notes 1,2,3 ; total 1 234,5.", "1 234,5", NUM, "1234.5", "", EXACT),
    Q(EN, "Voir les notes 1,2,3 ; total 1 234,5.", "3", NUM, "3", "", EXACT),
    Q(EN,
      "Total: 1\xc2\xa0"
      "234\xc2\xa0"
      "567.",
      "1\xc2\xa0"
      "234\xc2\xa0"
      "567",
      NUM, "1234567", "", EXACT),
    Q(EN,
      "The total was 1\xe2\x80\x89"
      "234\xe2\x80\x89"
      "567.89 in all.",
      "1\xe2\x80\x89"
      "234\xe2\x80\x89"
      "567.89",
      NUM, "1234567.89", "", EXACT),
    Q(JA,
      "売上高は1\xc2\xa0"
      "234円です。",
      "1\xc2\xa0"
      "234円",
      MONEY, "1234", "JPY", EXACT),
    /* English texts keep comma groups: no decimal comma without the text's own evidence,
       and the comma-grouped 1,234,567 outweighs a stray space-grouped one. */
    Q(EN, "Revenue was $1,234 and 1 234 more.", "$1,234", MONEY, "1234", "USD", EXACT),
    Q(EN, "We had 1,234,567 users and 1 234,56 here.", "1,234,567 users", COUNT, "1234567", "users",
      EXACT),
    QN(EN, "We had 1,234,567 users and 1 234,56 here.", "56", 1, NUM, "56", "", EXACT),
    Q(EN, "Table 1 234,567 units were sold.", "234,567 units", COUNT, "234567", "units", EXACT),
    Q(EN, "In 2024 100 stores opened.", "100 stores", COUNT, "100", "stores", EXACT),
    Q(JA, "売上高は1　234円です。", "234円", MONEY, "234", "JPY", EXACT),

    /* ---- Chinese numerals with 零 and 点 ---- */
    Q(ZH, "金额一万零十二点一五元。", "一万零十二点一五元", MONEY, "10012.15", "CNY", EXACT),
    Q(ZH, "金额两千万点五五元。", "两千万点五五元", MONEY, "20000000.55", "CNY", EXACT),
    Q(ZH, "金额壹万零拾贰点壹伍元。", "壹万零拾贰点壹伍元", MONEY, "10012.15", "CNY", EXACT),
    Q(ZH, "金额一亿零十万元。", "一亿零十万元", MONEY, "100100000", "CNY", EXACT),
    Q(ZH, "金额三万零五十点五元。", "三万零五十点五元", MONEY, "30050.5", "CNY", EXACT),
    Q(ZH, "金额两万点五元。", "两万点五元", MONEY, "20000.5", "CNY", EXACT),
    Q(ZH, "用户一千零十人。", "一千零十人", COUNT, "1010", "users", EXACT),
    Q(ZH, "一万零十二点一五", "一万零十二点一五", NUM, "10012.15", "", EXACT),
    Q(ZH, "指数突破三千点。", "突破三千", NUM, "3000", "", MORE),

    /* ---- One numeral's sections parted by a space ---- */
    Q(JA, "来場者は7万 5千人でした。", "7万 5千人", COUNT, "75000", "people", EXACT),
    Q(JA, "来場者は7万5千人でした。", "7万5千人", COUNT, "75000", "people", EXACT),
    Q(JA, "売上高は７万　５千円です。", "７万　５千円", MONEY, "75000", "JPY", EXACT),
    Q(JA, "売上高は1億 2000万円です。", "1億 2000万円", MONEY, "120000000", "JPY", EXACT),
    Q(JA, "来場者は七万 五千人でした。", "七万 五千人", COUNT, "75000", "people", EXACT),
    Q(ZH, "营收3亿 5000万元。", "3亿 5000万元", MONEY, "350000000", "CNY", EXACT),
    Q(ZH, "7万 5千", "7万 5千", NUM, "75000", "", EXACT),
    Q(ZH, "营收1000 万元。", "1000 万元", MONEY, "10000000", "CNY", EXACT),
    Q(JA, "売上高は3万 2万円です。", "2万円", MONEY, "20000", "JPY", EXACT),
    Q(JA, "在庫7万 5人分", "5人", COUNT, "5", "people", EXACT),

    /* ---- A multiplier after 余り/余/多 (百余り万: a little over a million) ---- */
    Q(JA, "百余り万", "百余り万", NUM, "1000000", "", MORE),
    Q(JA, "寄付は百余り万円でした。", "百余り万円", MONEY, "1000000", "JPY", MORE),
    Q(JA, "来場者は十余り万人でした。", "十余り万人", COUNT, "100000", "people", MORE),
    Q(ZH, "用户百余万。", "百余万", COUNT, "1000000", "users", MORE),
    Q(ZH, "营收千余万元。", "千余万元", MONEY, "10000000", "CNY", MORE),
    Q(ZH, "用户百多万。", "百多万", COUNT, "1000000", "users", MORE),
    TRAP(JA, "（単位：百万円）", "百万円"),
    TRAP(JA, "（百万円未満切捨て）", "百万円未満"),

    /* ---- Dozens ---- */
    Q(EN, "3 dozen", "3 dozen", COUNT, "36", "", EXACT),
    Q(EN, "a dozen", "a dozen", COUNT, "12", "", EXACT),
    Q(EN, "We sold 3 dozen units.", "3 dozen units", COUNT, "36", "units", EXACT),
    Q(EN, "We sold 1.5 dozen units.", "1.5 dozen units", COUNT, "18", "units", EXACT),
    Q(EN, "We sold 3 Dozen.", "3 Dozen", COUNT, "36", "", EXACT),
    R(EN, "We sold 2-3 dozen units.", "2-3 dozen units", COUNT, "24", "36", "units", EXACT),
    Q(JA, "一ダース", "一ダース", COUNT, "12", "", EXACT),
    Q(JA, "一ダースの鉛筆を買った。", "一ダース", COUNT, "12", "", EXACT),
    Q(JA, "鉛筆を2ダース買った。", "2ダース", COUNT, "24", "", EXACT),
    Q(JA, "鉛筆を２ダース買った。", "２ダース", COUNT, "24", "", EXACT),
    Q(ZH, "十打", "十打", COUNT, "120", "", EXACT),
    Q(ZH, "买了十打鸡蛋。", "十打", COUNT, "120", "", EXACT),
    Q(ZH, "买了两打鸡蛋。", "两打", COUNT, "24", "", EXACT),
    Q(ZH, "投资10亿打造产业园。", "10亿", NUM, "1000000000", "", EXACT),

    /* ---- 割 with its 分 and 厘 (3割8分5厘 = 38.5%); 分 and 厘 alone are no percent ---- */
    Q(JA, "打率は3割8分でした。", "3割8分", PCT, "38", "pct", EXACT),
    Q(JA, "打率は3割8分5厘でした。", "3割8分5厘", PCT, "38.5", "pct", EXACT),
    Q(JA, "打率は三割八分五厘でした。", "三割八分五厘", PCT, "38.5", "pct", EXACT),
    Q(JA, "打率は３割８分でした。", "３割８分", PCT, "38", "pct", EXACT),
    Q(JA, "売上は2割5分強増えた。", "2割5分強", PCT, "25", "pct", MORE),
    Q(JA, "打率は3割5厘でした。", "3割5厘", PCT, "30.5", "pct", EXACT),
    Q(JA, "売上は2割増となった。", "2割", PCT, "20", "pct", EXACT),
    Q(JA, "会議は5分で終わった。", "5", NUM, "5", "", EXACT),
    Q(JA, "金利は3厘です。", "3", NUM, "3", "", EXACT),
    Q(JA, "5分", "5", NUM, "5", "", EXACT),
    Q(JA, "3厘", "3", NUM, "3", "", EXACT),

    /* ---- Forms that read right before these and must go on doing so ---- */
    Q(EN, "It was two fifths of the total.", "two fifths", NUM, "0.4", "", EXACT),
    Q(EN, "Sales were 1/4 of the total.", "1/4", NUM, "0.25", "", EXACT),
    Q(EN, "Sales were 2.33k in total.", "2.33k", NUM, "2330", "", EXACT),
    Q(EN, "Revenue was $3.5B.", "$3.5B", MONEY, "3500000000", "USD", EXACT),
    Q(EN, "Revenue was 1.2bn.", "1.2bn", NUM, "1200000000", "", EXACT),
    Q(EN, "Revenue was 5mn.", "5mn", NUM, "5000000", "", EXACT),
    Q(EN, "We hired fifty-two people.", "fifty-two people", COUNT, "52", "people", EXACT),
    Q(EN, "We hired one hundred and five people.", "one hundred and five people", COUNT, "105",
      "people", EXACT),
    Q(JA, "売上は1割強増えた。", "1割強", PCT, "10", "pct", MORE),
    Q(ZH, "金额8.76亿。", "8.76亿", NUM, "876000000", "", EXACT),
};

#ifdef EARN_TEST_PENDING
/* What a careful reader expects and the reader does not do yet. */
static const qcase pending_cases[] = {
    Q(EN, "Operating profit improved to 361 million pounds.", "361 million pounds", MONEY,
      "361000000", "GBP", EXACT),
    Q(EN, "A ticket costs 10 $ today.", "10 $", MONEY, "10", "USD", EXACT),
    Q(ZH, "全场商品8折。", "8折", PCT, "80", "pct", EXACT),
    Q(ZH, "全场商品五五折。", "五五折", PCT, "55", "pct", EXACT),
};
#endif

/* The byte offsets of the nth occurrence of c->span in c->text. */
static void locate_span(const qcase *c, size_t *start, size_t *end) {
  const char *from = c->text;
  const char *hit = NULL;
  for (int i = 0; i <= c->nth; i++) {
    hit = strstr(from, c->span);
    ck_assert_msg(hit != NULL, "bad case: \"%s\" does not occur %d time(s) in \"%s\"", c->span,
                  c->nth + 1, c->text);
    from = hit + 1;
  }
  *start = (size_t)(hit - c->text);
  *end = *start + strlen(c->span);
}

/* Everything the document holds, one quantity a line, for failure messages. */
static void describe(const earn_doc *doc, const char *text, char *buf, size_t cap) {
  size_t used = 0;
  buf[0] = '\0';
  for (size_t i = 0; i < earn_doc_quantity_count(doc) && used + 1 < cap; i++) {
    const earn_quantity *q = earn_doc_quantity(doc, i);
    earn_span sp = earn_quantity_span(q);
    earn_decimal v, lo, hi;
    char value[EARN_DECIMAL_BUFSIZE] = "", low[EARN_DECIMAL_BUFSIZE] = "",
         high[EARN_DECIMAL_BUFSIZE] = "";
    if (earn_quantity_value(q, &v))
      earn_decimal_format(v, value, sizeof value);
    if (earn_quantity_range(q, &lo, &hi)) {
      earn_decimal_format(lo, low, sizeof low);
      earn_decimal_format(hi, high, sizeof high);
    }
    int n = snprintf(buf + used, cap - used, "\n  [%zu,%zu) \"%.*s\" %s %s%s%s%s %s %s label=%s",
                     sp.start, sp.end, (int)(sp.end - sp.start), text + sp.start,
                     earn_qkind_name(earn_quantity_kind(q)), value, low, low[0] ? ".." : "", high,
                     earn_quantity_unit(q), earn_qualifier_name(earn_quantity_qualifier(q)),
                     earn_quantity_label(q));
    if (n < 0)
      break;
    used += (size_t)n;
  }
}

static const earn_quantity *find_exact(const earn_doc *doc, size_t start, size_t end) {
  for (size_t i = 0; i < earn_doc_quantity_count(doc); i++) {
    const earn_quantity *q = earn_doc_quantity(doc, i);
    earn_span sp = earn_quantity_span(q);
    if (sp.start == start && sp.end == end)
      return q;
  }
  return NULL;
}

/* Checks report the first mismatch into a message instead of asserting, so that the document
   is freed before the test fails (no leak when Check runs without fork). */
typedef struct verdict {
  bool ok;
  char why[4096];
} verdict;

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static bool
mismatch(verdict *v, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(v->why, sizeof v->why, fmt, ap);
  va_end(ap);
  v->ok = false;
  return false;
}

static bool same_decimal(verdict *v, const qcase *c, const char *what, earn_decimal got,
                         const char *want) {
  earn_decimal expected;
  earn_error err;
  if (earn_decimal_parse(want, strlen(want), &expected, &err) != EARN_OK)
    return mismatch(v, "bad case: %s \"%s\" is not a decimal", what, want);
  char buf[EARN_DECIMAL_BUFSIZE];
  earn_decimal_format(got, buf, sizeof buf);
  if (earn_decimal_cmp(got, expected) != 0)
    return mismatch(v, "\"%s\" in \"%s\": %s %s, want %s", c->span, c->text, what, buf, want);
  return true;
}

static const earn_quantity *exact_or_fail(verdict *v, const qcase *c, const earn_doc *doc,
                                          size_t start, size_t end) {
  const earn_quantity *q = find_exact(doc, start, end);
  if (!q) {
    char listing[3072];
    describe(doc, c->text, listing, sizeof listing);
    mismatch(v, "no quantity spans \"%s\" [%zu,%zu) in \"%s\"; found:%s", c->span, start, end,
             c->text, listing);
    return NULL;
  }
  if ((int)earn_quantity_kind(q) != c->kind) {
    mismatch(v, "\"%s\" in \"%s\": kind %s, want %s", c->span, c->text,
             earn_qkind_name(earn_quantity_kind(q)), earn_qkind_name((earn_qkind)c->kind));
    return NULL;
  }
  return q;
}

static bool check_quantity(verdict *v, const qcase *c, const earn_doc *doc, size_t start,
                           size_t end) {
  const earn_quantity *q = exact_or_fail(v, c, doc, start, end);
  if (!q)
    return false;
  earn_decimal val, lo, hi;
  bool has_value = earn_quantity_value(q, &val) != 0;
  bool is_range = earn_quantity_range(q, &lo, &hi) != 0;
  if (c->value && !has_value)
    return mismatch(v, "\"%s\" in \"%s\": no value", c->span, c->text);
  if (!c->value && has_value)
    return mismatch(v, "\"%s\" in \"%s\": has a value, want none", c->span, c->text);
  if (c->value && !same_decimal(v, c, "value", val, c->value))
    return false;
  if (c->low && !is_range)
    return mismatch(v, "\"%s\" in \"%s\": not a range", c->span, c->text);
  if (!c->low && is_range)
    return mismatch(v, "\"%s\" in \"%s\": a range, want none", c->span, c->text);
  if (c->low &&
      (!same_decimal(v, c, "low", lo, c->low) || !same_decimal(v, c, "high", hi, c->high)))
    return false;
  if (strcmp(earn_quantity_unit(q), c->unit) != 0)
    return mismatch(v, "\"%s\" in \"%s\": unit %s, want %s", c->span, c->text,
                    earn_quantity_unit(q), c->unit);
  if (earn_quantity_qualifier(q) != c->qual)
    return mismatch(v, "\"%s\" in \"%s\": qualifier %s, want %s", c->span, c->text,
                    earn_qualifier_name(earn_quantity_qualifier(q)), earn_qualifier_name(c->qual));
  const char *want = c->label ? c->label : "";
  if (strcmp(earn_quantity_label(q), want) != 0)
    return mismatch(v, "\"%s\" in \"%s\": label \"%s\", want \"%s\"", c->span, c->text,
                    earn_quantity_label(q), want);
  return true;
}

/* Amounts are the kinds a date, period, name or code must never be read as. */
static bool is_amount(earn_qkind kind) {
  return kind == EARN_Q_MONEY || kind == EARN_Q_PERCENT || kind == EARN_Q_PP ||
         kind == EARN_Q_MULTIPLE || kind == EARN_Q_COUNT || kind == EARN_Q_DURATION;
}

static bool check_trap(verdict *v, const qcase *c, const earn_doc *doc, size_t start, size_t end) {
  for (size_t i = 0; i < earn_doc_quantity_count(doc); i++) {
    const earn_quantity *q = earn_doc_quantity(doc, i);
    earn_span sp = earn_quantity_span(q);
    if (sp.start < end && start < sp.end && is_amount(earn_quantity_kind(q))) {
      char listing[3072];
      describe(doc, c->text, listing, sizeof listing);
      return mismatch(v, "\"%s\" in \"%s\" overlaps the amount [%zu,%zu); found:%s", c->span,
                      c->text, sp.start, sp.end, listing);
    }
  }
  if (c->kind < 0)
    return true;
  const earn_quantity *q = exact_or_fail(v, c, doc, start, end);
  if (!q)
    return false;
  if (c->label && strcmp(earn_quantity_label(q), c->label) != 0)
    return mismatch(v, "\"%s\" in \"%s\": label \"%s\", want \"%s\"", c->span, c->text,
                    earn_quantity_label(q), c->label);
  return true;
}

static void run_case(const qcase *c) {
  ck_assert_ptr_nonnull(ex);
  size_t start = 0, end = 0;
  locate_span(c, &start, &end);
  earn_error err;
  earn_doc *doc = earn_doc_read(ex, c->text, strlen(c->text), lang_option(c->lang), &err);
  ck_assert_msg(doc != NULL, "\"%s\": %s %s", c->text, err.msg, err.detail);
  static verdict v;
  v.ok = true;
  v.why[0] = '\0';
  if (c->mode == M_TRAP)
    check_trap(&v, c, doc, start, end);
  else
    check_quantity(&v, c, doc, start, end);
  earn_doc_free(doc);
  ck_assert_msg(v.ok, "%s", v.why);
}

START_TEST(test_case) { run_case(&cases[_i]); }
END_TEST

#ifdef EARN_TEST_PENDING
START_TEST(test_pending) { run_case(&pending_cases[_i]); }
END_TEST
#endif

#define COUNT_OF(a) ((int)(sizeof(a) / sizeof((a)[0])))

Suite *quantity_suite(void) {
  Suite *s = suite_create("quantity");
  TCase *tc = tcase_create("cases");
  tcase_add_unchecked_fixture(tc, setup, teardown);
  tcase_add_loop_test(tc, test_case, 0, COUNT_OF(cases));
  suite_add_tcase(s, tc);
#ifdef EARN_TEST_PENDING
  TCase *pending = tcase_create("pending");
  tcase_add_unchecked_fixture(pending, setup, teardown);
  tcase_add_loop_test(pending, test_pending, 0, COUNT_OF(pending_cases));
  suite_add_tcase(s, pending);
#endif
  return s;
}
