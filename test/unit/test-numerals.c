/* SPDX-License-Identifier: MIT */
/* Tests of the numeral parsers: digit strings, kanji/hanzi numerals, number words, fractions. */
#include <stdlib.h>
#include <string.h>

#include "private.h"
#include "suites.h"

typedef enum parser { P_DIGITS, P_CJK, P_WORDS, P_FRACTION } parser;

typedef struct numeral_case {
  parser parser;
  const char *text;
  size_t len; /* bytes handed to the parser; 0 means all of text */
  size_t pos;
  bool ok;
  const char *value; /* normalised and formatted */
  size_t end;
  uint32_t flags;
  unsigned int_digits;
} numeral_case;

#define FA (EARN_NUM_ASCII | EARN_NUM_HAS_DIGIT)
#define FK (EARN_NUM_KANJI | EARN_NUM_HAS_DIGIT)
#define FG EARN_NUM_GROUPED
#define FD EARN_NUM_DECIMAL
#define FS EARN_NUM_CJK_SCALE
#define FW EARN_NUM_WORDS
#define FH EARN_NUM_HAS_DIGIT
#define FF EARN_NUM_FRACTION
#define FI EARN_NUM_INEXACT

#define YES(P, T, V, E, F, D)                                                                      \
  { P, T, 0, 0, true, V, E, F, D }
#define YES_AT(P, T, POS, V, E, F, D)                                                              \
  { P, T, 0, POS, true, V, E, F, D }
#define YES_CUT(P, T, LEN, V, E, F, D)                                                             \
  { P, T, LEN, 0, true, V, E, F, D }
#define NO(P, T)                                                                                   \
  { P, T, 0, 0, false, NULL, 0, 0, 0 }
#define NO_CUT(P, T, LEN)                                                                          \
  { P, T, LEN, 0, false, NULL, 0, 0, 0 }

