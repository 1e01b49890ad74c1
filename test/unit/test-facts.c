/* SPDX-License-Identifier: MIT */
/* The fact reader as an analyst reads a release: metric, segment, basis, fiscal period, kind,
   value, unit, qualifier, stated growth and the evidence span of every fact, in English,
   Japanese and Chinese; traps that hold figures but no fact; what the document says about
   itself (issuer, release date, period, fiscal year end, currency); and the facts writers.
   Every company, product and figure here is invented.

   Expectations follow the facts CSV format (shared/eval/FORMAT.md). The evidence of a fact
   (earn_fact_statement_span) is taken to run from the metric's own words, as the metric
   lexicon names them (segment and basis words before them are not part of it), to the end of
   the last figure that belongs to the fact: its value, its translation, its comparative or its
   growth. A merged fact's evidence is its first mention. A range ("$4.0 billion to $4.1
   billion") is two facts of one statement: the low end at_least and the high end at_most. */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include <earnings/earnings.h>

#include "extractor-fixture.h"
#include "suites.h"

/* One expected fact. Strings "" mean none (no segment, no period, no value, no growth);
   calendar NULL means not asserted. */
typedef struct efact {
  const char *metric;
  const char *segment;
  earn_basis basis;
  const char *period;
  const char *calendar;
  earn_fact_kind kind;
  const char *value;
  const char *unit;
  earn_qualifier qual;
  const char *yoy;
  earn_qualifier yoyq;
  const char *qoq;
  const char *span; /* the evidence, found in the text */
  int nth;          /* which occurrence of span (0 = the first) */
  int mentions;     /* how many times the fact is stated */
} efact;

/* A case: the text, and every fact it holds (no others). */
typedef struct fcase {
  test_lang lang;
  const char *text;
  const efact *facts;
  size_t nfacts;
} fcase;

#define REP EARN_BASIS_REPORTED
#define ADJ EARN_BASIS_ADJUSTED
#define CMP EARN_BASIS_COMPARABLE
#define ACT EARN_FACT_ACTUAL
#define GUI EARN_FACT_GUIDANCE
#define TGT EARN_FACT_TARGET
#define EXACT EARN_QUAL_EXACT
#define APPROX EARN_QUAL_APPROX
#define AT_LEAST EARN_QUAL_AT_LEAST
#define MORE EARN_QUAL_MORE_THAN
#define AT_MOST EARN_QUAL_AT_MOST
#define LESS EARN_QUAL_LESS_THAN

/* A fact stated once, calendar period not asserted. */
#define F(M, SEG, B, P, K, V, U, Q, Y, YQ, QQ, SPAN)                                               \
  { M, SEG, B, P, NULL, K, V, U, Q, Y, YQ, QQ, SPAN, 0, 1 }
/* With the calendar period, the occurrence of the span and the number of mentions. */
#define FX(M, SEG, B, P, CAL, K, V, U, Q, Y, YQ, QQ, SPAN, NTH, MENTIONS)                          \
  { M, SEG, B, P, CAL, K, V, U, Q, Y, YQ, QQ, SPAN, NTH, MENTIONS }

#define CASE(L, T, ...)                                                                            \
  { L, T, (const efact[]){__VA_ARGS__}, sizeof((const efact[]){__VA_ARGS__}) / sizeof(efact) }
/* A text that holds no fact at all. */
#define NOFACT(L, T)                                                                               \
  { L, T, NULL, 0 }

/* A header that names the issuer, so that the issuer's own name is no segment. */
#define LARKSPUR_HEAD                                                                              \
  "Larkspur Analytics Inc. Reports Fourth Quarter 2025 Results\n\nFebruary 12, 2026\n\n"

static const fcase cases[] = {
    /* ---- English: value and growth, both orders ---- */
    CASE(EN,
         "In the fourth quarter of 2025, Larkspur Analytics reported revenue of $3.84 billion, up "
         "11% year over year.",
         F("revenue", "", REP, "FY2025Q4", ACT, "3840000000", "USD", EXACT, "11", EXACT, "",
           "revenue of $3.84 billion, up 11%")),
    CASE(EN, "For the fourth quarter of 2025, revenue increased 9% to $912.4 million.",
         F("revenue", "", REP, "FY2025Q4", ACT, "912400000", "USD", EXACT, "9", EXACT, "",
           "revenue increased 9% to $912.4 million")),
    CASE(EN,
         "For the fourth quarter of 2025, total revenue of $1.92 billion increased 15% year over "
         "year.",
         F("revenue", "", REP, "FY2025Q4", ACT, "1920000000", "USD", EXACT, "15", EXACT, "",
           "total revenue of $1.92 billion increased 15%")),
    CASE(EN, "For the fourth quarter of 2025, revenue grew 22% year-over-year to $684 million.",
         F("revenue", "", REP, "FY2025Q4", ACT, "684000000", "USD", EXACT, "22", EXACT, "",
           "revenue grew 22% year-over-year to $684 million")),
    CASE(EN, "For the fourth quarter of 2025, revenue decreased 2% year over year to $805 million.",
         F("revenue", "", REP, "FY2025Q4", ACT, "805000000", "USD", EXACT, "-2", EXACT, "",
           "revenue decreased 2% year over year to $805 million")),
    CASE(EN, "For fiscal 2025, revenue declined 4% to $2.3 billion.",
         FX("revenue", "", REP, "FY2025", "2025", ACT, "2300000000", "USD", EXACT, "-4", EXACT, "",
            "revenue declined 4% to $2.3 billion", 0, 1)),
    CASE(EN, "For fiscal 2025, sales rose 3% to £412 million.",
         F("revenue", "", REP, "FY2025", ACT, "412000000", "GBP", EXACT, "3", EXACT, "",
           "sales rose 3% to £412 million")),
    CASE(EN,
         "For the fourth quarter of 2025, net revenue was €1.05 billion, up 4.5% year over year.",
         F("revenue", "", REP, "FY2025Q4", ACT, "1050000000", "EUR", EXACT, "4.5", EXACT, "",
           "net revenue was €1.05 billion, up 4.5%")),
    CASE(EN, "For the fourth quarter of 2025, shipments rose 9% to 1.3 million units.",
         F("shipments", "", REP, "FY2025Q4", ACT, "1300000", "units", EXACT, "9", EXACT, "",
           "shipments rose 9% to 1.3 million units")),
    CASE(EN, "For the fourth quarter of 2025, gross margin expanded 120 basis points to 44.1%.",
         /* a change in points is no growth rate */
         F("gross_margin", "", REP, "FY2025Q4", ACT, "44.1", "pct", EXACT, "", EXACT, "",
           "gross margin expanded 120 basis points to 44.1%")),
    CASE(EN, "Revenue for the three months ended December 31, 2025 was $740 million.",
         FX("revenue", "", REP, "FY2025Q4", "2025Q4", ACT, "740000000", "USD", EXACT, "", EXACT, "",
            "Revenue for the three months ended December 31, 2025 was $740 million", 0, 1)),
    CASE(EN, "For the nine months ended September 30, 2025, revenue was $2.1 billion, up 12%.",
         F("revenue", "", REP, "FY2025Q1-Q3", ACT, "2100000000", "USD", EXACT, "12", EXACT, "",
           "revenue was $2.1 billion, up 12%")),

    /* ---- English: segments ---- */
    CASE(EN,
         "In the fourth quarter of 2025, Cloud Services revenue was $1.06 billion, up 31% year "
         "over year.",
         F("revenue", "Cloud Services", REP, "FY2025Q4", ACT, "1060000000", "USD", EXACT, "31",
           EXACT, "", "revenue was $1.06 billion, up 31%")),
    CASE(EN,
         "Fourth Quarter 2025 Results\n\nMarine Systems segment\n\nRevenue was $640 million, up 5% "
         "year over year. Operating income was $92 million.",
         F("revenue", "Marine Systems segment", REP, "FY2025Q4", ACT, "640000000", "USD", EXACT,
           "5", EXACT, "", "Revenue was $640 million, up 5%"),
         F("operating_income", "Marine Systems segment", REP, "FY2025Q4", ACT, "92000000", "USD",
           EXACT, "", EXACT, "", "Operating income was $92 million")),
    CASE(EN, LARKSPUR_HEAD "In the fourth quarter of 2025, Larkspur's revenue was $950 million.",
         F("revenue", "", REP, "FY2025Q4", ACT, "950000000", "USD", EXACT, "", EXACT, "",
           "revenue was $950 million")),

    /* ---- English: several figures in one sentence ---- */
    CASE(EN,
         "In the fourth quarter of 2025, revenue was $2.4 billion, gross profit was $1.1 billion "
         "and operating income was $380 million.",
         F("revenue", "", REP, "FY2025Q4", ACT, "2400000000", "USD", EXACT, "", EXACT, "",
           "revenue was $2.4 billion"),
         F("gross_profit", "", REP, "FY2025Q4", ACT, "1100000000", "USD", EXACT, "", EXACT, "",
           "gross profit was $1.1 billion"),
         F("operating_income", "", REP, "FY2025Q4", ACT, "380000000", "USD", EXACT, "", EXACT, "",
           "operating income was $380 million")),
    CASE(EN,
         "For fiscal 2025, operating cash flow was $410 million and capital expenditures were $95 "
         "million.",
         F("operating_cash_flow", "", REP, "FY2025", ACT, "410000000", "USD", EXACT, "", EXACT, "",
           "operating cash flow was $410 million"),
         F("capex", "", REP, "FY2025", ACT, "95000000", "USD", EXACT, "", EXACT, "",
           "capital expenditures were $95 million")),
    CASE(EN,
         "For the fourth quarter of 2025, revenue was $640 million and adjusted EBITDA was $120 "
         "million.",
         F("revenue", "", REP, "FY2025Q4", ACT, "640000000", "USD", EXACT, "", EXACT, "",
           "revenue was $640 million"),
         F("ebitda", "", ADJ, "FY2025Q4", ACT, "120000000", "USD", EXACT, "", EXACT, "",
           "EBITDA was $120 million")),
    CASE(EN,
         "Fourth Quarter 2025 Highlights\n\n- Revenue: $1.48 billion, up 13% year over year\n- "
         "Operating income: $210 million",
         F("revenue", "", REP, "FY2025Q4", ACT, "1480000000", "USD", EXACT, "13", EXACT, "",
           "Revenue: $1.48 billion, up 13%"),
         F("operating_income", "", REP, "FY2025Q4", ACT, "210000000", "USD", EXACT, "", EXACT, "",
           "Operating income: $210 million")),

    /* ---- English: comparatives are facts of the earlier period ---- */
    CASE(EN,
         "Net income for the fourth quarter of 2025 was $215 million, compared with $187 million "
         "a year ago.",
         F("net_income", "", REP, "FY2025Q4", ACT, "215000000", "USD", EXACT, "", EXACT, "",
           "Net income for the fourth quarter of 2025 was $215 million"),
         FX("net_income", "", REP, "FY2024Q4", "2024Q4", ACT, "187000000", "USD", EXACT, "", EXACT,
            "",
            "Net income for the fourth quarter of 2025 was $215 million, compared with $187 "
            "million",
            0, 1)),
    CASE(EN,
         "For the fourth quarter of 2025, operating margin was 18.5%, compared with 16.0% a year "
         "ago.",
         F("operating_margin", "", REP, "FY2025Q4", ACT, "18.5", "pct", EXACT, "", EXACT, "",
           "operating margin was 18.5%"),
         F("operating_margin", "", REP, "FY2024Q4", ACT, "16.0", "pct", EXACT, "", EXACT, "",
           "operating margin was 18.5%, compared with 16.0%")),
    CASE(EN,
         "For the fourth quarter of 2025, gross margin was 41.3%, up from 39.8% in the fourth "
         "quarter of 2024.",
         F("gross_margin", "", REP, "FY2025Q4", ACT, "41.3", "pct", EXACT, "", EXACT, "",
           "gross margin was 41.3%"),
         F("gross_margin", "", REP, "FY2024Q4", ACT, "39.8", "pct", EXACT, "", EXACT, "",
           "gross margin was 41.3%, up from 39.8%")),
    CASE(EN,
         "For fiscal 2025, free cash flow was $315 million, up from $240 million in fiscal 2024.",
         F("free_cash_flow", "", REP, "FY2025", ACT, "315000000", "USD", EXACT, "", EXACT, "",
           "free cash flow was $315 million"),
         F("free_cash_flow", "", REP, "FY2024", ACT, "240000000", "USD", EXACT, "", EXACT, "",
           "free cash flow was $315 million, up from $240 million")),

    /* ---- English: losses are negative ---- */
    CASE(EN, "For the fourth quarter of 2025, net loss was $42.5 million.",
         F("net_income", "", REP, "FY2025Q4", ACT, "-42500000", "USD", EXACT, "", EXACT, "",
           "net loss was $42.5 million")),
    CASE(EN,
         "Net loss for the fourth quarter of 2025 was $12 million, compared with a net loss of $30 "
         "million in the fourth quarter of 2024.",
         F("net_income", "", REP, "FY2025Q4", ACT, "-12000000", "USD", EXACT, "", EXACT, "",
           "Net loss for the fourth quarter of 2025 was $12 million"),
         F("net_income", "", REP, "FY2024Q4", ACT, "-30000000", "USD", EXACT, "", EXACT, "",
           "Net loss for the fourth quarter of 2025 was $12 million, compared with a net loss of "
           "$30 million")),
    CASE(EN, "For the fourth quarter of 2025, operating loss was $(18.4) million.",
         F("operating_income", "", REP, "FY2025Q4", ACT, "-18400000", "USD", EXACT, "", EXACT, "",
           "operating loss was $(18.4) million")),

    /* ---- English: per-share amounts ---- */
    CASE(EN, "Diluted earnings per share for the fourth quarter of 2025 were $2.07.",
         F("eps", "", REP, "FY2025Q4", ACT, "2.07", "USD", EXACT, "", EXACT, "",
           "Diluted earnings per share for the fourth quarter of 2025 were $2.07")),
    CASE(EN, "For the fourth quarter of 2025, net income was $88 million, or $0.61 per share.",
         F("net_income", "", REP, "FY2025Q4", ACT, "88000000", "USD", EXACT, "", EXACT, "",
           "net income was $88 million"),
         F("eps", "", REP, "FY2025Q4", ACT, "0.61", "USD", EXACT, "", EXACT, "",
           "net income was $88 million, or $0.61")),
    CASE(EN,
         "For the fourth quarter of 2025, the company reported a net loss of $7.2 million, or "
         "$0.15 per share.",
         F("net_income", "", REP, "FY2025Q4", ACT, "-7200000", "USD", EXACT, "", EXACT, "",
           "net loss of $7.2 million"),
         F("eps", "", REP, "FY2025Q4", ACT, "-0.15", "USD", EXACT, "", EXACT, "",
           "net loss of $7.2 million, or $0.15")),
    CASE(EN,
         "For the fourth quarter of 2025, diluted EPS was $0.42, compared with a loss per share of "
         "$0.10 in the fourth quarter of 2024.",
         F("eps", "", REP, "FY2025Q4", ACT, "0.42", "USD", EXACT, "", EXACT, "",
           "diluted EPS was $0.42"),
         F("eps", "", REP, "FY2024Q4", ACT, "-0.10", "USD", EXACT, "", EXACT, "",
           "diluted EPS was $0.42, compared with a loss per share of $0.10")),
    CASE(EN, "Larkspur Analytics' board declared a quarterly dividend of $0.24 per share.",
         F("dividend_per_share", "", REP, "", ACT, "0.24", "USD", EXACT, "", EXACT, "",
           "quarterly dividend of $0.24")),

    /* ---- English: adjusted and non-GAAP ---- */
    CASE(EN,
         "Non-GAAP operating income for the fourth quarter of 2025 was $540 million, up 14% year "
         "over year.",
         F("operating_income", "", ADJ, "FY2025Q4", ACT, "540000000", "USD", EXACT, "14", EXACT, "",
           "operating income for the fourth quarter of 2025 was $540 million, up 14%")),
    CASE(EN, "Adjusted EBITDA for the fourth quarter of 2025 was $96.3 million.",
         F("ebitda", "", ADJ, "FY2025Q4", ACT, "96300000", "USD", EXACT, "", EXACT, "",
           "EBITDA for the fourth quarter of 2025 was $96.3 million")),
    CASE(EN,
         "For the fourth quarter of 2025, GAAP net income was $120 million, or $0.95 per diluted "
         "share, and non-GAAP net income was $150 million, or $1.19 per diluted share.",
         F("net_income", "", REP, "FY2025Q4", ACT, "120000000", "USD", EXACT, "", EXACT, "",
           "net income was $120 million"),
         F("eps", "", REP, "FY2025Q4", ACT, "0.95", "USD", EXACT, "", EXACT, "",
           "net income was $120 million, or $0.95"),
         F("net_income", "", ADJ, "FY2025Q4", ACT, "150000000", "USD", EXACT, "", EXACT, "",
           "net income was $150 million"),
         F("eps", "", ADJ, "FY2025Q4", ACT, "1.19", "USD", EXACT, "", EXACT, "",
           "net income was $150 million, or $1.19")),
    CASE(EN,
         "For the fourth quarter of 2025, diluted EPS was $1.37 and diluted EPS excluding special "
         "items was $1.52.",
         F("eps", "", REP, "FY2025Q4", ACT, "1.37", "USD", EXACT, "", EXACT, "",
           "diluted EPS was $1.37"),
         F("eps", "", ADJ, "FY2025Q4", ACT, "1.52", "USD", EXACT, "", EXACT, "",
           "diluted EPS excluding special items was $1.52")),

    /* ---- English: growth without a value ---- */
    CASE(EN,
         "In the fourth quarter of 2025, Data Platform revenue grew at a double-digit rate year "
         "over year.",
         F("revenue", "Data Platform", REP, "FY2025Q4", ACT, "", "", EXACT, "10", AT_LEAST, "",
           "revenue grew at a double-digit")),
    CASE(EN,
         "AI Services revenue delivered triple-digit year-over-year growth in the fourth quarter "
         "of 2025.",
         F("revenue", "AI Services", REP, "FY2025Q4", ACT, "", "", EXACT, "100", AT_LEAST, "",
           "revenue delivered triple-digit")),

    /* ---- English: currency translations ---- */
    CASE(EN,
         "For the fourth quarter of 2025, revenue was RMB 8.45 billion (US$1.16 billion), up 6% "
         "year over year.",
         F("revenue", "", REP, "FY2025Q4", ACT, "8450000000", "CNY", EXACT, "6", EXACT, "",
           "revenue was RMB 8.45 billion (US$1.16 billion), up 6%"),
         F("revenue", "", REP, "FY2025Q4", ACT, "1160000000", "USD", EXACT, "", EXACT, "",
           "revenue was RMB 8.45 billion (US$1.16 billion")),

    /* ---- English: guidance and targets ---- */
    CASE(EN,
         LARKSPUR_HEAD
         "For the first quarter of 2026, Larkspur expects revenue of $4.0 billion to $4.1 billion.",
         F("revenue", "", REP, "FY2026Q1", GUI, "4000000000", "USD", AT_LEAST, "", EXACT, "",
           "revenue of $4.0 billion to $4.1 billion"),
         F("revenue", "", REP, "FY2026Q1", GUI, "4100000000", "USD", AT_MOST, "", EXACT, "",
           "revenue of $4.0 billion to $4.1 billion")),
    /* Without a header that names the issuer too. */
    CASE(EN,
         "For the first quarter of 2026, Larkspur expects revenue of $4.0 billion to $4.1 billion.",
         F("revenue", "", REP, "FY2026Q1", GUI, "4000000000", "USD", AT_LEAST, "", EXACT, "",
           "revenue of $4.0 billion to $4.1 billion"),
         F("revenue", "", REP, "FY2026Q1", GUI, "4100000000", "USD", AT_MOST, "", EXACT, "",
           "revenue of $4.0 billion to $4.1 billion")),
    CASE(EN,
         "For the first quarter of 2026, the company expects revenue of approximately $4.05 "
         "billion.",
         F("revenue", "", REP, "FY2026Q1", GUI, "4050000000", "USD", APPROX, "", EXACT, "",
           "revenue of approximately $4.05 billion")),
    CASE(EN, "Over the next five years, Larkspur targets revenue of $10 billion.",
         F("revenue", "", REP, "", TGT, "10000000000", "USD", EXACT, "", EXACT, "",
           "revenue of $10 billion")),
    CASE(EN,
         "For the first quarter of 2026, the company expects revenue of $1.6 billion, up about "
         "10% year over year.",
         F("revenue", "", REP, "FY2026Q1", GUI, "1600000000", "USD", EXACT, "10", APPROX, "",
           "revenue of $1.6 billion, up about 10%")),
    CASE(EN,
         "For fiscal 2026, the company expects revenue between $9.2 billion and $9.4 billion and "
         "non-GAAP EPS of $4.10 to $4.30.",
         F("revenue", "", REP, "FY2026", GUI, "9200000000", "USD", AT_LEAST, "", EXACT, "",
           "revenue between $9.2 billion and $9.4 billion"),
         F("revenue", "", REP, "FY2026", GUI, "9400000000", "USD", AT_MOST, "", EXACT, "",
           "revenue between $9.2 billion and $9.4 billion"),
         F("eps", "", ADJ, "FY2026", GUI, "4.10", "USD", AT_LEAST, "", EXACT, "",
           "EPS of $4.10 to $4.30"),
         F("eps", "", ADJ, "FY2026", GUI, "4.30", "USD", AT_MOST, "", EXACT, "",
           "EPS of $4.10 to $4.30")),

    /* ---- English: points in time ---- */
    CASE(EN, "As of December 31, 2025, monthly active users reached 58.2 million.",
         F("users", "", REP, "", ACT, "58200000", "users", EXACT, "", EXACT, "",
           "monthly active users reached 58.2 million")),
    CASE(EN, "Total customers were 12,400 as of December 31, 2025, up 18% year over year.",
         F("customers", "", REP, "", ACT, "12400", "customers", EXACT, "18", EXACT, "",
           "customers were 12,400 as of December 31, 2025, up 18%")),
    CASE(EN, "Cash and cash equivalents were $2.8 billion as of December 31, 2025.",
         F("cash", "", REP, "", ACT, "2800000000", "USD", EXACT, "", EXACT, "",
           "Cash and cash equivalents were $2.8 billion")),
    CASE(EN, "VIP88 members reached 4.1 million as of December 31, 2025.",
         F("members", "VIP88", REP, "", ACT, "4100000", "members", EXACT, "", EXACT, "",
           "members reached 4.1 million")),
    CASE(EN, "Paying customers reached 12,400 at the end of the fourth quarter of 2025.",
         F("customers", "", REP, "", ACT, "12400", "customers", EXACT, "", EXACT, "",
           "customers reached 12,400")),

    /* ---- English: repeated statements are one fact ---- */
    CASE(EN,
         "Revenue for the fourth quarter of 2025 was $5.6 billion. Growth was broad based. Fourth "
         "quarter revenue of $5.6 billion was a record.",
         FX("revenue", "", REP, "FY2025Q4", "2025Q4", ACT, "5600000000", "USD", EXACT, "", EXACT,
            "", "Revenue for the fourth quarter of 2025 was $5.6 billion", 0, 2)),

    /* ---- English: prose wrapped at 72 columns ---- */
    CASE(EN,
         "Quillfeather Systems today reported results for the fourth quarter of\n"
         "2025. Revenue for the quarter was $1.27 billion, an increase of 8% from\n"
         "the same period last year, and net income was $143 million, or $1.02 per\n"
         "diluted share, compared with $118 million a year ago.\n",
         F("revenue", "", REP, "FY2025Q4", ACT, "1270000000", "USD", EXACT, "8", EXACT, "",
           "Revenue for the quarter was $1.27 billion, an increase of 8%"),
         F("net_income", "", REP, "FY2025Q4", ACT, "143000000", "USD", EXACT, "", EXACT, "",
           "net income was $143 million"),
         F("eps", "", REP, "FY2025Q4", ACT, "1.02", "USD", EXACT, "", EXACT, "",
           "net income was $143 million, or $1.02"),
         F("net_income", "", REP, "FY2024Q4", ACT, "118000000", "USD", EXACT, "", EXACT, "",
           "net income was $143 million, or $1.02 per\ndiluted share, compared with $118 "
           "million")),
    CASE(EN,
         "Quillfeather Systems today reported results for the fourth quarter of 2025.\n"
         "Revenue for the quarter was $1.27\nbillion, an increase of 8% from the same period last\n"
         "year.\n",
         F("revenue", "", REP, "FY2025Q4", ACT, "1270000000", "USD", EXACT, "8", EXACT, "",
           "Revenue for the quarter was $1.27\nbillion, an increase of 8%")),

    /* ---- English: traps ---- */
    NOFACT(EN, "Larkspur launched ModelX3.5 in the fourth quarter of 2025."),
    NOFACT(EN, "Revenue grew for the 10th consecutive quarter."),
    NOFACT(EN, "Shares closed at $45.20 on February 3, 2026."),
    NOFACT(EN, "The company repurchased 2.1 million shares for $150 million."),
    NOFACT(EN, "The annual meeting will be held on May 14, 2026. For details call 1-800-555-0199."),
    NOFACT(EN,
           "For the fourth quarter of 2025, EBITDA margin was 23.5%."), /* no canonical metric */
    CASE(EN,
         "For the fourth quarter of 2025, revenue was $1.2 billion, up 7% year over year, marking "
         "the 10th consecutive quarter of growth.",
         F("revenue", "", REP, "FY2025Q4", ACT, "1200000000", "USD", EXACT, "7", EXACT, "",
           "revenue was $1.2 billion, up 7%")),
    CASE(EN,
         "Revenue was $1.2 billion in the fourth quarter of 2025. Shares closed at $45.20 after "
         "the announcement.",
         F("revenue", "", REP, "FY2025Q4", ACT, "1200000000", "USD", EXACT, "", EXACT, "",
           "Revenue was $1.2 billion")),
    CASE(EN, "Diluted EPS was $1.18 for the fourth quarter of 2025; analysts had expected $1.10.",
         F("eps", "", REP, "FY2025Q4", ACT, "1.18", "USD", EXACT, "", EXACT, "",
           "Diluted EPS was $1.18")),
    CASE(EN,
         "For the fourth quarter of 2025, revenue was $1.3 billion. The company will host a "
         "conference call on February 12, 2026 at 5:00 p.m. Eastern Time.",
         F("revenue", "", REP, "FY2025Q4", ACT, "1300000000", "USD", EXACT, "", EXACT, "",
           "revenue was $1.3 billion")),

    /* ---- Japanese: 決算短信 sentences ---- */
    CASE(JA,
         "2026年3月期第3四半期（2025年10～12月）の売上高は842億57百万円（前年同期比4.8％増）"
         "となりました。",
         FX("revenue", "", REP, "FY2026Q3", "2025Q4", ACT, "84257000000", "JPY", EXACT, "4.8",
            EXACT, "", "売上高は842億57百万円（前年同期比4.8％", 0, 1)),
    CASE(JA,
         "2025年12月期の連結業績は、売上高758億42百万円（前期比2.7％増）、営業利益61億5百万円（同"
         "8.9％減）となりました。",
         F("revenue", "", REP, "FY2025", ACT, "75842000000", "JPY", EXACT, "2.7", EXACT, "",
           "売上高758億42百万円（前期比2.7％"),
         F("operating_income", "", REP, "FY2025", ACT, "6105000000", "JPY", EXACT, "-8.9", EXACT,
           "", "営業利益61億5百万円（同8.9％")),
    CASE(JA,
         "2025年12月期の売上収益は1兆820億円（前期比7.2%増）、営業利益は1,240億円（同11.5%増）と"
         "なりました。",
         F("revenue", "", REP, "FY2025", ACT, "1082000000000", "JPY", EXACT, "7.2", EXACT, "",
           "売上収益は1兆820億円（前期比7.2%"),
         F("operating_income", "", REP, "FY2025", ACT, "124000000000", "JPY", EXACT, "11.5", EXACT,
           "", "営業利益は1,240億円（同11.5%")),
    CASE(JA,
         "2025年12月期の売上高は1兆2,340億円、営業利益は1,105億円、経常利益は1,150億円となりまし"
         "た。",
         F("revenue", "", REP, "FY2025", ACT, "1234000000000", "JPY", EXACT, "", EXACT, "",
           "売上高は1兆2,340億円"),
         F("operating_income", "", REP, "FY2025", ACT, "110500000000", "JPY", EXACT, "", EXACT, "",
           "営業利益は1,105億円"),
         F("ordinary_income", "", REP, "FY2025", ACT, "115000000000", "JPY", EXACT, "", EXACT, "",
           "経常利益は1,150億円")),
    CASE(JA, "2025年12月期の売上高は前期比3.2%減の980億円となりました。",
         F("revenue", "", REP, "FY2025", ACT, "98000000000", "JPY", EXACT, "-3.2", EXACT, "",
           "売上高は前期比3.2%減の980億円")),
    CASE(JA, "2025年12月期の売上高は12,345,678千円となりました。",
         F("revenue", "", REP, "FY2025", ACT, "12345678000", "JPY", EXACT, "", EXACT, "",
           "売上高は12,345,678千円")),
    CASE(JA,
         "2025年12月期の売上高は3,150億円（前期比4.1%増）となりました。営業利益は前期比12.0%増の"
         "410億円でした。",
         F("revenue", "", REP, "FY2025", ACT, "315000000000", "JPY", EXACT, "4.1", EXACT, "",
           "売上高は3,150億円（前期比4.1%"),
         F("operating_income", "", REP, "FY2025", ACT, "41000000000", "JPY", EXACT, "12.0", EXACT,
           "", "営業利益は前期比12.0%増の410億円")),
    CASE(JA, "2025年12月期の親会社株主に帰属する当期純利益は210億円（前期比18.0%増）となりました。",
         F("net_income", "", REP, "FY2025", ACT, "21000000000", "JPY", EXACT, "18.0", EXACT, "",
           "親会社株主に帰属する当期純利益は210億円（前期比18.0%")),
    CASE(JA, "2025年第4四半期、霧島ソフトのクラウド事業の収益は前年比18%増の96億元に達しました。",
         F("revenue", "クラウド事業", REP, "FY2025Q4", ACT, "9600000000", "CNY", EXACT, "18", EXACT,
           "", "収益は前年比18%増の96億元")),
    CASE(JA, "半導体事業\n\n2025年12月期の売上高は210億円（前年同期比12%増）となりました。",
         F("revenue", "半導体事業", REP, "FY2025", ACT, "21000000000", "JPY", EXACT, "12", EXACT,
           "", "売上高は210億円（前年同期比12%")),

    /* ---- Japanese: comparatives, losses, △ ---- */
    CASE(JA, "2025年12月期の純利益は48億円（前期は31億円）となりました。",
         F("net_income", "", REP, "FY2025", ACT, "4800000000", "JPY", EXACT, "", EXACT, "",
           "純利益は48億円"),
         F("net_income", "", REP, "FY2024", ACT, "3100000000", "JPY", EXACT, "", EXACT, "",
           "純利益は48億円（前期は31億円")),
    CASE(JA, "2025年12月期の営業利益率は12.4%（前期は11.1%）となりました。",
         F("operating_margin", "", REP, "FY2025", ACT, "12.4", "pct", EXACT, "", EXACT, "",
           "営業利益率は12.4%"),
         F("operating_margin", "", REP, "FY2024", ACT, "11.1", "pct", EXACT, "", EXACT, "",
           "営業利益率は12.4%（前期は11.1%")),
    CASE(JA, "2025年12月期の営業損失は12億円（前年同期は営業利益5億円）となりました。",
         F("operating_income", "", REP, "FY2025", ACT, "-1200000000", "JPY", EXACT, "", EXACT, "",
           "営業損失は12億円"),
         F("operating_income", "", REP, "FY2024", ACT, "500000000", "JPY", EXACT, "", EXACT, "",
           "営業損失は12億円（前年同期は営業利益5億円")),
    CASE(JA, "2025年12月期の経常利益は△3億40百万円となりました。",
         F("ordinary_income", "", REP, "FY2025", ACT, "-340000000", "JPY", EXACT, "", EXACT, "",
           "経常利益は△3億40百万円")),

    /* ---- Japanese: per share, adjusted, growth words ---- */
    CASE(JA, "2025年12月期の一株当たり当期純利益は152.30円でした。",
         F("eps", "", REP, "FY2025", ACT, "152.30", "JPY", EXACT, "", EXACT, "",
           "一株当たり当期純利益は152.30円")),
    CASE(JA, "2025年12月期の調整後EBITDAは85億円（前年同期比6％増）でした。",
         F("ebitda", "", ADJ, "FY2025", ACT, "8500000000", "JPY", EXACT, "6", EXACT, "",
           "EBITDAは85億円（前年同期比6％")),
    CASE(JA, "2025年12月期の有料会員数は二桁成長を続けています。",
         F("members", "", REP, "FY2025", ACT, "", "", EXACT, "10", AT_LEAST, "",
           "有料会員数は二桁")),
    CASE(JA, "2025年12月期のクラウド事業の売上高は三桁成長となりました。",
         F("revenue", "クラウド事業", REP, "FY2025", ACT, "", "", EXACT, "100", AT_LEAST, "",
           "売上高は三桁")),

    /* ---- Japanese: guidance and targets ---- */
    CASE(JA, "2026年3月期の通期業績見通しは、売上高3,200億円、営業利益280億円を見込んでいます。",
         FX("revenue", "", REP, "FY2026", "2025", GUI, "320000000000", "JPY", EXACT, "", EXACT, "",
            "売上高3,200億円", 0, 1),
         F("operating_income", "", REP, "FY2026", GUI, "28000000000", "JPY", EXACT, "", EXACT, "",
           "営業利益280億円")),
    CASE(JA,
         "2027年3月期の業績見通しは、売上高1兆円（前期比5.3%増）、営業利益900億円を見込んでいま"
         "す。",
         F("revenue", "", REP, "FY2027", GUI, "1000000000000", "JPY", EXACT, "5.3", EXACT, "",
           "売上高1兆円（前期比5.3%"),
         F("operating_income", "", REP, "FY2027", GUI, "90000000000", "JPY", EXACT, "", EXACT, "",
           "営業利益900億円")),
    /* 予定 (planned) is an outlook. */
    CASE(JA, "2026年12月期の年間配当金は1株当たり60円を予定しています。",
         F("dividend_per_share", "", REP, "FY2026", GUI, "60", "JPY", EXACT, "", EXACT, "",
           "年間配当金は1株当たり60円")),

    /* ---- Japanese: a fiscal quarter mapped to a calendar one, points in time, repeats ---- */
    CASE(JA, "2026年度第3四半期（自然年2025年第4四半期）の売上高は420億円でした。",
         FX("revenue", "", REP, "FY2026Q3", "2025Q4", ACT, "42000000000", "JPY", EXACT, "", EXACT,
            "", "売上高は420億円", 0, 1)),
    CASE(JA, "2025年12月末時点の月間アクティブユーザー数は3,200万人でした。",
         F("users", "", REP, "", ACT, "32000000", "users", EXACT, "", EXACT, "",
           "月間アクティブユーザー数は3,200万人")),
    CASE(JA, "2025年12月末時点の従業員数は12,340名でした。",
         F("headcount", "", REP, "", ACT, "12340", "employees", EXACT, "", EXACT, "",
           "従業員数は12,340名")),
    CASE(JA,
         "2025年12月期の売上高は3,120億円となりました。\n（中略）\n2025年12月期の売上高は3,120億円"
         "と過去最高を更新しました。",
         FX("revenue", "", REP, "FY2025", "2025", ACT, "312000000000", "JPY", EXACT, "", EXACT, "",
            "売上高は3,120億円", 0, 2)),

    /* ---- Japanese: traps ---- */
    NOFACT(JA, "2025年12月期の売上高は12四半期連続で増加しました。"),
    NOFACT(JA, "新モデル「AX3.5」を2025年10月に発売しました。"),
    NOFACT(JA, "同社株は2月5日の東京市場で2,450円で取引を終えました。"),
    NOFACT(JA, "決算説明会は2026年2月20日に開催します。"),

    /* ---- Chinese: value, growth and quarter-on-quarter ---- */
    CASE(ZH,
         "2025年第四季度，营业收入为88.6亿元，同比增长12%。其中，游戏业务收入为31.2亿元，同比增长"
         "9%。",
         F("revenue", "", REP, "FY2025Q4", ACT, "8860000000", "CNY", EXACT, "12", EXACT, "",
           "营业收入为88.6亿元，同比增长12%"),
         F("revenue", "游戏业务", REP, "FY2025Q4", ACT, "3120000000", "CNY", EXACT, "9", EXACT, "",
           "收入为31.2亿元，同比增长9%")),
    CASE(ZH,
         "云帆科技股份有限公司公布2025年第四季度业绩\n\n（2026年2月26日，杭州）2025年第四季度，云"
         "帆科技实现营业收入52.6亿元，同比增长14.2%，环比增长3.1%。",
         F("revenue", "", REP, "FY2025Q4", ACT, "5260000000", "CNY", EXACT, "14.2", EXACT, "3.1",
           "营业收入52.6亿元，同比增长14.2%，环比增长3.1%")),
    CASE(ZH, "2025年第四季度，营业收入为52.6亿元，环比增长3.1%。",
         F("revenue", "", REP, "FY2025Q4", ACT, "5260000000", "CNY", EXACT, "", EXACT, "3.1",
           "营业收入为52.6亿元，环比增长3.1%")),
    CASE(ZH, "2025年第四季度，云帆科技的云服务收入为18.3亿元，同比增长27%。",
         F("revenue", "云服务", REP, "FY2025Q4", ACT, "1830000000", "CNY", EXACT, "27", EXACT, "",
           "收入为18.3亿元，同比增长27%")),
    CASE(ZH, "2025年第四季度，营业收入1,025.6亿元，同比增长8%。",
         F("revenue", "", REP, "FY2025Q4", ACT, "102560000000", "CNY", EXACT, "8", EXACT, "",
           "营业收入1,025.6亿元，同比增长8%")),
    CASE(ZH, "2025年第四季度营业收入为123,456.78万元。",
         F("revenue", "", REP, "FY2025Q4", ACT, "1234567800", "CNY", EXACT, "", EXACT, "",
           "营业收入为123,456.78万元")),
    CASE(ZH, "2025年第四季度营业收入约120亿元。",
         F("revenue", "", REP, "FY2025Q4", ACT, "12000000000", "CNY", APPROX, "", EXACT, "",
           "营业收入约120亿元")),
    CASE(ZH, "2025年第四季度，归属于母公司股东的净利润为12.3亿元，较上年同期增长15.6%。",
         F("net_income", "", REP, "FY2025Q4", ACT, "1230000000", "CNY", EXACT, "15.6", EXACT, "",
           "归属于母公司股东的净利润为12.3亿元，较上年同期增长15.6%")),
    CASE(ZH, "2025年第四季度毛利率为45.2%，同比提升2.1个百分点。",
         F("gross_margin", "", REP, "FY2025Q4", ACT, "45.2", "pct", EXACT, "", EXACT, "",
           "毛利率为45.2%")),
    CASE(ZH, "2025年第四季度经营活动产生的现金流量净额为35.6亿元。",
         F("operating_cash_flow", "", REP, "FY2025Q4", ACT, "3560000000", "CNY", EXACT, "", EXACT,
           "", "经营活动产生的现金流量净额为35.6亿元")),
    CASE(ZH, "2025年第四季度，营业收入为30.2亿元，毛利为12.1亿元，经营利润为4.5亿元。",
         F("revenue", "", REP, "FY2025Q4", ACT, "3020000000", "CNY", EXACT, "", EXACT, "",
           "营业收入为30.2亿元"),
         F("gross_profit", "", REP, "FY2025Q4", ACT, "1210000000", "CNY", EXACT, "", EXACT, "",
           "毛利为12.1亿元"),
         F("operating_income", "", REP, "FY2025Q4", ACT, "450000000", "CNY", EXACT, "", EXACT, "",
           "经营利润为4.5亿元")),
    CASE(ZH, "2025年第四季度\n\n云计算业务\n\n收入为18.3亿元，同比增长27%。经营利润为2.1亿元。",
         F("revenue", "云计算业务", REP, "FY2025Q4", ACT, "1830000000", "CNY", EXACT, "27", EXACT,
           "", "收入为18.3亿元，同比增长27%"),
         F("operating_income", "云计算业务", REP, "FY2025Q4", ACT, "210000000", "CNY", EXACT, "",
           EXACT, "", "经营利润为2.1亿元")),

    /* ---- Chinese: comparatives and losses ---- */
    CASE(ZH, "2025年第四季度净利润为8.4亿元（去年同期：6.9亿元）。",
         F("net_income", "", REP, "FY2025Q4", ACT, "840000000", "CNY", EXACT, "", EXACT, "",
           "净利润为8.4亿元"),
         FX("net_income", "", REP, "FY2024Q4", "2024Q4", ACT, "690000000", "CNY", EXACT, "", EXACT,
            "", "净利润为8.4亿元（去年同期：6.9亿元", 0, 1)),
    CASE(ZH, "2025年第四季度毛利率为38.2%，去年同期为35.9%。",
         F("gross_margin", "", REP, "FY2025Q4", ACT, "38.2", "pct", EXACT, "", EXACT, "",
           "毛利率为38.2%"),
         F("gross_margin", "", REP, "FY2024Q4", ACT, "35.9", "pct", EXACT, "", EXACT, "",
           "毛利率为38.2%，去年同期为35.9%")),
    CASE(ZH, "2025年第四季度净亏损2.3亿元。",
         F("net_income", "", REP, "FY2025Q4", ACT, "-230000000", "CNY", EXACT, "", EXACT, "",
           "净亏损2.3亿元")),
    CASE(ZH, "2025年第四季度经营亏损为1.1亿元，去年同期经营利润为0.4亿元。",
         F("operating_income", "", REP, "FY2025Q4", ACT, "-110000000", "CNY", EXACT, "", EXACT, "",
           "经营亏损为1.1亿元"),
         F("operating_income", "", REP, "FY2024Q4", ACT, "40000000", "CNY", EXACT, "", EXACT, "",
           "经营亏损为1.1亿元，去年同期经营利润为0.4亿元")),
    CASE(ZH, "2025年第四季度，归属于上市公司股东的净亏损为4.5亿元，上年同期净亏损为6.1亿元。",
         F("net_income", "", REP, "FY2025Q4", ACT, "-450000000", "CNY", EXACT, "", EXACT, "",
           "归属于上市公司股东的净亏损为4.5亿元"),
         F("net_income", "", REP, "FY2024Q4", ACT, "-610000000", "CNY", EXACT, "", EXACT, "",
           "归属于上市公司股东的净亏损为4.5亿元，上年同期净亏损为6.1亿元")),

    /* ---- Chinese: translations, per share, adjusted, growth words ---- */
    CASE(ZH, "2025年第四季度总收入为人民币120.5亿元（17.2亿美元），同比增长9%。",
         F("revenue", "", REP, "FY2025Q4", ACT, "12050000000", "CNY", EXACT, "9", EXACT, "",
           "总收入为人民币120.5亿元（17.2亿美元），同比增长9%"),
         F("revenue", "", REP, "FY2025Q4", ACT, "1720000000", "USD", EXACT, "", EXACT, "",
           "总收入为人民币120.5亿元（17.2亿美元")),
    CASE(ZH, "2025年第四季度基本每股收益0.86元。",
         F("eps", "", REP, "FY2025Q4", ACT, "0.86", "CNY", EXACT, "", EXACT, "",
           "基本每股收益0.86元")),
    CASE(ZH, "2025年第四季度每股收益为0.86元。",
         F("eps", "", REP, "FY2025Q4", ACT, "0.86", "CNY", EXACT, "", EXACT, "",
           "每股收益为0.86元")),
    CASE(ZH, "2025年第四季度扣除非经常性损益后的净利润为3.2亿元，同比增长4.5%。",
         F("net_income", "", ADJ, "FY2025Q4", ACT, "320000000", "CNY", EXACT, "4.5", EXACT, "",
           "扣除非经常性损益后的净利润为3.2亿元，同比增长4.5%")),
    /* Guidance. */
    CASE(ZH, "公司预计2026年第一季度营业收入为58亿元至60亿元。",
         F("revenue", "", REP, "FY2026Q1", GUI, "5800000000", "CNY", AT_LEAST, "", EXACT, "",
           "营业收入为58亿元至60亿元"),
         F("revenue", "", REP, "FY2026Q1", GUI, "6000000000", "CNY", AT_MOST, "", EXACT, "",
           "营业收入为58亿元至60亿元")),
    CASE(ZH, "2025年第四季度经调整净利润为9.8亿元，同比增长22%。",
         F("net_income", "", ADJ, "FY2025Q4", ACT, "980000000", "CNY", EXACT, "22", EXACT, "",
           "净利润为9.8亿元，同比增长22%")),
    CASE(ZH, "2025年第四季度，国际业务收入实现三位数增长。",
         F("revenue", "国际业务", REP, "FY2025Q4", ACT, "", "", EXACT, "100", AT_LEAST, "",
           "收入实现三位数")),
    CASE(ZH, "2025年第四季度，海外业务收入实现两位数增长。",
         F("revenue", "海外业务", REP, "FY2025Q4", ACT, "", "", EXACT, "10", AT_LEAST, "",
           "收入实现两位数")),

    /* ---- Chinese: a fiscal quarter mapped to a calendar one, points in time ---- */
    CASE(ZH, "2026财年第三季度（自然年2025年第四季度），公司营业收入为75.3亿元。",
         FX("revenue", "", REP, "FY2026Q3", "2025Q4", ACT, "7530000000", "CNY", EXACT, "", EXACT,
            "", "营业收入为75.3亿元", 0, 1)),
    CASE(ZH, "截至2025年12月31日，月活跃用户数达到2.8亿。",
         F("users", "", REP, "", ACT, "280000000", "users", EXACT, "", EXACT, "",
           "月活跃用户数达到2.8亿")),
    CASE(ZH, "截至2025年12月31日，66VIP会员数超过3500万。",
         F("members", "66VIP", REP, "", ACT, "35000000", "members", MORE, "", EXACT, "",
           "会员数超过3500万")),
    CASE(ZH, "截至2025年12月31日，公司员工总数为18,320人。",
         F("headcount", "", REP, "", ACT, "18320", "employees", EXACT, "", EXACT, "",
           "员工总数为18,320人")),

    /* ---- Chinese: traps ---- */
    NOFACT(ZH, "2025年第四季度，营业收入连续10个季度实现增长。"),
    NOFACT(ZH, "公司发布新一代大模型星澜3.5。"),
    NOFACT(ZH, "2025年第四季度，公司股价收于45.20港元。"),
    NOFACT(ZH, "公司将于2026年3月20日召开业绩说明会。"),
    /* A heading alone names the segment of the figures under it. */
    CASE(EN,
         "Fourth Quarter 2025 Results\n\nMarine Systems\n\nRevenue was $640 million, up 5% year "
         "over year. Operating income was $92 million.",
         F("revenue", "Marine Systems", REP, "FY2025Q4", ACT, "640000000", "USD", EXACT, "5", EXACT,
           "", "Revenue was $640 million, up 5%"),
         F("operating_income", "Marine Systems", REP, "FY2025Q4", ACT, "92000000", "USD", EXACT, "",
           EXACT, "", "Operating income was $92 million")),
    CASE(
        JA,
        "【半導体事業】\n2025年12月期の売上高は210億円（前年同期比12%増）、セグメント利益は38億円と"
        "なりました。",
        F("revenue", "半導体事業", REP, "FY2025", ACT, "21000000000", "JPY", EXACT, "12", EXACT, "",
          "売上高は210億円（前年同期比12%"),
        F("operating_income", "半導体事業", REP, "FY2025", ACT, "3800000000", "JPY", EXACT, "",
          EXACT, "", "セグメント利益は38億円")),
    /* セグメント利益 in the sentence of a segment's revenue is that segment's profit. */
    CASE(JA,
         "2025年12月期の半導体事業の売上高は210億円（前年同期比12%増）、セグメント利益は38億円とな"
         "りました。",
         F("revenue", "半導体事業", REP, "FY2025", ACT, "21000000000", "JPY", EXACT, "12", EXACT,
           "", "売上高は210億円（前年同期比12%"),
         F("operating_income", "半導体事業", REP, "FY2025", ACT, "3800000000", "JPY", EXACT, "",
           EXACT, "", "セグメント利益は38億円")),
    /* Words that are no segment: a verb phrase, a sentence opener, a period, a product. */
    CASE(EN,
         "In the fourth quarter of 2025, revenue was $3.3 billion, up 12% year over year, while "
         "operating income was $410 million, up 20% year over year.",
         F("revenue", "", REP, "FY2025Q4", ACT, "3300000000", "USD", EXACT, "12", EXACT, "",
           "revenue was $3.3 billion, up 12%"),
         F("operating_income", "", REP, "FY2025Q4", ACT, "410000000", "USD", EXACT, "20", EXACT, "",
           "operating income was $410 million, up 20%")),
    CASE(EN,
         "Fourth quarter 2025 revenue grew 6% year over year to $2.04\nbillion, while net income "
         "rose to $301 million from $265 million a\nyear earlier.\n",
         F("revenue", "", REP, "FY2025Q4", ACT, "2040000000", "USD", EXACT, "6", EXACT, "",
           "revenue grew 6% year over year to $2.04\nbillion"),
         F("net_income", "", REP, "FY2025Q4", ACT, "301000000", "USD", EXACT, "", EXACT, "",
           "net income rose to $301 million"),
         F("net_income", "", REP, "FY2024Q4", ACT, "265000000", "USD", EXACT, "", EXACT, "",
           "net income rose to $301 million from $265 million")),
    CASE(EN,
         "In the fourth quarter of 2025, ModelX3.5 drove Cloud revenue growth of 14% year over "
         "year.",
         F("revenue", "Cloud", REP, "FY2025Q4", ACT, "", "", EXACT, "14", EXACT, "",
           "revenue growth of 14%")),
    CASE(ZH, "2025年第四季度，云帆科技实现营业收入52.6亿元，同比增长14.2%，环比增长3.1%。",
         F("revenue", "", REP, "FY2025Q4", ACT, "5260000000", "CNY", EXACT, "14.2", EXACT, "3.1",
           "营业收入52.6亿元，同比增长14.2%，环比增长3.1%")),

    /* Growth stated in both directions, and growth in constant currency. */
    CASE(EN,
         "Revenue for the fourth quarter of 2025 was $812 million, up 6% sequentially and up 19% "
         "year over year.",
         F("revenue", "", REP, "FY2025Q4", ACT, "812000000", "USD", EXACT, "19", EXACT, "6",
           "Revenue for the fourth quarter of 2025 was $812 million, up 6% sequentially and up "
           "19%")),
    CASE(EN, "For the fourth quarter of 2025, revenue on a constant currency basis grew 7%.",
         F("revenue", "", CMP, "FY2025Q4", ACT, "", "", EXACT, "7", EXACT, "",
           "revenue on a constant currency basis grew 7%")),
    CASE(EN,
         "For the fourth quarter of 2025, revenue was $2.2 billion, up 5% on a reported basis and "
         "up 7% in constant currency.",
         F("revenue", "", REP, "FY2025Q4", ACT, "2200000000", "USD", EXACT, "5", EXACT, "",
           "revenue was $2.2 billion, up 5%"),
         F("revenue", "", CMP, "FY2025Q4", ACT, "", "", EXACT, "7", EXACT, "",
           "revenue was $2.2 billion, up 5% on a reported basis and up 7%")),

    /* A negative amount written in words. */
    CASE(EN, "Free cash flow for fiscal 2025 was negative $120 million.",
         F("free_cash_flow", "", REP, "FY2025", ACT, "-120000000", "USD", EXACT, "", EXACT, "",
           "Free cash flow for fiscal 2025 was negative $120 million")),

    /* Points in time with the figure before the metric. */
    CASE(EN, "The platform had 58.2 million monthly active users as of December 31, 2025.",
         F("users", "", REP, "", ACT, "58200000", "users", EXACT, "", EXACT, "",
           "58.2 million monthly active users")),
    CASE(EN, "The company ended 2025 with 4,350 employees.",
         F("headcount", "", REP, "", ACT, "4350", "employees", EXACT, "", EXACT, "",
           "4,350 employees")),

    /* Long-range goals are targets, also when they name a year. */
    CASE(EN,
         "Under its five-year plan, Larkspur targets an operating margin of 30% by fiscal 2030.",
         F("operating_margin", "", REP, "FY2030", TGT, "30", "pct", EXACT, "", EXACT, "",
           "operating margin of 30%")),
    CASE(ZH, "公司目标到2030年实现营业收入1000亿元。",
         F("revenue", "", REP, "FY2030", TGT, "100000000000", "CNY", EXACT, "", EXACT, "",
           "营业收入1000亿元")),
    CASE(JA, "中期経営計画では、2030年度に売上高5,000億円を目標としています。",
         F("revenue", "", REP, "FY2030", TGT, "500000000000", "JPY", EXACT, "", EXACT, "",
           "売上高5,000億円")),
    CASE(JA, "中期経営計画では、2030年度に営業利益率15%を目標としています。",
         F("operating_margin", "", REP, "FY2030", TGT, "15", "pct", EXACT, "", EXACT, "",
           "営業利益率15%")),

    /* Analysts' estimates are nobody's fact. */
    NOFACT(EN, "Analysts had expected earnings per share of $1.10."),
    NOFACT(EN, "Analysts polled by FactSet had expected revenue of $1.15 billion."),
    NOFACT(JA, "アナリスト予想の平均は売上高120億円でした。"),
    NOFACT(ZH, "分析师此前预期2025年第四季度每股收益为1.10元。"),

    /* A bare year or 全年 is the fiscal year. */
    CASE(ZH, "2025年归属于上市公司股东的扣除非经常性损益的净利润为15.2亿元，同比增长8.7%。",
         F("net_income", "", ADJ, "FY2025", ACT, "1520000000", "CNY", EXACT, "8.7", EXACT, "",
           "归属于上市公司股东的扣除非经常性损益的净利润为15.2亿元，同比增长8.7%")),
    CASE(ZH, "2025年全年营业收入为210.6亿元，同比下降5.3%。",
         F("revenue", "", REP, "FY2025", ACT, "21060000000", "CNY", EXACT, "-5.3", EXACT, "",
           "营业收入为210.6亿元，同比下降5.3%")),
    CASE(ZH, "公司预计2026年全年营业收入将达到230亿元至240亿元。",
         F("revenue", "", REP, "FY2026", GUI, "23000000000", "CNY", AT_LEAST, "", EXACT, "",
           "营业收入将达到230亿元至240亿元"),
         F("revenue", "", REP, "FY2026", GUI, "24000000000", "CNY", AT_MOST, "", EXACT, "",
           "营业收入将达到230亿元至240亿元")),
    /* 累計期間 from April to December is nine months. */
    CASE(JA,
         "2026年3月期第3四半期累計期間（2025年4月1日～2025年12月31日）の売上高は2,415億円（前年同"
         "期比6.2%増）となりました。",
         F("revenue", "", REP, "FY2026Q1-Q3", ACT, "241500000000", "JPY", EXACT, "6.2", EXACT, "",
           "売上高は2,415億円（前年同期比6.2%")),

    /* Comparatives in the next sentence or after the figure. */
    CASE(JA, "2025年12月期の純利益は48億円となりました。前期は31億円でした。",
         F("net_income", "", REP, "FY2025", ACT, "4800000000", "JPY", EXACT, "", EXACT, "",
           "純利益は48億円"),
         F("net_income", "", REP, "FY2024", ACT, "3100000000", "JPY", EXACT, "", EXACT, "",
           "純利益は48億円となりました。前期は31億円")),
    CASE(JA, "2025年12月期の営業損失は5億円（前期は8億円の営業損失）となりました。",
         F("operating_income", "", REP, "FY2025", ACT, "-500000000", "JPY", EXACT, "", EXACT, "",
           "営業損失は5億円"),
         F("operating_income", "", REP, "FY2024", ACT, "-800000000", "JPY", EXACT, "", EXACT, "",
           "営業損失は5億円（前期は8億円")),

    /* Per share: 1株当たり with an Arabic 1. */
    CASE(JA, "2025年12月期の1株当たり当期純利益は152.30円でした。",
         F("eps", "", REP, "FY2025", ACT, "152.30", "JPY", EXACT, "", EXACT, "",
           "1株当たり当期純利益は152.30円")),
    CASE(JA, "2025年12月期の1株当たり利益は152.30円でした。",
         F("eps", "", REP, "FY2025", ACT, "152.30", "JPY", EXACT, "", EXACT, "",
           "1株当たり利益は152.30円")),

    /* Hong Kong dollars. */
    CASE(ZH, "2025年第四季度，收益为港币52.3亿元，同比增长6%。",
         F("revenue", "", REP, "FY2025Q4", ACT, "5230000000", "HKD", EXACT, "6", EXACT, "",
           "收益为港币52.3亿元，同比增长6%")),
    /* A translation in parentheses in Japanese. */
    CASE(JA, "2025年第4四半期の売上高は420億元（約8,800億円）でした。",
         F("revenue", "", REP, "FY2025Q4", ACT, "42000000000", "CNY", EXACT, "", EXACT, "",
           "売上高は420億元"),
         F("revenue", "", REP, "FY2025Q4", ACT, "880000000000", "JPY", APPROX, "", EXACT, "",
           "売上高は420億元（約8,800億円")),

    /* A merged fact's evidence is its first mention, which holds the growth. */
    CASE(EN,
         LARKSPUR_HEAD
         "Revenue for the fourth quarter of 2025 was $5.6 billion, up 8% year over year. Growth "
         "was broad based. Fourth quarter revenue of $5.6 billion was a record.",
         FX("revenue", "", REP, "FY2025Q4", "2025Q4", ACT, "5600000000", "USD", EXACT, "8", EXACT,
            "", "Revenue for the fourth quarter of 2025 was $5.6 billion, up 8%", 0, 2)),
    CASE(ZH,
         "2025年第四季度营业收入为52.6亿元，同比增长14.2%。……2025年第四季度营业收入为52.6亿元，"
         "创历史新高。",
         FX("revenue", "", REP, "FY2025Q4", "2025Q4", ACT, "5260000000", "CNY", EXACT, "14.2",
            EXACT, "", "营业收入为52.6亿元，同比增长14.2%", 0, 2)),

    /* ---- Basic and diluted EPS: where a sentence gives both, diluted is the EPS ---- */
    CASE(EN,
         LARKSPUR_HEAD
         "Net income for the fourth quarter of 2025 was $84.0 million, or $0.62 per share ($0.60 "
         "per share on a diluted basis).",
         F("net_income", "", REP, "FY2025Q4", ACT, "84000000", "USD", EXACT, "", EXACT, "",
           "Net income for the fourth quarter of 2025 was $84.0 million"),
         F("eps", "", REP, "FY2025Q4", ACT, "0.60", "USD", EXACT, "", EXACT, "",
           "Net income for the fourth quarter of 2025 was $84.0 million, or $0.62 per share "
           "($0.60")),
    CASE(ZH, "2025年度，基本每股收益0.91元/股，稀释每股收益0.89元/股。",
         F("eps", "", REP, "FY2025", ACT, "0.89", "CNY", EXACT, "", EXACT, "",
           "稀释每股收益0.89元")),

    /* ---- 52/53-week years: weeks, a period end in a month's first week ---- */
    CASE(
        EN,
        "FERNHILL GOODS REPORTS THIRD QUARTER RESULTS\n\n"
        "November 20, 2025 -- Fernhill Goods, Inc. reported that net sales for the 13-week fiscal "
        "quarter ended November 1, 2025 increased 4.0 percent to $210.5 million. Net sales for the "
        "39-week fiscal period ended November 1, 2025 were $601.2 million. Net income for the "
        "third quarter of fiscal 2025 was $18.2 million.",
        FX("revenue", "", REP, "FY2025Q3", "2025Q3", ACT, "210500000", "USD", EXACT, "4.0", EXACT,
           "",
           "net sales for the 13-week fiscal quarter ended November 1, 2025 increased "
           "4.0 percent to $210.5 million",
           0, 1),
        FX("revenue", "", REP, "FY2025Q1-Q3", "2025Q1-Q3", ACT, "601200000", "USD", EXACT, "",
           EXACT, "",
           "Net sales for the 39-week fiscal period ended November 1, 2025 were $601.2 "
           "million",
           0, 1),
        FX("net_income", "", REP, "FY2025Q3", "2025Q3", ACT, "18200000", "USD", EXACT, "", EXACT,
           "", "Net income for the third quarter of fiscal 2025 was $18.2 million", 0, 1)),

    /* ---- A currency before 元 says which ---- */
    CASE(ZH, "2025年第四季度，收益为港币12.5亿元，同比增长6%。",
         F("revenue", "", REP, "FY2025Q4", ACT, "1250000000", "HKD", EXACT, "6", EXACT, "",
           "收益为港币12.5亿元，同比增长6%")),

    /* ---- Sub-items listed after a figure, each with its growth and figure ---- */
    CASE(EN,
         "For the fourth quarter of 2025, device revenues were up 4% to $2.1 billion with phone "
         "sales up 6% to $1.4 billion, and accessory sales down 2% to $700 million.",
         F("revenue", "device", REP, "FY2025Q4", ACT, "2100000000", "USD", EXACT, "4", EXACT, "",
           "revenues were up 4% to $2.1 billion"),
         F("revenue", "phone", REP, "FY2025Q4", ACT, "1400000000", "USD", EXACT, "6", EXACT, "",
           "sales up 6% to $1.4 billion"),
         F("revenue", "accessory", REP, "FY2025Q4", ACT, "700000000", "USD", EXACT, "-2", EXACT, "",
           "sales down 2% to $700 million")),
    /* The same list without a metric word in its items. */
    CASE(EN,
         "For the fourth quarter of 2025, hardware revenues were up 2% to $1.5 billion with "
         "hardware products up 2% to $870 million, and hardware support up 3% to $596 million.",
         F("revenue", "hardware", REP, "FY2025Q4", ACT, "1500000000", "USD", EXACT, "2", EXACT, "",
           "revenues were up 2% to $1.5 billion"),
         F("revenue", "hardware products", REP, "FY2025Q4", ACT, "870000000", "USD", EXACT, "2",
           EXACT, "", "hardware products up 2% to $870 million"),
         F("revenue", "hardware support", REP, "FY2025Q4", ACT, "596000000", "USD", EXACT, "3",
           EXACT, "", "hardware support up 3% to $596 million")),

    /* Japanese lists name the next business before its figure, without the metric. */
    CASE(JA,
         "2025年12月期のセグメント別では、電子部品事業の売上高が1,320億円（前期比15%増）、"
         "産業機械事業が860億円（同2%減）だった。",
         F("revenue", "電子部品事業", REP, "FY2025", ACT, "132000000000", "JPY", EXACT, "15", EXACT,
           "", "売上高が1,320億円（前期比15%"),
         F("revenue", "産業機械事業", REP, "FY2025", ACT, "86000000000", "JPY", EXACT, "-2", EXACT,
           "", "産業機械事業が860億円（同2%")),
    /* 半年度报告 is the first half; its headline growth joins the figures. */
    CASE(ZH,
         "示例电气2025年半年度报告：营收同比增长15.2%\n"
         "报告期内，公司实现营业收入86.3亿元，同比增长15.2%。",
         FX("revenue", "", REP, "FY2025H1", "2025H1", ACT, "8630000000", "CNY", EXACT, "15.2",
            EXACT, "", "营业收入86.3亿元，同比增长15.2%", 0, 2)),

    /* ---- An amount of change, and its percentage after "or" ---- */
    CASE(EN,
         "Operating income for the fourth quarter of 2025 was $1.2 billion, an increase of $40 "
         "million, or 3%, compared with $1.16 billion in the fourth quarter of 2024.",
         F("operating_income", "", REP, "FY2025Q4", ACT, "1200000000", "USD", EXACT, "3", EXACT, "",
           "Operating income for the fourth quarter of 2025 was $1.2 billion, an increase of "
           "$40 million, or 3%"),
         F("operating_income", "", REP, "FY2024Q4", ACT, "1160000000", "USD", EXACT, "", EXACT, "",
           "Operating income for the fourth quarter of 2025 was $1.2 billion, an increase of $40 "
           "million, or 3%, compared with $1.16 billion")),
};