static const numeral_case cases[] = {
    /* ASCII digit strings */
    YES(P_DIGITS, "0", "0", 1, FA, 1),
    YES(P_DIGITS, "7", "7", 1, FA, 1),
    YES(P_DIGITS, "2025年", "2025", 4, FA, 4),
    YES(P_DIGITS, "1,234", "1234", 5, FA | FG, 4),
    YES(P_DIGITS, "123,456", "123456", 7, FA | FG, 6),
    YES(P_DIGITS, "1,234,567", "1234567", 9, FA | FG, 7),
    YES(P_DIGITS, "12,345,678.9", "12345678.9", 12, FA | FG | FD, 8),
    YES(P_DIGITS, "1、234", "1234", 7, FA | FG, 4),
    YES(P_DIGITS, "1、234、567円", "1234567", 13, FA | FG, 7),
    YES(P_DIGITS, "1,234、567", "1234", 5, FA | FG, 4),
    YES(P_DIGITS, "1、234,567", "1234", 7, FA | FG, 4),
    YES(P_DIGITS, "1,2", "1", 1, FA, 1),
    YES(P_DIGITS, "1,23", "1", 1, FA, 1),
    YES(P_DIGITS, "12,34", "12", 2, FA, 2),
    YES(P_DIGITS, "1,2345", "1", 1, FA, 1),
    YES(P_DIGITS, "1,234,56", "1234", 5, FA | FG, 4),
    YES(P_DIGITS, "1,234,5678", "1234", 5, FA | FG, 4),
    YES(P_DIGITS, "2024, 2025", "2024", 4, FA, 4),
    YES(P_DIGITS, "12345,678", "12345", 5, FA, 5),
    YES(P_DIGITS, "1234,567", "1234", 4, FA, 4),
    YES(P_DIGITS, "1 234", "1", 1, FA, 1),
    YES(P_DIGITS, "1,234 567", "1234", 5, FA | FG, 4),
    YES(P_DIGITS, "3.", "3", 1, FA, 1),
    YES(P_DIGITS, "3.x", "3", 1, FA, 1),
    YES(P_DIGITS, "3.5", "3.5", 3, FA | FD, 1),
    YES(P_DIGITS, "3.5.2", "3.5", 3, FA | FD, 1),
    YES(P_DIGITS, "3719.56億", "3719.56", 7, FA | FD, 4),
    YES(P_DIGITS, "1,527.4百万", "1527.4", 7, FA | FG | FD, 4),
    YES(P_DIGITS, "1,000.", "1000", 5, FA | FG, 4),
    YES(P_DIGITS, "1,000.25", "1000.25", 8, FA | FG | FD, 4),
    YES(P_DIGITS, "12.345,678", "12.345", 6, FA | FD, 2),
    YES(P_DIGITS, "0.05", "0.05", 4, FA | FD, 1),
    YES(P_DIGITS, "1.50", "1.5", 4, FA | FD, 1),
    YES(P_DIGITS, "007", "7", 3, FA, 3),
    YES(P_DIGITS, "000", "0", 3, FA, 3),
    YES(P_DIGITS, "0.123456789012", "0.123456789012", 14, FA | FD, 1),
    YES_AT(P_DIGITS, "x12y", 1, "12", 3, FA, 2),
    YES(P_DIGITS, "99999999999999999999999999999999999999",
        "99999999999999999999999999999999999999", 38, FA, 38),
    NO(P_DIGITS, "999999999999999999999999999999999999999"),
    YES(P_DIGITS, "000000000000000000000000000000000000000000000000001", "1", 51, FA, 51),
    NO(P_DIGITS,
       "00000000000000000000000000000000000000000000000000000000000000000000000000000000000001"),
    NO(P_DIGITS, "10000000000000000000000000000000000000000"),
    NO(P_DIGITS, "0.0000000000000000000000000000000000000000000001"),
    NO(P_DIGITS, "1,234,567,890,123,456,789,012,345,678,901,234,567,890"),
    NO(P_DIGITS, "、"),
    NO(P_DIGITS, ""),
    NO(P_DIGITS, "abc"),
    NO(P_DIGITS, ",123"),
    NO(P_DIGITS, ".5"),
    NO(P_DIGITS, "-5"),
    NO(P_DIGITS, "１２"),
    YES_CUT(P_DIGITS, "1、234", 3, "1", 1, FA, 1),
    YES_CUT(P_DIGITS, "1、234", 6, "1", 1, FA, 1),
    YES_CUT(P_DIGITS, "1,234", 4, "1", 1, FA, 1),
    YES_CUT(P_DIGITS, "1,234,567", 8, "1234", 5, FA | FG, 4),
    YES_CUT(P_DIGITS, "3.5", 2, "3", 1, FA, 1),

    /* Kanji/hanzi and mixed numerals */
    YES(P_CJK, "十", "10", 3, FS, 0),
    YES(P_CJK, "十五", "15", 6, FK | FS, 0),
    YES(P_CJK, "二十一", "21", 9, FK | FS, 0),
    YES(P_CJK, "三十三", "33", 9, FK | FS, 0),
    YES(P_CJK, "一百零六", "106", 12, FK | FS, 0),
    YES(P_CJK, "一千零五十", "1050", 15, FK | FS, 0),
    YES(P_CJK, "三千万", "30000000", 9, FK | FS, 0),
    YES(P_CJK, "3千万", "30000000", 7, FA | FS, 1),
    YES(P_CJK, "3719.56億", "371956000000", 10, FA | FD | FS, 4),
    YES(P_CJK, "631億19百万", "63119000000", 14, FA | FS, 3),
    YES(P_CJK, "1兆2,345億", "1234500000000", 12, FA | FG | FS, 1),
    YES(P_CJK, "375,216百万", "375216000000", 13, FA | FG | FS, 6),
    YES(P_CJK, "1,527.4百万", "1527400000", 13, FA | FG | FD | FS, 4),
    YES(P_CJK, "7000万", "70000000", 7, FA | FS, 4),
    YES(P_CJK, "1.6億", "160000000", 6, FA | FD | FS, 1),
    YES(P_CJK, "38万", "380000", 5, FA | FS, 2),
    YES(P_CJK, "10万", "100000", 5, FA | FS, 2),
    YES(P_CJK, "1,000万円", "10000000", 8, FA | FG | FS, 4),
    YES(P_CJK, "1.5千", "1500", 6, FA | FD | FS, 1),
    YES(P_CJK, "1千2百", "1200", 8, FA | FS, 1),
    YES(P_CJK, "1億2000万", "120000000", 11, FA | FS, 1),
    YES(P_CJK, "4億5千万", "450000000", 11, FA | FS, 1),
    YES(P_CJK, "两千", "2000", 6, FK | FS, 0),
    YES(P_CJK, "两百亿", "20000000000", 9, FK | FS, 0),
    YES(P_CJK, "六十五亿", "6500000000", 12, FK | FS, 0),
    YES(P_CJK, "十亿", "1000000000", 6, FS, 0),
    YES(P_CJK, "百万", "1000000", 6, FS, 0),
    YES(P_CJK, "千秋", "1000", 3, FS, 0),
    YES(P_CJK, "壱万", "10000", 6, FK | FS, 0),
    YES(P_CJK, "弐千参百", "2300", 12, FK | FS, 0),
    YES(P_CJK, "二十万三千", "203000", 15, FK | FS, 0),
    YES(P_CJK, "一万千", "11000", 9, FK | FS, 0),
    YES(P_CJK, "九千九百九十九兆", "9999000000000000", 24, FK | FS, 0),
    YES(P_CJK, "二〇二五", "2025", 12, FK, 0),
    YES(P_CJK, "二〇二五年", "2025", 12, FK, 0),
    YES(P_CJK, "一二〇〇万", "12000000", 15, FK | FS, 0),
    YES(P_CJK, "〇", "0", 3, FK, 0),
    YES(P_CJK, "零", "0", 3, FK, 0),
    YES(P_CJK, "三桁", "3", 3, FK, 0),
    YES(P_CJK, "参加", "3", 3, FK, 0),
    YES(P_CJK, "三3", "3", 3, FK, 0),
    YES(P_CJK, "百分之三十", "100", 3, FS, 0),
    YES(P_CJK, "3万亿", "3000000000000", 7, FA | FS, 1),
    YES(P_CJK, "三万亿", "3000000000000", 9, FK | FS, 0),
    YES(P_CJK, "3.5万亿元", "3500000000000", 9, FA | FD | FS, 1),
    YES(P_CJK, "十万亿", "10000000000000", 9, FS, 0),
    YES(P_CJK, "1万万", "10000", 4, FA | FS, 1),
    YES(P_CJK, "1億万", "100000000", 4, FA | FS, 1),
    YES(P_CJK, "3万2億", "30000", 4, FA | FS, 1),
    YES(P_CJK, "1兆1兆", "1000000000000", 4, FA | FS, 1),
    YES(P_CJK, "十十", "10", 3, FS, 0),
    YES_AT(P_CJK, "約3千万円", 3, "30000000", 10, FA | FS, 1),
    YES(P_CJK, "一一一一一一一一一一一一一一一一一一一一一一一一一一一一一一一一一一一一一一",
        "11111111111111111111111111111111111111", 114, FK, 0),
    NO(P_CJK, "一一一一一一一一一一一一一一一一一一一一一一一一一一一一一一一一一一一一一一一"),
    YES(P_CJK, "12345678901234567890123456789012345678兆",
        "12345678901234567890123456789012345678000000000000", 41, FA | FS, 38),
    NO(P_CJK, "99999999999999999999999999999999999999万1"),
    NO(P_CJK, "999999999999999999999999999999999999999万"),
    NO(P_CJK, "2025年"),
    NO(P_CJK, "2026年度"),
    NO(P_CJK, "2025"),
    NO(P_CJK, "3.5"),
    NO(P_CJK, "1,234"),
    NO(P_CJK, "3三"),
    NO(P_CJK, "万"),
    NO(P_CJK, "億円"),
    NO(P_CJK, "亿"),
    NO(P_CJK, "兆"),
    NO(P_CJK, "二三千"),
    NO(P_CJK, "二三"),
    NO(P_CJK, "、"),
    NO(P_CJK, ""),
    NO(P_CJK, "abc"),
    YES_CUT(P_CJK, "三千", 4, "3", 3, FK, 0),
    YES_CUT(P_CJK, "三千", 5, "3", 3, FK, 0),
    NO_CUT(P_CJK, "千", 2),
    NO_CUT(P_CJK, "1万", 3),
    YES_CUT(P_CJK, "1万2千", 6, "10002", 5, FA | FS, 1),
    /* 零 holds an empty place, so 十 after it counts one ten (一万零十二); 点 after a big
       multiplier is a decimal part of units (两千万点五五), and nothing may follow it. */
    YES(P_CJK, "一万零十二点一五", "10012.15", 24, FK | FS | FD, 0),
    YES(P_CJK, "两千万点五五", "20000000.55", 18, FK | FS | FD, 0),
    YES(P_CJK, "壹万零拾贰点壹伍", "10012.15", 24, FK | FS | FD, 0),
    YES(P_CJK, "一千零十", "1010", 12, FK | FS, 0),
    YES(P_CJK, "一亿零十万", "100100000", 15, FK | FS, 0),
    YES(P_CJK, "三万零五十点五", "30050.5", 21, FK | FS | FD, 0),
    YES(P_CJK, "两万点五", "20000.5", 12, FK | FS | FD, 0),
    YES(P_CJK, "2000万点五五", "20000000.55", 16, FA | FS | FD, 4),
    YES(P_CJK, "两千万点五五亿", "20000000.55", 18, FK | FS | FD, 0),
    YES(P_CJK, "两千万点五五万", "20000000.55", 18, FK | FS | FD, 0),
    YES(P_CJK, "一万点", "10000", 6, FK | FS, 0),
    YES(P_CJK, "零十", "0", 3, FK, 0),
    /* A space may part the sections of one numeral when the section after it closes with a
       smaller multiplier (7万 5千); otherwise the numeral ends before the space. */
    YES(P_CJK, "7万 5千", "75000", 9, FA | FS, 1),
    YES(P_CJK, "7万5千", "75000", 8, FA | FS, 1),
    YES(P_CJK, "七万 五千", "75000", 13, FK | FS, 0),
    YES(P_CJK, "1億 2000万", "120000000", 12, FA | FS, 1),
    YES(P_CJK, "3亿 5,000万", "350000000", 13, FA | FG | FS, 1),
    YES(P_CJK, "1000 万", "10000000", 8, FA | FS, 4),
    YES(P_CJK, "7万 5", "70000", 4, FA | FS, 1),
    YES(P_CJK, "7万 5人", "70000", 4, FA | FS, 1),
    YES(P_CJK, "七万 五", "70000", 6, FK | FS, 0),
    YES(P_CJK, "3万 2万", "30000", 4, FA | FS, 1),
    YES(P_CJK, "7万 二三千", "70000", 4, FA | FS, 1),
    YES(P_CJK, "7万  5千", "70000", 4, FA | FS, 1),
    YES(P_CJK, "7万 5千 3百", "75000", 9, FA | FS, 1),
    YES_CUT(P_CJK, "7万 5千", 6, "70000", 4, FA | FS, 1),

    /* English number words */
    YES(P_WORDS, "one", "1", 3, FW | FH, 0),
    YES(P_WORDS, "Three", "3", 5, FW | FH, 0),
    YES(P_WORDS, "zero", "0", 4, FW | FH, 0),
    YES(P_WORDS, "seventeen", "17", 9, FW | FH, 0),
    YES(P_WORDS, "twenty-one", "21", 10, FW | FH, 0),
    YES(P_WORDS, "twenty one", "21", 10, FW | FH, 0),
    YES(P_WORDS, "Twenty-One", "21", 10, FW | FH, 0),
    YES(P_WORDS, "ninety-nine", "99", 11, FW | FH, 0),
    YES(P_WORDS, "one hundred and six", "106", 19, FW | FH, 0),
    YES(P_WORDS, "one hundred six", "106", 15, FW | FH, 0),
    YES(P_WORDS, "one hundred and", "100", 11, FW | FH, 0),
    YES(P_WORDS, "eleven hundred and eleven", "1111", 25, FW | FH, 0),
    YES(P_WORDS, "nineteen hundred", "1900", 16, FW | FH, 0),
    YES(P_WORDS, "twenty-five hundred", "2500", 19, FW | FH, 0),
    YES(P_WORDS, "twelve million", "12000000", 14, FW | FH, 0),
    YES(P_WORDS, "two point five million users", "2500000", 22, FW | FH | FD, 0),
    YES(P_WORDS, "one hundred point zero three", "100.03", 28, FW | FH | FD, 0),
    YES(P_WORDS, "three point one four", "3.14", 20, FW | FH | FD, 0),
    YES(P_WORDS, "one point of view", "1", 3, FW | FH, 0),
    YES(P_WORDS, "twelve million point five", "12000000", 14, FW | FH, 0),
    YES(P_WORDS, "THREE MILLION", "3000000", 13, FW | FH, 0),
    YES(P_WORDS, "three trillion", "3000000000000", 14, FW | FH, 0),
    YES(P_WORDS, "one million two hundred thousand", "1200000", 32, FW | FH, 0),
    YES(P_WORDS, "two thousand and one", "2001", 20, FW | FH, 0),
    YES(P_WORDS, "nine hundred ninety-nine billion nine hundred million", "999900000000", 53,
        FW | FH, 0),
    YES(P_WORDS, "one thousand million", "1000", 12, FW | FH, 0),
    YES(P_WORDS, "one million million", "1000000", 11, FW | FH, 0),
    YES(P_WORDS, "three\nmillion", "3000000", 13, FW | FH, 0),
    YES(P_WORDS, "three  million", "3000000", 14, FW | FH, 0),
    YES(P_WORDS, "three\n\nmillion", "3", 5, FW | FH, 0),
    YES(P_WORDS, "three, million", "3", 5, FW | FH, 0),
    YES(P_WORDS, "a hundred", "100", 9, FW, 0),
    YES(P_WORDS, "a thousand", "1000", 10, FW, 0),
    YES(P_WORDS, "a hundred thousand", "100000", 18, FW, 0),
    YES(P_WORDS, "a dozen", "12", 7, FW, 0),
    YES(P_WORDS, "dozen", "12", 5, FW, 0),
    YES(P_WORDS, "two dozen", "24", 9, FW | FH, 0),
    YES(P_WORDS, "half", "0.5", 4, FW | FF, 0),
    YES(P_WORDS, "a half", "0.5", 6, FW | FF, 0),
    YES(P_WORDS, "half a million", "500000", 14, FW | FF, 0),
    YES(P_WORDS, "a half million", "500000", 14, FW | FF, 0),
    YES(P_WORDS, "half a dozen", "6", 12, FW | FF, 0),
    YES(P_WORDS, "half a point", "0.5", 4, FW | FF, 0),
    YES(P_WORDS, "one and a half", "1.5", 14, FW | FH | FF, 0),
    YES(P_WORDS, "one and a half and", "1.5", 14, FW | FH | FF, 0),
    YES(P_WORDS, "two and a half million", "2500000", 22, FW | FH | FF, 0),
    YES(P_WORDS, "one and a quarter", "1", 3, FW | FH, 0),
    YES(P_WORDS, "one half", "0.5", 8, FW | FH | FF, 0),
    YES(P_WORDS, "one third", "0.3333333333", 9, FW | FH | FF | FI, 0),
    YES(P_WORDS, "a third", "0.3333333333", 7, FW | FF | FI, 0),
    YES(P_WORDS, "two thirds", "0.6666666667", 10, FW | FH | FF | FI, 0),
    YES(P_WORDS, "two-thirds", "0.6666666667", 10, FW | FH | FF | FI, 0),
    YES(P_WORDS, "three fifths", "0.6", 12, FW | FH | FF, 0),
    YES(P_WORDS, "one fourth", "0.25", 10, FW | FH | FF, 0),
    YES(P_WORDS, "nine tenths", "0.9", 11, FW | FH | FF, 0),
    YES(P_WORDS, "five thirds", "5", 4, FW | FH, 0),
    YES(P_WORDS, "twenty one thirds", "21", 10, FW | FH, 0),
    YES(P_WORDS, "one quarter", "1", 3, FW | FH, 0),
    YES(P_WORDS, "three and", "3", 5, FW | FH, 0),
    YES(P_WORDS, "three and four", "3", 5, FW | FH, 0),
    YES(P_WORDS, "one two", "1", 3, FW | FH, 0),
    YES(P_WORDS, "three-year", "3", 5, FW | FH, 0),
    YES(P_WORDS, "one-", "1", 3, FW | FH, 0),
    YES(P_WORDS, "one's", "1", 3, FW | FH, 0),
    YES_AT(P_WORDS, "in one hundred", 3, "100", 14, FW | FH, 0),
    YES_CUT(P_WORDS, "seventeen", 5, "7", 5, FW | FH, 0),
    YES_CUT(P_WORDS, "one hundred", 9, "1", 3, FW | FH, 0),
    YES_CUT(P_WORDS, "twenty-one", 7, "20", 6, FW | FH, 0),
    NO(P_WORDS, "a quarter"),
    NO(P_WORDS, "a"),
    NO(P_WORDS, "a lot"),
    NO(P_WORDS, "hundred"),
    NO(P_WORDS, "thousand"),
    NO(P_WORDS, "million dollars"),
    NO(P_WORDS, "and"),
    NO(P_WORDS, "thirds"),
    NO(P_WORDS, "ones"),
    NO(P_WORDS, "once"),
    NO(P_WORDS, "tens"),
    NO(P_WORDS, "oneself"),
    NO(P_WORDS, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
    NO(P_WORDS, ""),
    NO(P_WORDS, "3"),
    NO_CUT(P_WORDS, "one", 2),

    /* Fractions */
    YES(P_FRACTION, "1/2", "0.5", 3, FF | FA, 1),
    YES(P_FRACTION, "3/4", "0.75", 3, FF | FA, 1),
    YES(P_FRACTION, "1/3", "0.3333333333", 3, FF | FA | FI, 1),
    YES(P_FRACTION, "2/3", "0.6666666667", 3, FF | FA | FI, 1),
    YES(P_FRACTION, "1/10", "0.1", 4, FF | FA, 1),
    YES(P_FRACTION, "1/100", "0.01", 5, FF | FA, 1),
    YES(P_FRACTION, "99/100", "0.99", 6, FF | FA, 2),
    YES(P_FRACTION, "1/2,", "0.5", 3, FF | FA, 1),
    YES(P_FRACTION, "1 4/5", "1.8", 5, FF | FA, 1),
    YES(P_FRACTION, "10 1/2", "10.5", 6, FF | FA, 2),
    YES(P_FRACTION, "2 2/3", "2.6666666667", 5, FF | FA | FI, 1),
    YES_AT(P_FRACTION, "x1/2", 1, "0.5", 4, FF | FA, 1),
    YES(P_FRACTION, "3分の1", "0.3333333333", 8, FF | FA | FI, 1),
    YES(P_FRACTION, "2分の1", "0.5", 8, FF | FA, 1),
    YES(P_FRACTION, "100分の1", "0.01", 10, FF | FA, 3),
    YES(P_FRACTION, "三分之一", "0.3333333333", 12, FF | FK | FI, 0),
    YES(P_FRACTION, "三分の二", "0.6666666667", 12, FF | FK | FI, 0),
    YES(P_FRACTION, "二分之一", "0.5", 12, FF | FK, 0),
    YES(P_FRACTION, "四分の3", "0.75", 10, FF | FK | FA, 0),
    YES(P_FRACTION, "十分之一", "0.1", 12, FF | FK | FS, 0),
    YES(P_FRACTION, "百分の一", "0.01", 12, FF | FK | FS, 0),
    NO(P_FRACTION, "12/31"),
    NO(P_FRACTION, "3/31/2025"),
    NO(P_FRACTION, "1/2/2025"),
    NO(P_FRACTION, "5/4"),
    NO(P_FRACTION, "0/2"),
    NO(P_FRACTION, "01/02"),
    NO(P_FRACTION, "1/1"),
    NO(P_FRACTION, "1/11"),
    NO(P_FRACTION, "1/2.5"),
    NO(P_FRACTION, "1/2,000"),
    NO(P_FRACTION, "1 12/31"),
    NO(P_FRACTION, "1  1/2"),
    NO(P_FRACTION, "1 /2"),
    NO(P_FRACTION, "/2"),
    NO(P_FRACTION, "1/"),
    NO(P_FRACTION, "百分之三十"),
    NO(P_FRACTION, "100分之1"),
    NO(P_FRACTION, "三分"),
    NO(P_FRACTION, "三分之"),
    NO(P_FRACTION, "三分之五"),
    NO(P_FRACTION, "12分の1"),
    NO(P_FRACTION, "3分の1.5"),
    NO(P_FRACTION, "半"),
    NO(P_FRACTION, "one half"),
    NO(P_FRACTION, "、"),
    NO(P_FRACTION, ""),
    NO_CUT(P_FRACTION, "三分之一", 11),
    NO_CUT(P_FRACTION, "1/2", 2),
};

static bool run_parser(parser p, const char *s, size_t len, size_t pos, earn_numeral *out) {
  switch (p) {
  case P_DIGITS:
    return earn_parse_digits(s, len, pos, out);
  case P_CJK:
    return earn_parse_cjk(s, len, pos, out);
  case P_WORDS:
    return earn_parse_words(s, len, pos, out);
  case P_FRACTION:
  default:
    return earn_parse_fraction(s, len, pos, out);
  }
}

/* A heap copy of exactly len bytes, so that the sanitizers catch any read past len. */
static char *exact_copy(const char *text, size_t len) {
  char *buf = malloc(len ? len : 1);
  ck_assert_ptr_nonnull(buf);
  memcpy(buf, text, len);
  return buf;
}

static const char *format_value(earn_decimal d, char *buf, size_t cap) {
  earn_decimal_format(earn_decimal_normalize(d), buf, cap);
  return buf;
}

START_TEST(test_numeral_case) {
  const numeral_case *c = &cases[_i];
  size_t len = c->len ? c->len : strlen(c->text);
  char *buf = exact_copy(c->text, len);
  earn_numeral out, untouched;
  memset(&out, 0xA5, sizeof out);
  memcpy(&untouched, &out, sizeof out);
  bool ok = run_parser(c->parser, buf, len, c->pos, &out);
  free(buf);
  ck_assert_msg(ok == c->ok, "case %d \"%s\": returned %d", _i, c->text, ok);
  if (!ok) {
    ck_assert_msg(memcmp(&out, &untouched, sizeof out) == 0, "case %d: out touched", _i);
    return;
  }
  char value[EARN_DECIMAL_BUFSIZE];
  ck_assert_msg(strcmp(format_value(out.value, value, sizeof value), c->value) == 0,
                "case %d \"%s\": value %s, want %s", _i, c->text, value, c->value);
  ck_assert_msg(out.end == c->end, "case %d \"%s\": end %zu, want %zu", _i, c->text, out.end,
                c->end);
  ck_assert_msg(out.flags == c->flags, "case %d \"%s\": flags 0x%x, want 0x%x", _i, c->text,
                (unsigned)out.flags, (unsigned)c->flags);
  ck_assert_msg(out.int_digits == c->int_digits, "case %d \"%s\": int_digits %u, want %u", _i,
                c->text, out.int_digits, c->int_digits);
}
END_TEST

/* The digits keep the precision they were written with; only the test above normalises. */
START_TEST(test_digits_keep_trailing_zeros) {
  earn_numeral out;
  char value[EARN_DECIMAL_BUFSIZE];
  ck_assert(earn_parse_digits("1.50", 4, 0, &out));
  earn_decimal_format(out.value, value, sizeof value);
  ck_assert_str_eq(value, "1.50");
  ck_assert(earn_parse_cjk("1.6億", 6, 0, &out));
  ck_assert_int_eq(earn_decimal_cmp(out.value, earn_decimal_from_int(160000000)), 0);
}
END_TEST

static const char *const hostile[] = {
    "1,234、567.89億2千万亿three and a half 1 4/5 三分之一 3分の1 二〇二五",
    "百分之三十、、,,..//  "
    "一一一一一一一一一一一一一一一一一一一一一一一一一一一一一一一一一一一一一一一",
    "99999999999999999999999999999999999999999999999999999999999999999999999999999999999999",
    "a a a and and half a a dozen dozen one-two-three- hundred thousand million billion",
    "1/2/3/4/5 9 9/10 "
    "零零零零零零零零零零零零零零零零零零零零零零零零零零零零零零零零零零零零零零零零零",
    "一百零零零零零零零零零零零零零零零零零零零零零零零零零零零零零零零零零零零零零零零零零零零零",
    "7万 5千 万 一万零十二点一五两千万点五五亿 3万 2万 零十零百 一万 零 点 1億 2 3",
};

/* Every parser at every offset of every prefix: no crash, no read past len, ends in range. */
START_TEST(test_hostile_prefixes) {
  const char *text = hostile[_i];
  size_t full = strlen(text);
  for (size_t len = 0; len <= full; len++) {
    char *buf = exact_copy(text, len);
    for (size_t pos = 0; pos <= len; pos++) {
      for (int p = P_DIGITS; p <= P_FRACTION; p++) {
        earn_numeral out;
        if (run_parser((parser)p, buf, len, pos, &out))
          ck_assert_msg(out.end > pos && out.end <= len, "parser %d at %zu of %zu: end %zu", p, pos,
                        len, out.end);
      }
    }
    free(buf);
  }
}
END_TEST

Suite *numerals_suite(void) {
  Suite *s = suite_create("numerals");
  TCase *tc = tcase_create("cases");
  tcase_add_loop_test(tc, test_numeral_case, 0, (int)(sizeof cases / sizeof cases[0]));
  tcase_add_test(tc, test_digits_keep_trailing_zeros);
  suite_add_tcase(s, tc);
  TCase *hostile_tc = tcase_create("hostile");
  tcase_set_timeout(hostile_tc, 60);
  tcase_add_loop_test(hostile_tc, test_hostile_prefixes, 0,
                      (int)(sizeof hostile / sizeof hostile[0]));
  suite_add_tcase(s, hostile_tc);
  return s;
}