/* Failure messages are built into this instead of asserting, so that the document is freed
   before the test fails (no leak when Check runs without fork). */
typedef struct verdict {
  bool ok;
  char why[8192];
} verdict;

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static bool
mismatch(verdict *v, const char *fmt, ...) {
  if (!v->ok)
    return false; /* keep the first */
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(v->why, sizeof v->why, fmt, ap);
  va_end(ap);
  v->ok = false;
  return false;
}

/* The byte offsets of the nth occurrence of span in text; false if it does not occur. */
static bool locate(const char *text, const char *span, int nth, earn_span *out) {
  const char *from = text, *hit = NULL;
  for (int i = 0; i <= nth; i++) {
    hit = strstr(from, span);
    if (!hit)
      return false;
    from = hit + 1;
  }
  out->start = (size_t)(hit - text);
  out->end = out->start + strlen(span);
  return true;
}

static const char *qual_name(earn_qualifier q) { return earn_qualifier_name(q); }

/* A decimal as text, or "" when there is none. */
static void dec_text(int has, earn_decimal d, char *buf, size_t cap) {
  if (has)
    earn_decimal_format(d, buf, cap);
  else
    snprintf(buf, cap, "%s", "");
}

/* One fact on one line, everything the getters say. */
static int describe_fact(const earn_fact *f, const char *text, char *buf, size_t cap) {
  earn_decimal v, y, q;
  earn_qualifier yq = EXACT, qq = EXACT;
  char vs[EARN_DECIMAL_BUFSIZE], ys[EARN_DECIMAL_BUFSIZE], qs[EARN_DECIMAL_BUFSIZE];
  dec_text(earn_fact_value(f, &v), v, vs, sizeof vs);
  int hy = earn_fact_yoy(f, &y, &yq), hq = earn_fact_qoq(f, &q, &qq);
  dec_text(hy, y, ys, sizeof ys);
  dec_text(hq, q, qs, sizeof qs);
  earn_span st = earn_fact_statement_span(f);
  int n = snprintf(
      buf, cap,
      "\n  %s seg=\"%s\" %s period=%s calendar=%s %s value=%s unit=%s %s yoy=%s%s%s "
      "qoq=%s%s%s statement=[%zu,%zu) \"%.*s\" mentions=%zu rule=%s",
      earn_fact_metric(f), earn_fact_segment(f), earn_basis_name(earn_fact_basis(f)),
      earn_fact_period(f), earn_fact_calendar_period(f), earn_fact_kind_name(earn_fact_kind_of(f)),
      vs, earn_fact_unit(f), qual_name(earn_fact_qualifier(f)), ys, hy ? "/" : "",
      hy ? qual_name(yq) : "", qs, hq ? "/" : "", hq ? qual_name(qq) : "", st.start, st.end,
      (int)(st.end - st.start), text + st.start, earn_fact_mention_count(f), earn_fact_rule(f));
  if (n < 0 || (size_t)n >= cap)
    return n;
  size_t used = (size_t)n;
  for (size_t m = 1; m < earn_fact_mention_count(f) && used + 1 < cap; m++) {
    earn_span ms = earn_fact_mention(f, m);
    int k = snprintf(buf + used, cap - used, "\n      mention %zu [%zu,%zu) \"%.*s\"", m, ms.start,
                     ms.end, (int)(ms.end - ms.start), text + ms.start);
    if (k < 0)
      break;
    used += (size_t)k;
  }
  return (int)used;
}

/* Everything the document holds: its report and every fact. */
static void describe(const earn_doc *doc, const char *text, char *buf, size_t cap) {
  int n = snprintf(buf, cap,
                   "\n  [report: issuer=\"%s\" date=\"%s\" period=%s calendar=%s fye=%d "
                   "currency=%s; %zu fact(s)]",
                   earn_doc_issuer(doc), earn_doc_release_date(doc), earn_doc_period(doc),
                   earn_doc_calendar_period(doc), earn_doc_fiscal_year_end(doc),
                   earn_doc_currency(doc), earn_doc_fact_count(doc));
  size_t used = n > 0 ? (size_t)n : 0;
  for (size_t i = 0; i < earn_doc_fact_count(doc) && used + 1 < cap; i++) {
    int k = describe_fact(earn_doc_fact(doc, i), text, buf + used, cap - used);
    if (k < 0)
      break;
    used += (size_t)k;
  }
}

static void describe_expected(const efact *e, char *buf, size_t cap) {
  snprintf(buf, cap,
           "%s seg=\"%s\" %s period=%s calendar=%s %s value=%s unit=%s %s yoy=%s/%s qoq=%s "
           "statement=\"%s\" mentions=%d",
           e->metric, e->segment, earn_basis_name(e->basis), e->period,
           e->calendar ? e->calendar : "(any)", earn_fact_kind_name(e->kind), e->value, e->unit,
           qual_name(e->qual), e->yoy, qual_name(e->yoyq), e->qoq, e->span, e->mentions);
}

static bool same_decimal(int has, earn_decimal got, const char *want) {
  if (!want[0])
    return !has;
  earn_decimal w;
  earn_error err;
  if (!has || earn_decimal_parse(want, strlen(want), &w, &err) != EARN_OK)
    return false;
  return earn_decimal_cmp(got, w) == 0;
}

static bool same_span(earn_span a, earn_span b) { return a.start == b.start && a.end == b.end; }

/* Does fact f say exactly what e expects? */
static bool fact_matches(const earn_fact *f, const efact *e, earn_span want) {
  earn_decimal v, y, q;
  earn_qualifier yq = EXACT, qq = EXACT;
  int hv = earn_fact_value(f, &v), hy = earn_fact_yoy(f, &y, &yq), hq = earn_fact_qoq(f, &q, &qq);
  return strcmp(earn_fact_metric(f), e->metric) == 0 &&
         strcmp(earn_fact_segment(f), e->segment) == 0 && earn_fact_basis(f) == e->basis &&
         strcmp(earn_fact_period(f), e->period) == 0 &&
         (!e->calendar || strcmp(earn_fact_calendar_period(f), e->calendar) == 0) &&
         earn_fact_kind_of(f) == e->kind && same_decimal(hv, v, e->value) &&
         strcmp(earn_fact_unit(f), e->unit) == 0 && earn_fact_qualifier(f) == e->qual &&
         same_decimal(hy, y, e->yoy) && (!hy || yq == e->yoyq) && same_decimal(hq, q, e->qoq) &&
         (!hq || qq == EXACT) && same_span(earn_fact_statement_span(f), want) &&
         earn_fact_mention_count(f) == (size_t)e->mentions &&
         same_span(earn_fact_mention(f, 0), want);
}

/* What holds for every fact: its spans lie in the input, the value and metric inside the
   statement, and every mention is a span of the input. */
static bool check_invariants(verdict *v, const earn_doc *doc, const char *text, size_t len) {
  for (size_t i = 0; i < earn_doc_fact_count(doc); i++) {
    const earn_fact *f = earn_doc_fact(doc, i);
    earn_span st = earn_fact_statement_span(f), vs = earn_fact_value_span(f),
              ms = earn_fact_metric_span(f);
    char one[1024];
    describe_fact(f, text, one, sizeof one);
    if (st.start >= st.end || st.end > len)
      return mismatch(v, "fact %zu: statement span [%zu,%zu) outside the input:%s", i, st.start,
                      st.end, one);
    if (ms.start < st.start || ms.end > st.end || ms.start >= ms.end)
      return mismatch(v, "fact %zu: metric span [%zu,%zu) not inside its statement:%s", i, ms.start,
                      ms.end, one);
    if (vs.start < st.start || vs.end > st.end || vs.start >= vs.end)
      return mismatch(v, "fact %zu: value span [%zu,%zu) not inside its statement:%s", i, vs.start,
                      vs.end, one);
    size_t nm = earn_fact_mention_count(f);
    if (nm < 1)
      return mismatch(v, "fact %zu: no mention:%s", i, one);
    for (size_t m = 0; m < nm; m++) {
      earn_span sp = earn_fact_mention(f, m);
      if (sp.start >= sp.end || sp.end > len)
        return mismatch(v, "fact %zu: mention %zu [%zu,%zu) outside the input:%s", i, m, sp.start,
                        sp.end, one);
    }
    if (strcmp(earn_fact_source(f), "text") != 0)
      return mismatch(v, "fact %zu: source \"%s\", want \"text\":%s", i, earn_fact_source(f), one);
  }
  return true;
}

static void check_case(verdict *v, const fcase *c, const earn_doc *doc) {
  static char listing[6144];
  size_t len = strlen(c->text);
  size_t n = earn_doc_fact_count(doc);
  bool used[64] = {false};
  for (size_t k = 0; k < c->nfacts && v->ok; k++) {
    const efact *e = &c->facts[k];
    earn_span want;
    if (!locate(c->text, e->span, e->nth, &want)) {
      mismatch(v, "bad case: \"%s\" does not occur %d time(s) in \"%s\"", e->span, e->nth + 1,
               c->text);
      return;
    }
    bool found = false;
    for (size_t i = 0; i < n && i < 64 && !found; i++)
      if (!used[i] && fact_matches(earn_doc_fact(doc, i), e, want))
        used[i] = found = true;
    if (!found) {
      char exp[1024];
      describe_expected(e, exp, sizeof exp);
      describe(doc, c->text, listing, sizeof listing);
      mismatch(v, "in \"%s\": no fact\n  %s [%zu,%zu)\nthe document holds:%s", c->text, exp,
               want.start, want.end, listing);
      return;
    }
  }
  if (n != c->nfacts) {
    describe(doc, c->text, listing, sizeof listing);
    mismatch(v, "in \"%s\": %zu fact(s), want %zu; the document holds:%s", c->text, n, c->nfacts,
             listing);
    return;
  }
  check_invariants(v, doc, c->text, len);
}

static void run_case(const fcase *c) {
  ck_assert_ptr_nonnull(ex);
  earn_error err;
  earn_doc *doc = earn_doc_read(ex, c->text, strlen(c->text), lang_option(c->lang), &err);
  ck_assert_msg(doc != NULL, "\"%s\": %s %s", c->text, err.msg, err.detail);
  static verdict v;
  v.ok = true;
  v.why[0] = '\0';
  check_case(&v, c, doc);
  earn_doc_free(doc);
  ck_assert_msg(v.ok, "%s", v.why);
}

START_TEST(test_case) { run_case(&cases[_i]); }
END_TEST

/* ---- What the document says about itself ------------------------------------------------- */

typedef struct rcase {
  test_lang lang;
  const char *text;
  const char *issuer, *date, *period, *calendar;
  int fye;
  const char *currency;
  bool late; /* the release is dated before its period ends: a warning on the date */
} rcase;

static const rcase report_cases[] = {
    {EN,
     "Tidecrest Robotics Inc. Reports Fourth Quarter 2025 Results\n\nBOSTON, February 12, 2026 "
     "/PRNewswire/ Tidecrest Robotics Inc. today announced results for the fourth quarter ended "
     "December 31, 2025.\n\nRevenue was $830 million.",
     "Tidecrest Robotics Inc.", "February 12, 2026", "FY2025Q4", "2025Q4", 12, "USD", false},
    {EN,
     "Tidecrest Robotics Inc. Reports Fourth Quarter 2025 Results\n\nBOSTON, Feb. 12, 2026 — "
     "Tidecrest Robotics Inc. today announced results for the fourth quarter ended December 31, "
     "2025.\n\nRevenue was $830 million.",
     "Tidecrest Robotics Inc.", "Feb. 12, 2026", "FY2025Q4", "2025Q4", 12, "USD", false},
    {EN,
     "Brantwell Foods Inc. Reports Fourth Quarter 2025 Results\n\nDecember 15, 2025\n\nBrantwell "
     "Foods Inc. today reported results for the fourth quarter ended December 31, 2025.\n\n"
     "Revenue was $96 million.",
     "Brantwell Foods Inc.", "December 15, 2025", "FY2025Q4", "2025Q4", 12, "USD", true},
    /* A comma before Inc., and the dateline dash after the date. */
    {EN,
     "Tidecrest Robotics, Inc. Reports Fourth Quarter and Full Year 2025 Results\n\nBOSTON, "
     "February 12, 2026 -- Tidecrest Robotics, Inc. (NYSE: TWR) today announced results for the "
     "fourth quarter and full year ended December 31, 2025.\n\nRevenue for the fourth quarter was "
     "$830 million, up 9% year over year.",
     "Tidecrest Robotics, Inc.", "February 12, 2026", "FY2025Q4", "2025Q4", 12, "USD", false},
    /* Fiscal 2026 Q3 ended December 31, 2025: the year ends in March. */
    {EN,
     "Kestrel Devices Ltd. Reports Third Quarter Fiscal 2026 Results\n\nJanuary 29, 2026\n\n"
     "Kestrel Devices Ltd. today reported results for the third quarter of fiscal 2026, which "
     "ended December 31, 2025.\n\nRevenue was $410 million, up 3% year over year.",
     "Kestrel Devices Ltd.", "January 29, 2026", "FY2026Q3", "2025Q4", 3, "USD", false},
    /* Three months ended July 31 are Q2 of fiscal 2026: the year ends in January 2026. */
    {EN,
     "Ashgrove Retail Corp. Reports Second Quarter Results\n\nSeptember 4, 2025 -- Ashgrove "
     "Retail Corp. today reported results for the three months ended July 31, 2025 (the second "
     "quarter of fiscal 2026).\n\nNet sales were $2.61 billion, up 4%.",
     "Ashgrove Retail Corp.", "September 4, 2025", "FY2026Q2", "2025Q2", 1, "USD", false},
    {EN, "Revenue for the fourth quarter of 2025 was $1.2 billion, up 4% year over year.", "", "",
     "FY2025Q4", "2025Q4", 12, "USD", false},
    /* a headline with a figure above the dateline */
    {JA,
     "【決算速報】北斗精機、10～12月期は売上高12%"
     "増\n\n2026年2月12日\n\n北斗精機株式会社は、2026年3月期"
     "第3四半期の決算を発表した。売上高は312億円となった。",
     "北斗精機株式会社", "2026年2月12日", "FY2026Q3", "2025Q4", 3, "JPY", false},
    /* a name with hiragana after a label, and one that is a sentence's subject */
    {JA,
     "2026年3月期 第1四半期決算短信〔日本基準〕（連結）\n2025年8月8日\n上場会社名 "
     "さくら精工株式会社"
     "\n\n当第1四半期連結累計期間の売上高は41億円（前年同期比5.2%増）となりました。",
     "さくら精工株式会社", "2025年8月8日", "FY2026Q1", "2025Q2", 3, "JPY", false},
    {JA,
     "2025年8月8日\n当社はあおば精工株式会社の子会社です。2026年3月期 第1四半期の売上高は41億円"
     "となりました。",
     "精工株式会社", "2025年8月8日", "FY2026Q1", "2025Q2", 3, "JPY", false},
    {JA,
     "2026年2月10日\n北斗精機株式会社\n2026年3月期 第3四半期決算短信〔日本基準〕（連結）\n\n当第3"
     "四半期連結会計期間（2025年10月1日～2025年12月31日）の売上高は312億円（前年同期比5.1％増）と"
     "なりました。",
     "北斗精機株式会社", "2026年2月10日", "FY2026Q3", "2025Q4", 3, "JPY", false},
    {JA,
     "2025年11月14日\n青葉化成株式会社\n2025年12月期 第3四半期決算短信（連結）\n\n第3四半期（2025"
     "年7月～9月）の売上高は88億円となりました。",
     "青葉化成株式会社", "2025年11月14日", "FY2025Q3", "2025Q3", 12, "JPY", false},
    {JA,
     "2026年2月6日\n北斗精機株式会社\n2026年度第3四半期決算の概要\n\n2026年度第3四半期（自然年2025"
     "年第4四半期）の売上高は420億円でした。",
     "北斗精機株式会社", "2026年2月6日", "FY2026Q3", "2025Q4", 3, "JPY", false},
    {JA,
     "2025年12月20日\n青葉化成株式会社\n2025年12月期 決算短信〔日本基準〕（連結）\n\n当連結会計年度"
     "の売上高は352億円（前期比3.0％増）となりました。",
     "青葉化成株式会社", "2025年12月20日", "FY2025", "2025", 12, "JPY", true},
    {ZH,
     "云帆科技股份有限公司公布2025年第四季度业绩\n\n（2026年2月26日，杭州）2025年第四季度，云帆科"
     "技实现营业收入52.6亿元，同比增长14.2%。",
     "云帆科技股份有限公司", "2026年2月26日", "FY2025Q4", "2025Q4", 12, "CNY", false},
    {ZH, "2026财年第三季度（自然年2025年第四季度），公司营业收入为75.3亿元。", "", "", "FY2026Q3",
     "2025Q4", 3, "CNY", false},
    /* 2025年第四季度 dated 2025-12-20: the date is flagged, the fiscal year stays the calendar
       one (nothing in the text says it ends in November). */
    {ZH,
     "云帆科技股份有限公司公布2025年第四季度业绩\n\n（2025年12月20日，杭州）云帆科技股份有限公司今"
     "日公布2025年第四季度业绩。营业收入为52.6亿元。",
     "云帆科技股份有限公司", "2025年12月20日", "FY2025Q4", "2025Q4", 12, "CNY", true},
    /* The issuer is the full name, 集团 and all. */
    {ZH,
     "星澜集团有限公司公布2025年第三季度业绩\n\n（2025年11月20日，深圳）星澜集团有限公司今日公布截"
     "至2025年9月30日止三个月的未经审计财务业绩。\n\n营业收入为64.8亿元，同比增长11%。",
     "星澜集团有限公司", "2025年11月20日", "FY2025Q3", "2025Q3", 12, "CNY", false},
    /* 截至2025年12月31日止年度 is the year 2025. */
    {ZH,
     "麟游网络控股有限公司\n2025年年度业绩公告\n\n2026年3月18日\n\n截至2025年12月31日止年度，本集"
     "团收入为人民币98.2亿元，同比增长6.4%。",
     "麟游网络控股有限公司", "2026年3月18日", "FY2025", "2025", 12, "CNY", false},
};

static void run_report(const rcase *c) {
  ck_assert_ptr_nonnull(ex);
  earn_error err;
  earn_doc *doc = earn_doc_read(ex, c->text, strlen(c->text), lang_option(c->lang), &err);
  ck_assert_msg(doc != NULL, "\"%s\": %s %s", c->text, err.msg, err.detail);
  static verdict v;
  v.ok = true;
  v.why[0] = '\0';
  static char listing[6144];
  describe(doc, c->text, listing, sizeof listing);
  if (strcmp(earn_doc_issuer(doc), c->issuer) != 0)
    mismatch(&v, "issuer \"%s\", want \"%s\"", earn_doc_issuer(doc), c->issuer);
  else if (strcmp(earn_doc_release_date(doc), c->date) != 0)
    mismatch(&v, "release date \"%s\", want \"%s\"", earn_doc_release_date(doc), c->date);
  else if (strcmp(earn_doc_period(doc), c->period) != 0)
    mismatch(&v, "period \"%s\", want \"%s\"", earn_doc_period(doc), c->period);
  else if (strcmp(earn_doc_calendar_period(doc), c->calendar) != 0)
    mismatch(&v, "calendar period \"%s\", want \"%s\"", earn_doc_calendar_period(doc), c->calendar);
  else if (earn_doc_fiscal_year_end(doc) != c->fye)
    mismatch(&v, "fiscal year end %d, want %d", earn_doc_fiscal_year_end(doc), c->fye);
  else if (strcmp(earn_doc_currency(doc), c->currency) != 0)
    mismatch(&v, "currency \"%s\", want \"%s\"", earn_doc_currency(doc), c->currency);
  /* The warning, if any, is on the release date. */
  earn_span date = {0, 0};
  if (v.ok && c->date[0] && !locate(c->text, c->date, 0, &date))
    mismatch(&v, "bad case: the date \"%s\" is not in the text", c->date);
  size_t on_date = 0, warnings = 0;
  char diags[2048] = "";
  size_t used = 0;
  for (size_t i = 0; i < earn_doc_diagnostic_count(doc); i++) {
    earn_span sp;
    earn_severity sev;
    const char *msg = earn_doc_diagnostic(doc, i, &sp, &sev);
    int k = snprintf(diags + used, sizeof diags - used, "\n  %s [%zu,%zu) %s",
                     sev == EARN_SEV_WARNING ? "warning" : "info", sp.start, sp.end, msg);
    if (k > 0 && (size_t)k < sizeof diags - used)
      used += (size_t)k;
    if (sev == EARN_SEV_WARNING) {
      warnings++;
      if (c->date[0] && same_span(sp, date))
        on_date++;
    }
  }
  if (v.ok && c->late && on_date != 1)
    mismatch(&v, "%zu warning(s) on the release date, want 1", on_date);
  else if (v.ok && !c->late && warnings != 0)
    mismatch(&v, "%zu warning(s), want none", warnings);
  earn_doc_free(doc);
  ck_assert_msg(v.ok, "in \"%s\": %s\ndiagnostics:%s\nthe document holds:%s", c->text, v.why,
                diags[0] ? diags : " none", listing);
}

START_TEST(test_report) { run_report(&report_cases[_i]); }
END_TEST

/* ---- Writing facts ----------------------------------------------------------------------- */

/* Collects output; counts the calls and whether each one was whole lines. */
typedef struct sink {
  char *buf;
  size_t len, cap;
  size_t calls;
  bool whole_lines;
} sink;

static int collect(const char *data, size_t len, void *ctx) {
  sink *s = ctx;
  if (s->len + len + 1 > s->cap) {
    size_t cap = (s->len + len + 1) * 2;
    char *b = realloc(s->buf, cap);
    if (!b)
      return -1;
    s->buf = b;
    s->cap = cap;
  }
  memcpy(s->buf + s->len, data, len);
  s->len += len;
  s->buf[s->len] = '\0';
  s->calls++;
  if (len == 0 || data[len - 1] != '\n')
    s->whole_lines = false;
  return 0;
}

static int refuse(const char *data, size_t len, void *ctx) {
  (void)data;
  (void)len;
  (void)ctx;
  return 1;
}

static const char write_text[] =
    "For the fourth quarter of 2025, revenue was $2.2 billion, up 5% year over year, and net "
    "loss was $(3.1) million.";

static earn_doc *write_doc(void) {
  earn_error err;
  earn_doc *doc = earn_doc_read(ex, write_text, sizeof write_text - 1, EARN_OPT_LANG_EN, &err);
  ck_assert_msg(doc != NULL, "%s %s", err.msg, err.detail);
  ck_assert_uint_eq(earn_doc_fact_count(doc), 2);
  return doc;
}

START_TEST(test_write_csv) {
  earn_doc *doc = write_doc();
  sink s = {NULL, 0, 0, 0, true};
  earn_status st = earn_doc_write_facts(doc, EARN_FORMAT_CSV, 1, collect, &s);
  sink bare = {NULL, 0, 0, 0, true};
  earn_status st2 = earn_doc_write_facts(doc, EARN_FORMAT_CSV, 0, collect, &bare);
  earn_doc_free(doc);
  ck_assert_int_eq(st, EARN_OK);
  ck_assert_int_eq(st2, EARN_OK);
  ck_assert_ptr_nonnull(s.buf);
  /* The header is the column list; one call per line. */
  ck_assert_msg(strncmp(s.buf, EARN_FACT_COLUMNS "\r\n", strlen(EARN_FACT_COLUMNS) + 2) == 0,
                "CSV starts:\n%s", s.buf);
  ck_assert_msg(strstr(s.buf, "\r\nrevenue,,reported,FY2025Q4,2025Q4,actual,2200000000,USD,"
                              "exact,5,,,32,63,\"revenue was $2.2 billion, up 5%\",text,") != NULL,
                "CSV:\n%s", s.buf);
  ck_assert_msg(strstr(s.buf, "\r\nnet_income,,reported,FY2025Q4,2025Q4,actual,-3100000,USD,"
                              "exact,,,,84,111,net loss was $(3.1) million,text,") != NULL,
                "CSV:\n%s", s.buf);
  ck_assert_uint_eq(s.calls, 3);
  ck_assert(s.whole_lines);
  /* Without the header: the same rows. */
  ck_assert_ptr_nonnull(bare.buf);
  ck_assert_str_eq(bare.buf, s.buf + strlen(EARN_FACT_COLUMNS) + 2);
  free(s.buf);
  free(bare.buf);
}
END_TEST

START_TEST(test_write_tsv) {
  earn_doc *doc = write_doc();
  sink s = {NULL, 0, 0, 0, true};
  earn_status st = earn_doc_write_facts(doc, EARN_FORMAT_TSV, 1, collect, &s);
  earn_doc_free(doc);
  ck_assert_int_eq(st, EARN_OK);
  ck_assert_ptr_nonnull(s.buf);
  char header[] = EARN_FACT_COLUMNS;
  for (char *p = header; *p; p++)
    if (*p == ',')
      *p = '\t';
  ck_assert_msg(strncmp(s.buf, header, strlen(header)) == 0 && s.buf[strlen(header)] != '\t',
                "TSV starts:\n%s", s.buf);
  ck_assert_msg(strstr(s.buf,
                       "\nrevenue\t\treported\tFY2025Q4\t2025Q4\tactual\t2200000000\tUSD\t"
                       "exact\t5\t\t\t32\t63\trevenue was $2.2 billion, up 5%\ttext\t") != NULL,
                "TSV:\n%s", s.buf);
  ck_assert_uint_eq(s.calls, 3);
  ck_assert(s.whole_lines);
  /* Three lines, each with 17 cells. */
  size_t lines = 0, tabs = 0;
  for (const char *p = s.buf; *p; p++) {
    if (*p == '\t')
      tabs++;
    if (*p == '\n')
      lines++;
  }
  ck_assert_uint_eq(lines, 3);
  ck_assert_uint_eq(tabs, 3 * 16);
  free(s.buf);
}
END_TEST

START_TEST(test_write_json) {
  earn_doc *doc = write_doc();
  sink s = {NULL, 0, 0, 0, true};
  earn_status st = earn_doc_write_facts(doc, EARN_FORMAT_JSON, 1, collect, &s);
  earn_doc_free(doc);
  ck_assert_int_eq(st, EARN_OK);
  ck_assert_ptr_nonnull(s.buf);
  json_error_t jerr;
  json_t *root = json_loadb(s.buf, s.len, 0, &jerr);
  ck_assert_msg(root != NULL, "JSON does not parse: %s at %d:%d\n%s", jerr.text, jerr.line,
                jerr.column, s.buf);
  free(s.buf);
  bool ok = json_is_array(root) && json_array_size(root) == 2;
  const char *why = "not an array of two facts";
  /* Every object has exactly the keys of the columns. */
  for (size_t i = 0; ok && i < json_array_size(root); i++) {
    json_t *o = json_array_get(root, i);
    char cols[] = EARN_FACT_COLUMNS;
    size_t ncols = 0;
    for (char *save = NULL, *k = strtok_r(cols, ",", &save); k; k = strtok_r(NULL, ",", &save)) {
      ncols++;
      if (!json_object_get(o, k)) {
        ok = false;
        why = "a column is missing";
      }
    }
    if (ok && json_object_size(o) != ncols) {
      ok = false;
      why = "extra keys";
    }
  }
  json_t *rev = ok ? json_array_get(root, 0) : NULL;
  json_t *loss = ok ? json_array_get(root, 1) : NULL;
  if (ok && !(json_is_string(json_object_get(rev, "value")) &&
              strcmp(json_string_value(json_object_get(rev, "value")), "2200000000") == 0)) {
    ok = false;
    why = "revenue value is not the string \"2200000000\"";
  }
  if (ok && strcmp(json_string_value(json_object_get(rev, "metric")), "revenue") != 0) {
    ok = false;
    why = "the first fact is not revenue";
  }
  if (ok && !(json_is_string(json_object_get(rev, "yoy_pct")) &&
              strcmp(json_string_value(json_object_get(rev, "yoy_pct")), "5") == 0)) {
    ok = false;
    why = "revenue yoy_pct is not \"5\"";
  }
  if (ok && !(json_is_integer(json_object_get(rev, "start")) &&
              json_integer_value(json_object_get(rev, "start")) == 32 &&
              json_integer_value(json_object_get(rev, "end")) == 63)) {
    ok = false;
    why = "revenue start/end are not 32/63";
  }
  if (ok && strcmp(json_string_value(json_object_get(rev, "text")),
                   "revenue was $2.2 billion, up 5%") != 0) {
    ok = false;
    why = "revenue text";
  }
  if (ok && !(json_is_string(json_object_get(loss, "value")) &&
              strcmp(json_string_value(json_object_get(loss, "value")), "-3100000") == 0)) {
    ok = false;
    why = "net loss value is not the string \"-3100000\"";
  }
  if (ok && !json_is_null(json_object_get(loss, "yoy_pct"))) {
    ok = false;
    why = "net loss has a yoy_pct";
  }
  json_decref(root);
  ck_assert_msg(ok, "JSON facts: %s", why);
}
END_TEST

START_TEST(test_write_errors) {
  earn_doc *doc = write_doc();
  sink s = {NULL, 0, 0, 0, true};
  earn_status null_doc = earn_doc_write_facts(NULL, EARN_FORMAT_CSV, 1, collect, &s);
  earn_status null_fn_csv = earn_doc_write_facts(doc, EARN_FORMAT_CSV, 1, NULL, &s);
  earn_status null_fn_json = earn_doc_write_facts(doc, EARN_FORMAT_JSON, 1, NULL, &s);
  earn_status null_fn_tsv = earn_doc_write_facts(doc, EARN_FORMAT_TSV, 1, NULL, &s);
  earn_status bad_format = earn_doc_write_facts(doc, (earn_format)42, 1, collect, &s);
  earn_status io_csv = earn_doc_write_facts(doc, EARN_FORMAT_CSV, 1, refuse, NULL);
  earn_status io_tsv = earn_doc_write_facts(doc, EARN_FORMAT_TSV, 1, refuse, NULL);
  earn_status io_json = earn_doc_write_facts(doc, EARN_FORMAT_JSON, 1, refuse, NULL);
  earn_doc_free(doc);
  free(s.buf);
  ck_assert_int_eq(null_doc, EARN_ERR_ARG);
  ck_assert_int_eq(null_fn_csv, EARN_ERR_ARG);
  ck_assert_int_eq(null_fn_json, EARN_ERR_ARG);
  ck_assert_int_eq(null_fn_tsv, EARN_ERR_ARG);
  ck_assert_int_eq(bad_format, EARN_ERR_ARG);
  ck_assert_uint_eq(s.calls, 0);
  ck_assert_int_eq(io_csv, EARN_ERR_IO);
  ck_assert_int_eq(io_tsv, EARN_ERR_IO);
  ck_assert_int_eq(io_json, EARN_ERR_IO);
}
END_TEST

/* A document with no facts writes the header alone, or an empty JSON array. */
START_TEST(test_write_empty) {
  static const char text[] = "Larkspur launched ModelX3.5 in the fourth quarter of 2025.";
  earn_error err;
  earn_doc *doc = earn_doc_read(ex, text, sizeof text - 1, EARN_OPT_LANG_EN, &err);
  ck_assert_ptr_nonnull(doc);
  sink csv = {NULL, 0, 0, 0, true}, json = {NULL, 0, 0, 0, true};
  earn_status a = earn_doc_write_facts(doc, EARN_FORMAT_CSV, 1, collect, &csv);
  earn_status b = earn_doc_write_facts(doc, EARN_FORMAT_JSON, 1, collect, &json);
  size_t n = earn_doc_fact_count(doc);
  earn_doc_free(doc);
  ck_assert_uint_eq(n, 0);
  ck_assert_int_eq(a, EARN_OK);
  ck_assert_int_eq(b, EARN_OK);
  ck_assert_ptr_nonnull(csv.buf);
  ck_assert_str_eq(csv.buf, EARN_FACT_COLUMNS "\r\n");
  ck_assert_ptr_nonnull(json.buf);
  json_error_t jerr;
  json_t *root = json_loadb(json.buf, json.len, 0, &jerr);
  bool empty_array = root && json_is_array(root) && json_array_size(root) == 0;
  json_decref(root);
  free(csv.buf);
  free(json.buf);
  ck_assert(empty_array);
}
END_TEST

/* ---- Getters: out of range and NULL ------------------------------------------------------ */

START_TEST(test_getters_neutral) {
  earn_doc *doc = write_doc();
  const earn_fact *past = earn_doc_fact(doc, earn_doc_fact_count(doc));
  earn_doc_free(doc);
  ck_assert_ptr_null(past);
  ck_assert_uint_eq(earn_doc_fact_count(NULL), 0);
  ck_assert_ptr_null(earn_doc_fact(NULL, 0));
  ck_assert_str_eq(earn_fact_metric(NULL), "");
  ck_assert_str_eq(earn_fact_segment(NULL), "");
  ck_assert_str_eq(earn_fact_period(NULL), "");
  ck_assert_str_eq(earn_fact_calendar_period(NULL), "");
  ck_assert_str_eq(earn_fact_unit(NULL), "");
  ck_assert_int_eq(earn_fact_basis(NULL), EARN_BASIS_REPORTED);
  ck_assert_int_eq(earn_fact_kind_of(NULL), EARN_FACT_ACTUAL);
  ck_assert_int_eq(earn_fact_qualifier(NULL), EARN_QUAL_EXACT);
  earn_decimal d = earn_decimal_from_int(7);
  ck_assert_int_eq(earn_fact_value(NULL, &d), 0);
  ck_assert_int_eq(earn_fact_yoy(NULL, &d, NULL), 0);
  ck_assert_int_eq(earn_fact_qoq(NULL, &d, NULL), 0);
  ck_assert_int_eq(earn_decimal_cmp(d, earn_decimal_from_int(7)), 0);
  earn_span sp = earn_fact_statement_span(NULL);
  ck_assert_uint_eq(sp.end - sp.start, 0);
  sp = earn_fact_value_span(NULL);
  ck_assert_uint_eq(sp.end - sp.start, 0);
  sp = earn_fact_metric_span(NULL);
  ck_assert_uint_eq(sp.end - sp.start, 0);
  ck_assert_uint_eq(earn_fact_mention_count(NULL), 0);
  sp = earn_fact_mention(NULL, 0);
  ck_assert_uint_eq(sp.end - sp.start, 0);
  ck_assert_ptr_nonnull(earn_fact_rule(NULL));
  ck_assert_ptr_nonnull(earn_fact_source(NULL));
  ck_assert_str_eq(earn_basis_name(EARN_BASIS_ADJUSTED), "adjusted");
  ck_assert_str_eq(earn_basis_name(EARN_BASIS_COMPARABLE), "comparable");
  ck_assert_str_eq(earn_fact_kind_name(EARN_FACT_GUIDANCE), "guidance");
  ck_assert_str_eq(earn_fact_kind_name(EARN_FACT_TARGET), "target");
}
END_TEST

/* A mention past the last one is an empty span. */
START_TEST(test_mention_out_of_range) {
  earn_doc *doc = write_doc();
  const earn_fact *f = earn_doc_fact(doc, 0);
  size_t n = earn_fact_mention_count(f);
  earn_span past = earn_fact_mention(f, n);
  earn_doc_free(doc);
  ck_assert_uint_eq(n, 1);
  ck_assert_uint_eq(past.end - past.start, 0);
}
END_TEST

/* Quantities only: no facts and no report. */
START_TEST(test_quantities_only) {
  earn_error err;
  earn_doc *doc = earn_doc_read(ex, write_text, sizeof write_text - 1,
                                EARN_OPT_LANG_EN | EARN_OPT_QUANTITIES_ONLY, &err);
  ck_assert_ptr_nonnull(doc);
  size_t facts = earn_doc_fact_count(doc), quantities = earn_doc_quantity_count(doc);
  bool no_period = earn_doc_period(doc)[0] == '\0';
  earn_doc_free(doc);
  ck_assert_uint_eq(facts, 0);
  ck_assert_uint_gt(quantities, 0);
  ck_assert(no_period);
}
END_TEST

#define COUNT_OF(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* ---- Checks: a stated growth against its two stated values; two values for one fact ----- */

typedef struct dcase {
  test_lang lang;
  const char *text;
  const char *want; /* words the one diagnostic holds; NULL: no diagnostic */
  earn_severity severity;
} dcase;

static const dcase diag_cases[] = {
    /* 120 over 100 is 20%, not 50%. */
    {EN, "Revenue was $120 million, up 50% from $100 million a year ago.",
     "revenue: stated growth 50% but the stated values give 20%", EARN_SEV_WARNING},
    /* Rounded figures: 9.4 over 9.9 is -5.05%, and -5.2% is within their rounding. */
    {EN, "Net income was RMB9.4 billion, a 5.2% decrease from RMB9.9 billion a year ago.", NULL,
     EARN_SEV_INFO},
    {ZH, "营业收入为12.6亿元，上年同期为10.0亿元，同比增长26.0%。", NULL, EARN_SEV_INFO},
    {ZH, "营业收入为12.6亿元，上年同期为10.0亿元，同比增长16.0%。",
     "revenue: stated growth 16.0% but the stated values give 26%", EARN_SEV_WARNING},
    /* Two values for one fact are both kept, with a note. */
    {EN, "Revenue was $125 million. Later in the quarter, revenue was $130 million.",
     "revenue is stated as 130000000 here and as 125000000", EARN_SEV_INFO},
    /* The two ends of a range are no conflict. */
    {EN, "The company expects revenue of $1.30 billion to $1.35 billion.", NULL, EARN_SEV_INFO},
};

START_TEST(test_diagnostic) {
  const dcase *c = &diag_cases[_i];
  earn_error err;
  earn_doc *doc = earn_doc_read(ex, c->text, strlen(c->text), lang_option(c->lang), &err);
  ck_assert_msg(doc != NULL, "%s", err.msg);
  size_t n = earn_doc_diagnostic_count(doc);
  if (!c->want) {
    ck_assert_msg(n == 0, "in \"%s\": unexpected diagnostic \"%s\"", c->text,
                  earn_doc_diagnostic(doc, 0, NULL, NULL));
  } else {
    earn_span span;
    earn_severity sev;
    const char *msg = n == 1 ? earn_doc_diagnostic(doc, 0, &span, &sev) : NULL;
    ck_assert_msg(msg && strstr(msg, c->want) && sev == c->severity,
                  "in \"%s\": %zu diagnostic(s), the first \"%s\"; want one with \"%s\"", c->text,
                  n, n ? earn_doc_diagnostic(doc, 0, NULL, NULL) : "", c->want);
    ck_assert(span.start <= span.end && span.end <= strlen(c->text));
  }
  earn_doc_free(doc);
}
END_TEST

Suite *facts_suite(void) {
  Suite *s = suite_create("facts");
  TCase *tc = tcase_create("cases");
  tcase_add_unchecked_fixture(tc, setup, teardown);
  tcase_add_loop_test(tc, test_case, 0, COUNT_OF(cases));
  tcase_add_loop_test(tc, test_report, 0, COUNT_OF(report_cases));
  tcase_add_test(tc, test_write_csv);
  tcase_add_test(tc, test_write_tsv);
  tcase_add_test(tc, test_write_json);
  tcase_add_test(tc, test_write_errors);
  tcase_add_test(tc, test_write_empty);
  tcase_add_test(tc, test_getters_neutral);
  tcase_add_test(tc, test_mention_out_of_range);
  tcase_add_test(tc, test_quantities_only);
  tcase_add_loop_test(tc, test_diagnostic, 0, COUNT_OF(diag_cases));
  tcase_set_timeout(tc, 120);
  suite_add_tcase(s, tc);
  return s;
}
