/* SPDX-License-Identifier: MIT */
/* Statements as other writers put them: each construction the fact reader knows, written
   several ways (other verbs, word order, punctuation, scale words, full-width forms) in the
   languages it occurs in. A case lists every fact its text holds, no more, each as
   "metric|segment|basis|period|kind|value|unit|qualifier|yoy|qoq|evidence", where the evidence
   is the text of the fact's figure (its value, or its rate when it has no value); a report
   case gives the document's issuer and period. Every company, product and figure is invented. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "extractor-fixture.h"
#include "suites.h"

typedef struct scase {
  test_lang lang;
  const char *text;
  const char *const *facts; /* NULL-terminated */
} scase;

#define S(L, T, ...)                                                                               \
  {                                                                                                \
    L, T, (const char *const[]) { __VA_ARGS__, NULL }                                              \
  }
#define NONE(L, T)                                                                                 \
  {                                                                                                \
    L, T, (const char *const[]) { NULL }                                                           \
  }

static const scase cases[] = {
    /* ---- A bare year is the fiscal year: before a metric, a verb or a comma ---------------- */
    S(ZH, "星河电器2024年净利3.2亿元，同比增长12%。",
      "net_income||reported|FY2024|actual|320000000|CNY|exact|12||3.2亿元"),
    S(ZH, "公司预计2025年营业收入为86亿元。",
      "revenue||reported|FY2025|guidance|8600000000|CNY|exact|||86亿元"),
    S(ZH, "公司发布业绩快报，2024年实现营业收入12.5亿元。",
      "revenue||reported|FY2024|actual|1250000000|CNY|exact|||12.5亿元"),
    S(ZH, "集团2023年收入突破1700亿元，同比增长20%以上。",
      "revenue||reported|FY2023|actual|170000000000|CNY|more_than|20||突破1700亿元"),
    S(ZH, "快报显示，2024年，公司营业收入为7.1亿元。",
      "revenue||reported|FY2024|actual|710000000|CNY|exact|||7.1亿元"),
    S(JA, "2024年の売上高は320億円でした。",
      "revenue||reported|FY2024|actual|32000000000|JPY|exact|||320億円"),
    /* ... but not a year that is a point in time or a founding date. */
    S(ZH, "截至2024年末，会员数达到3200万。",
      "members||reported||actual|32000000|members|exact|||3200万"),
    S(ZH, "公司成立于2005年，2024年营业收入为8亿元。",
      "revenue||reported|FY2024|actual|800000000|CNY|exact|||8亿元"),
    /* A year without 年 before a part of it. */
    S(ZH, "2021全年营收突破800亿元。",
      "revenue||reported|FY2021|actual|80000000000|CNY|more_than|||突破800亿元"),
    S(ZH, "青松游戏2020前三季实现营收约20.5亿元，同比增长31.79%。",
      "revenue||reported|FY2020Q1-Q3|actual|2050000000|CNY|approx|31.79||约20.5亿元"),
    S(ZH, "2023年前三季度营业收入为9.6亿元。",
      "revenue||reported|FY2023Q1-Q3|actual|960000000|CNY|exact|||9.6亿元"),
    /* Quarters without 度, fiscal quarters, years in Chinese numerals. */
    S(ZH, "2023年第四季营收为3亿元。",
      "revenue||reported|FY2023Q4|actual|300000000|CNY|exact|||3亿元"),
    S(ZH, "2023年第二财季营收为24.9亿元，同比增长26%。",
      "revenue||reported|FY2023Q2|actual|2490000000|CNY|exact|26||24.9亿元"),
    S(ZH, "截至二零二一年十二月三十一日止年度，收入为人民币5.2亿元。",
      "revenue||reported|FY2021|actual|520000000|CNY|exact|||人民币5.2亿元"),
    S(ZH, "截至二〇二二年三月三十一日止年度，本集团收入为港币8.8亿元。",
      "revenue||reported|FY2022|actual|880000000|HKD|exact|||港币8.8亿元"),

    /* ---- A change before the level (ja): the level is the value ---------------------------- */
    S(JA, "売上高は前期比12億30百万円減少の456億70百万円となりました。",
      "revenue||reported||actual|45670000000|JPY|exact|||456億70百万円"),
    S(JA, "営業利益は、前連結会計年度に比べ２億97百万円増加の447億９百万円となりました。",
      "operating_income||reported||actual|44709000000|JPY|exact|||447億９百万円"),
    S(JA, "経常利益は前期比2億10百万円改善の8億40百万円となりました。",
      "ordinary_income||reported||actual|840000000|JPY|exact|||8億40百万円"),
    S(JA, "売上高は前年同期比3.2%減の980億円となりました。",
      "revenue||reported||actual|98000000000|JPY|exact|-3.2||980億円"),
    S(JA, "売上高は前期比若干減少の1,095億57百万円となりました。",
      "revenue||reported||actual|109557000000|JPY|exact|||1,095億57百万円"),
    /* English and Chinese put the change after its verb. */
    S(EN, "Revenue rose $120 million to $2.4 billion.",
      "revenue||reported||actual|2400000000|USD|exact|||$2.4 billion"),
    S(ZH, "营业收入同比增加3亿元至45亿元。",
      "revenue||reported||actual|4500000000|CNY|exact|||45亿元"),

    /* ... with the change's rate in parentheses before the verb */
    S(JA, "売上高は、前連結会計年度に比べ142億円（3.2%）減少の4,363億円となりました。",
      "revenue||reported||actual|436300000000|JPY|exact|-3.2||4,363億円"),
    S(JA, "売上高は、前期比142億円（△3.2％）減の4,363億円でした。",
      "revenue||reported||actual|436300000000|JPY|exact|-3.2||4,363億円"),
    S(JA, "営業利益は、前期に比べ273億円（245.3%）増加の384億円となりました。",
      "operating_income||reported||actual|38400000000|JPY|exact|245.3||384億円"),
    S(JA, "売上高は4,363億円（前期比142億円（3.2%）減少）となりました。",
      "revenue||reported||actual|436300000000|JPY|exact|-3.2||4,363億円"),
    S(JA, "売上高は前期比142億円（3.2%）減少し、4,363億円となりました。",
      "revenue||reported||actual|436300000000|JPY|exact|-3.2||4,363億円"),

    /* An earlier time with a particle of comparison (と比べ, に比較して, 相比) measures a
       change; clauses of one shape share the direction the last one states. */
    S(JA, "売上高は20,440百万円と前年同期と比べ609百万円（2.9％）の減収となりました。",
      "revenue||reported||actual|20440000000|JPY|exact|-2.9||20,440百万円"),
    S(JA,
      "営業利益は1,007百万円と前年同期と比べ319百万円（24.1％）、経常利益は1,123百万円と前年同期と"
      "比べ296百万円（20.9％）の減益となりました。",
      "operating_income||reported||actual|1007000000|JPY|exact|-24.1||1,007百万円",
      "ordinary_income||reported||actual|1123000000|JPY|exact|-20.9||1,123百万円"),
    S(JA, "売上高は、前期に比較して12億円（5.0％）増加し、252億円となりました。",
      "revenue||reported||actual|25200000000|JPY|exact|5.0||252億円"),
    S(JA, "営業利益は前連結会計年度と比べて3億円増加の40億円となりました。",
      "operating_income||reported||actual|4000000000|JPY|exact|||40億円"),
    S(JA,
      "売上高は120億円と前期と比較して8億円（7.1％）の増収、営業利益は12億円と前期と比較して"
      "2億円（20.0％）の増益となりました。",
      "revenue||reported||actual|12000000000|JPY|exact|7.1||120億円",
      "operating_income||reported||actual|1200000000|JPY|exact|20.0||12億円"),
    S(ZH, "与上年同期相比，公司营业收入增长12%，达到30亿元。",
      "revenue||reported||actual|3000000000|CNY|exact|12||30亿元"),

    /* ---- Japanese texts without 。: a line that ends in a verb is a sentence, not a heading;
       a bracketed line under a business's heading is a part of it; 当部門 points back ----- */
    S(JA,
      "①　機能材料\n〔電池材料〕\n環境対応車の市場は好調に推移しました\n〔機能粉〕\n"
      "以上の結果、当部門の売上高は1,457億円となりました",
      "revenue|機能材料|reported||actual|145700000000|JPY|exact|||1,457億円"),
    S(JA, "②　金属\n需要は堅調に推移した\n当セグメントの売上高は1,396億円となった",
      "revenue|金属|reported||actual|139600000000|JPY|exact|||1,396億円"),
    S(JA, "■自動車部品事業\n〔ドアロック〕\n販売は伸び悩みました\n同事業の売上高は80億円です",
      "revenue|自動車部品事業|reported||actual|8000000000|JPY|exact|||80億円"),
    S(JA,
      "③　関連\n貨物専用機においては、下期より路線ネットワークの見直しによる需給適合を図りながら取"
      "り込ん\n"
      "この結果、当部門の売上高は62億円となりました",
      "revenue|関連|reported||actual|6200000000|JPY|exact|||62億円"),
    S(JA, "セグメントの業績は次のとおりです\n当セグメントの売上高は62億円となりました",
      "revenue|当セグメント|reported||actual|6200000000|JPY|exact|||62億円"),

    /* ... a rate and the amount of the same change before one verb; a loss named after its
       figure; an earlier year's figure before the topic's own */
    S(JA, "営業収益は、前連結会計年度と比較して10.2％、4,813百万円減少し、42,231百万円となりました",
      "revenue||reported||actual|42231000000|JPY|exact|-10.2||42,231百万円"),
    S(JA, "営業損益は、前連結会計年度771百万円の営業損失に対し、1,102百万円の営業損失となりました",
      "operating_income||reported||actual|-1102000000|JPY|exact|||1,102百万円",
      "operating_income||reported||actual|-771000000|JPY|exact|||771百万円"),
    S(JA,
      "営業利益は、前連結会計年度3,023百万円に対し、51.7％、1,562百万円減少し、1,461百万円と"
      "なりました",
      "operating_income||reported||actual|1461000000|JPY|exact|-51.7||1,461百万円",
      "operating_income||reported||actual|3023000000|JPY|exact|||3,023百万円"),
    S(JA, "①　(運輸業)\n運輸業の営業収益は21,871百万円となりました",
      "revenue|運輸業|reported||actual|21871000000|JPY|exact|||21,871百万円"),
    /* A text that writes growth as a ratio (前期比100.8％) writes 同7.2％ as one too. */
    S(JA, "売上高は4,967億円（前期比100.8％）となった。経常利益は20億円（同7.2％）となった。",
      "revenue||reported||actual|496700000000|JPY|exact|0.8||4,967億円",
      "ordinary_income||reported||actual|2000000000|JPY|exact|-92.8||20億円"),
    /* A subject broken down (の内訳は, 品目別…については) gives its parts their figures. */
    S(JA,
      "売上収益の内訳は、医療用医薬品が2,439億99百万円(同4.3％増)"
      "、ジェネリック医薬品が280億27百万円"
      "(同1.6％減)です",
      "revenue|医療用医薬品|reported||actual|243999000000|JPY|exact|4.3||2,439億99百万円",
      "revenue|ジェネリック医薬品|reported||actual|28027000000|JPY|exact|-1.6||280億27百万円"),
    S(JA,
      "品目別売上収益については、抗てんかん剤「Banzel」が138億48百万円(前期比4.7％増)、「Fycompa」"
      "が52億54百万円(同36.8％増)とそれぞれ成長を果たしました",
      "revenue|Banzel|reported||actual|13848000000|JPY|exact|4.7||138億48百万円",
      "revenue|Fycompa|reported||actual|5254000000|JPY|exact|36.8||52億54百万円"),
    S(JA,
      "売上高の内訳は、薬品売上高は88億62百万円（前年同期比１億43百万円、1.7％増）、その他売上高は"
      "26百万円（前年同期比０百万円、1.2%増）となりました",
      "revenue|薬品|reported||actual|8862000000|JPY|exact|1.7||88億62百万円",
      "revenue|その他|reported||actual|26000000|JPY|exact|1.2||26百万円"),
    S(JA,
      "なお、製品別の連結売上高は、システム製品（配電制御システム等）が187億６百万円と前年同期比"
      "13.1％の減少、機器製品（低圧遮断器等）が141億67百万円と前年同期比20.7％の減少となりました",
      "revenue|システム製品|reported||actual|18706000000|JPY|exact|-13.1||187億６百万円",
      "revenue|機器製品|reported||actual|14167000000|JPY|exact|-20.7||141億67百万円"),
    /* Line items that are causes (…の減少, …および…の増加) or a count's modifier (顧客の…) are
       no subjects; 前事業年度比 compares with the year before. */
    S(JA,
      "機器製品及び船舶用システム製品の売上の減少もあり、売上高は328億73百万円と前年同期比16.6％の"
      "減少となりました",
      "revenue||reported||actual|32873000000|JPY|exact|-16.6||328億73百万円"),
    S(JA,
      "経常利益は、保険引受収益および資産運用収益の増加などにより、50億円（同6.8％増）となりました",
      "ordinary_income||reported||actual|5000000000|JPY|exact|6.8||50億円"),
    NONE(JA,
         "役務取引等利益は、顧客の外貨取引にともなう手数料の減少などにより、47億円となりました"),
    S(JA, "当事業年度の売上高は25億89百万円（前事業年度比10.3％増）となりました",
      "revenue||reported||actual|2589000000|JPY|exact|10.3||25億89百万円"),
    /* Other items' amounts on the way to the topic's. */
    S(JA,
      "当期純利益につきましては、法人税等調整額の増加97百万円などがあり、前期比４億46百万円増の"
      "27億90百万円（同19.1％増）となりました",
      "net_income||reported||actual|2790000000|JPY|exact|19.1||27億90百万円"),
    S(JA, "営業利益は、一時収益(割安購入益)計上により、590億64百万円(前期比13.7％増)となりました",
      "operating_income||reported||actual|59064000000|JPY|exact|13.7||590億64百万円"),
    S(JA, "基本的1株当たり当期利益は、137円63銭となりました",
      "eps||reported||actual|137.63|JPY|exact|||137円63銭"),

    /* ---- Distribution: listed subjects and listed figures ------------------------------------ */
    S(ZH, "营业收入、净利润分别为86亿元、9.2亿元，同比分别增长12%、15%。",
      "revenue||reported||actual|8600000000|CNY|exact|12||86亿元",
      "net_income||reported||actual|920000000|CNY|exact|15||9.2亿元"),
    S(EN, "Revenue and net income were $5.0 billion and $820 million, respectively.",
      "revenue||reported||actual|5000000000|USD|exact|||$5.0 billion",
      "net_income||reported||actual|820000000|USD|exact|||$820 million"),
    S(EN, "GAAP and non-GAAP net income were $120 million and $150 million, respectively.",
      "net_income||reported||actual|120000000|USD|exact|||$120 million",
      "net_income||adjusted||actual|150000000|USD|exact|||$150 million"),
    S(JA, "売上高、営業利益はそれぞれ100億円、12億円となりました。",
      "revenue||reported||actual|10000000000|JPY|exact|||100億円",
      "operating_income||reported||actual|1200000000|JPY|exact|||12億円"),
    S(EN, "Revenue was $2.0 billion and net income was $300 million, up 5% and 7%, respectively.",
      "revenue||reported||actual|2000000000|USD|exact|5||$2.0 billion",
      "net_income||reported||actual|300000000|USD|exact|7||$300 million"),

    /* Periods listed together take the figures listed after them by position. */
    S(ZH,
      "公司2018年、2019年、2020年营业收入分别为10亿元、12亿元、15亿元，同比分别增长5%、20%、25%。",
      "revenue||reported|FY2018|actual|1000000000|CNY|exact|5||10亿元",
      "revenue||reported|FY2019|actual|1200000000|CNY|exact|20||12亿元",
      "revenue||reported|FY2020|actual|1500000000|CNY|exact|25||15亿元"),
    S(ZH, "2019年和2020年，公司净利润分别为1.2亿元和1.5亿元。",
      "net_income||reported|FY2019|actual|120000000|CNY|exact|||1.2亿元",
      "net_income||reported|FY2020|actual|150000000|CNY|exact|||1.5亿元"),
    S(EN, "In 2023 and 2024, revenue was $10 million and $12 million, respectively.",
      "revenue||reported|FY2023|actual|10000000|USD|exact|||$10 million",
      "revenue||reported|FY2024|actual|12000000|USD|exact|||$12 million"),
    S(EN,
      "Net income for 2022, 2023 and 2024 was $1 million, $2 million and $3 million, "
      "respectively.",
      "net_income||reported|FY2022|actual|1000000|USD|exact|||$1 million",
      "net_income||reported|FY2023|actual|2000000|USD|exact|||$2 million",
      "net_income||reported|FY2024|actual|3000000|USD|exact|||$3 million"),
    S(EN, "For the fiscal years 2023 and 2024, EPS was $1.10 and $1.25.",
      "eps||reported|FY2023|actual|1.10|USD|exact|||$1.10",
      "eps||reported|FY2024|actual|1.25|USD|exact|||$1.25"),
    S(JA, "2023年度、2024年度の売上高はそれぞれ100億円、120億円でした。",
      "revenue||reported|FY2023|actual|10000000000|JPY|exact|||100億円",
      "revenue||reported|FY2024|actual|12000000000|JPY|exact|||120億円"),
    S(ZH, "2022年度及2023年度，公司净利润分别为-1.2亿元、0.5亿元。",
      "net_income||reported|FY2022|actual|-120000000|CNY|exact|||-1.2亿元",
      "net_income||reported|FY2023|actual|50000000|CNY|exact|||0.5亿元"),

    /* A range of years with "respectively" gives each year its figure; a later subject in the
       sentence takes the same periods again (同期); a listed quarter without a year is of the
       year of the first. */
    S(ZH,
      "2016年至2018年，公司营业收入分别为25.60亿元、27.85亿元和56.79亿元，同期净利润分别为"
      "3.26亿元、4.64亿元和6.06亿元。",
      "revenue||reported|FY2016|actual|2560000000|CNY|exact|||25.60亿元",
      "revenue||reported|FY2017|actual|2785000000|CNY|exact|||27.85亿元",
      "revenue||reported|FY2018|actual|5679000000|CNY|exact|||56.79亿元",
      "net_income||reported|FY2016|actual|326000000|CNY|exact|||3.26亿元",
      "net_income||reported|FY2017|actual|464000000|CNY|exact|||4.64亿元",
      "net_income||reported|FY2018|actual|606000000|CNY|exact|||6.06亿元"),
    S(EN, "From 2021 to 2023, revenue was $1 million, $2 million and $3 million, respectively.",
      "revenue||reported|FY2021|actual|1000000|USD|exact|||$1 million",
      "revenue||reported|FY2022|actual|2000000|USD|exact|||$2 million",
      "revenue||reported|FY2023|actual|3000000|USD|exact|||$3 million"),
    S(ZH,
      "2020财年Q4，公司净利润亏损9007.4万元；2021财年Q1和Q2，净利润分别为8165.1万元和1496.9万元。",
      "net_income||reported|FY2020Q4|actual|-90074000|CNY|exact|||9007.4万元",
      "net_income||reported|FY2021Q1|actual|81651000|CNY|exact|||8165.1万元",
      "net_income||reported|FY2021Q2|actual|14969000|CNY|exact|||1496.9万元"),
    /* ... but figures a comma apart with periods of other lengths are no list */
    S(ZH, "根据Q3财报，公司2020前三季营收约20.5亿元，净利润约7.95亿元。",
      "revenue||reported|FY2020Q1-Q3|actual|2050000000|CNY|approx|||约20.5亿元",
      "net_income||reported|FY2020Q1-Q3|actual|795000000|CNY|approx|||约7.95亿元"),

    /* ---- A change with its rate in parentheses, and the level ------------------------------ */
    S(JA, "当期の売上高は7,292,771千円と、前期に比べ931,658千円(△11.3％)の減収となりました。",
      "revenue||reported||actual|7292771000|JPY|exact|-11.3||7,292,771千円"),
    S(JA, "売上高は4,210百万円と、前期に比べ320百万円(8.2%)の増収となりました。",
      "revenue||reported||actual|4210000000|JPY|exact|8.2||4,210百万円"),
    S(JA, "売上高は980百万円と、前期に比べ40百万円(△3.9%)の減収となりました。",
      "revenue||reported||actual|980000000|JPY|exact|-3.9||980百万円"),
    S(EN, "Revenue was $1.2 billion, an increase of $40 million (3%) over the prior year.",
      "revenue||reported||actual|1200000000|USD|exact|3||$1.2 billion"),
    S(EN, "Operating income was $410 million, a decrease of $12 million, or 2.8%.",
      "operating_income||reported||actual|410000000|USD|exact|-2.8||$410 million"),

    /* ---- A base that is no earlier period, and a figure that is a part of another --------- */
    S(ZH, "营业收入为12亿元，同比增长8%，总资产较年初增长2.0%至376亿元。",
      "revenue||reported||actual|1200000000|CNY|exact|8||12亿元"),
    S(ZH, "营业收入为12亿元，同比增长8%，资产管理规模较年初增长2.0%至376亿元。",
      "revenue||reported||actual|1200000000|CNY|exact|8||12亿元"),
    S(EN, "Net income was $53 million, including $41 million of severance costs.",
      "net_income||reported||actual|53000000|USD|exact|||$53 million"),
    S(EN,
      "Second quarter earnings included two charges, including $41 million, or $0.12 per "
      "share, for severance costs.",
      NULL),
    S(JA, "営業利益は120億円（前期比8.0%増）、受注高は1,011億円となりました。",
      "operating_income||reported||actual|12000000000|JPY|exact|8.0||120億円"),
    S(EN, "Revenue was $5.0 billion, gross bookings grew 10% to $7.2 billion.",
      "revenue||reported||actual|5000000000|USD|exact|||$5.0 billion"),

    /* ---- The period a comparison names decides which it is --------------------------------- */
    S(EN, "Revenue for the second quarter of 2025 was $2.4 billion, up 17% from Q1.",
      "revenue||reported|FY2025Q2|actual|2400000000|USD|exact||17|$2.4 billion"),
    S(EN,
      "Revenue for the second quarter of 2025 was $2.4 billion, up 9% from the second quarter "
      "of 2024.",
      "revenue||reported|FY2025Q2|actual|2400000000|USD|exact|9||$2.4 billion"),
    S(ZH, "2025年第二季度，营业收入为86亿元，较一季度增长12%。",
      "revenue||reported|FY2025Q2|actual|8600000000|CNY|exact||12|86亿元"),
    S(ZH, "2025年第二季度，营业收入为86亿元，较上年同期增长9%。",
      "revenue||reported|FY2025Q2|actual|8600000000|CNY|exact|9||86亿元"),
    S(JA, "2025年第2四半期の売上高は320億円（前四半期比4.0%増）でした。",
      "revenue||reported|FY2025Q2|actual|32000000000|JPY|exact||4.0|320億円"),

    /* ---- A flash report of results is actual, even where it says 预计 ------------------------ */
    S(ZH, "远帆科技2021年度业绩快报：预计2021年实现营业收入12.6亿元，同比增长18%。",
      "revenue||reported|FY2021|actual|1260000000|CNY|exact|18||12.6亿元"),
    S(ZH, "远帆科技2021年度业绩预告：预计2021年实现营业收入12.6亿元，同比增长18%。",
      "revenue||reported|FY2021|guidance|1260000000|CNY|exact|18||12.6亿元"),

    /* ---- Japanese line items: 収入 and 損益 -------------------------------------------------- */
    S(JA, "国際線の収入は5,167億円（同0.2％増）となった。",
      "revenue|国際線|reported||actual|516700000000|JPY|exact|0.2||5,167億円"),
    S(JA, "営業損益は、前連結会計年度に比べ２億97百万円減少の447億９百万円となりました。",
      "operating_income||reported||actual|44709000000|JPY|exact|||447億９百万円"),
    S(JA, "経常損益は△12億円となりました。",
      "ordinary_income||reported||actual|-1200000000|JPY|exact|||△12億円"),
    S(JA, "営業外収益は６億36百万円（前期比55.2％）を計上いたしました。", NULL),

    /* ---- Amounts per share, in any wording, and losses per share ----------------------------- */
    S(EN, "Net loss per Class A ordinary share was $0.36.",
      "eps||reported||actual|-0.36|USD|exact|||$0.36"),
    S(EN, "Net income per basic and diluted ADS was $1.12.",
      "eps||reported||actual|1.12|USD|exact|||$1.12"),
    S(EN, "Net income was $412 million, or $1.12 per diluted share of common stock.",
      "net_income||reported||actual|412000000|USD|exact|||$412 million",
      "eps||reported||actual|1.12|USD|exact|||$1.12"),
    S(EN, "Loss per share was $(0.12), compared with earnings of $0.05 per share a year ago.",
      "eps||reported||actual|-0.12|USD|exact|||$(0.12)",
      "eps||reported||actual|0.05|USD|exact|||$0.05"),
    S(ZH, "2025年第四季度每股亏损为0.36元。",
      "eps||reported|FY2025Q4|actual|-0.36|CNY|exact|||0.36元"),
    S(ZH, "每ADS亏损0.36美元。", "eps||reported||actual|-0.36|USD|exact|||0.36美元"),
    S(ZH, "2025年，每股基本亏损12.5港仙。",
      "eps||reported|FY2025|actual|-0.125|HKD|exact|||12.5港仙"),
    S(JA, "1株当たり当期純損失は25.40円となりました。",
      "eps||reported||actual|-25.40|JPY|exact|||25.40円"),
    S(ZH, "董事会建议派发末期股息每股0.28港元。",
      "dividend_per_share||reported||actual|0.28|HKD|exact|||0.28港元"),

    S(ZH,
      "2019财年第二季度每股普通股亏损为0.36美元，而2018财年第二季度的每股普通股基本盈利为0."
      "30美元。",
      "eps||reported|FY2019Q2|actual|-0.36|USD|exact|||0.36美元",
      "eps||reported|FY2018Q2|actual|0.30|USD|exact|||0.30美元"),
    S(ZH, "每股美国存托股摊薄净亏损为1.25元。", "eps||reported||actual|-1.25|CNY|exact|||1.25元"),
    S(ZH, "每股A类普通股基本盈利为2.10元。", "eps||reported||actual|2.10|CNY|exact|||2.10元"),

    /* ---- An estimate's figures are nobody's, up to the next clause that is the company's ---- */
    S(ZH, "公司第二季度营收227亿元，市场预期219.08亿元；经调整溢利净额14.92亿元。",
      "revenue||reported||actual|22700000000|CNY|exact|||227亿元",
      "net_income||adjusted||actual|1492000000|CNY|exact|||14.92亿元"),
    S(EN, "Revenue was $4.1 billion, above the consensus estimate of $3.9 billion.",
      "revenue||reported||actual|4100000000|USD|exact|||$4.1 billion"),

    /* ---- An amount without a currency takes the document's ------------------------------------
     */
    S(ZH, "2025年实现收入8.76亿，同比增长21.3%。",
      "revenue||reported|FY2025|actual|876000000|CNY|exact|21.3||8.76亿"),
    S(ZH, "公司营收为人民币30亿元，净利润3.2亿，同比增长8%。",
      "revenue||reported||actual|3000000000|CNY|exact|||人民币30亿元",
      "net_income||reported||actual|320000000|CNY|exact|8||3.2亿"),
    S(JA, "売上高は120億となりました。", "revenue||reported||actual|12000000000|JPY|exact|||120億"),

    /* ---- From one level to another ---------------------------------------------------------- */
    S(JA, "売上高は前期の98.0億円から112.4億円へ増加しました。",
      "revenue||reported||actual|11240000000|JPY|exact|||112.4億円",
      "revenue||reported||actual|9800000000|JPY|exact|||98.0億円"),
    S(EN, "Diluted EPS rose from $0.45 to $0.54.", "eps||reported||actual|0.54|USD|exact|||$0.54",
      "eps||reported||actual|0.45|USD|exact|||$0.45"),
    S(EN, "Net loss narrowed to $12 million from $30 million.",
      "net_income||reported||actual|-12000000|USD|exact|||$12 million",
      "net_income||reported||actual|-30000000|USD|exact|||$30 million"),
    S(ZH, "净利润由2.1亿元增长至3.4亿元。",
      "net_income||reported||actual|340000000|CNY|exact|||3.4亿元",
      "net_income||reported||actual|210000000|CNY|exact|||2.1亿元"),

    /* ---- "the current year quarter" is the quarter, not the year --------------------------- */
    S(EN,
      "Nortwind Second Quarter 2024 Results\n\nThe gross margin rate declined to 27.4 percent in "
      "the current year quarter from 28.7 percent in the prior year.",
      "gross_margin||reported|FY2024Q2|actual|27.4|pct|exact|||27.4 percent",
      "gross_margin||reported|FY2023Q2|actual|28.7|pct|exact|||28.7 percent"),
    S(EN,
      "Nortwind Second Quarter 2024 Results\n\nGross margin was 27.4 percent in the "
      "current-year period, against 28.7 percent a year earlier.",
      "gross_margin||reported|FY2024Q2|actual|27.4|pct|exact|||27.4 percent",
      "gross_margin||reported|FY2023Q2|actual|28.7|pct|exact|||28.7 percent"),

    /* ---- A marked heading names a business; a marked phrase does not ---------------------- */
    S(JA, "①　運送事業\n売上高は120億円となりました。",
      "revenue|運送事業|reported||actual|12000000000|JPY|exact|||120億円"),
    S(JA, "■　過去最高益を更新\n売上高は120億円となりました。",
      "revenue||reported||actual|12000000000|JPY|exact|||120億円"),
    S(JA, "①　売上は堅調に推移\n売上高は120億円となりました。",
      "revenue||reported||actual|12000000000|JPY|exact|||120億円"),
    S(JA, "■　増収、増益\n売上高は120億円となりました。",
      "revenue||reported||actual|12000000000|JPY|exact|||120億円"),
    S(JA, "■　その他の事業\n売上高は12億円となりました。",
      "revenue|その他の事業|reported||actual|1200000000|JPY|exact|||12億円"),

    /* Enumerators in parentheses come off a business's heading; a quoted slogan names none. */
    S(JA, "（ロ）ＩＴソリューション事業\n売上高は40億円となりました",
      "revenue|ＩＴソリューション事業|reported||actual|4000000000|JPY|exact|||40億円"),
    S(JA, "(iii) 化学品事業\n売上高は40億円となりました",
      "revenue|化学品事業|reported||actual|4000000000|JPY|exact|||40億円"),
    S(JA, "（一）物流\n売上高は40億円となりました",
      "revenue|物流|reported||actual|4000000000|JPY|exact|||40億円"),
    S(JA, "(b) 「イノベーション(変わる)」\n売上高は40億円となりました",
      "revenue||reported||actual|4000000000|JPY|exact|||40億円"),
    S(JA, "「ヘルスケア」セグメント\n売上高は40億円となりました",
      "revenue|「ヘルスケア」セグメント|reported||actual|4000000000|JPY|exact|||40億円"),
    /* A business's name in quotes, parentheses or 〔〕 on a line of its own; 部門全体 and
       事業全体 point back to it. */
    S(JA, "「国内きのこ事業」\n以上の結果、事業全体の売上高は422億円となりました",
      "revenue|国内きのこ事業|reported||actual|42200000000|JPY|exact|||422億円"),
    S(JA,
      "セグメント別の状況は次のとおりです\n（界面活性剤）\n需要は堅調に推移しました\n"
      "その結果、当セグメント全体の売上高は120億円となりました",
      "revenue|界面活性剤|reported||actual|12000000000|JPY|exact|||120億円"),
    S(JA,
      "〔印刷事業〕\n(情報コミュニケーション部門)\nその結果、部門全体の売上高は8,"
      "012億円となりました",
      "revenue|情報コミュニケーション部門|reported||actual|801200000000|JPY|exact|||8,012億円"),
    S(JA, "ａ．リアルエクスペリエンス事業\n売上高は86億円となりました",
      "revenue|リアルエクスペリエンス事業|reported||actual|8600000000|JPY|exact|||86億円"),
    S(EN, "U.S. Retail\n\nRevenue was $5 million.",
      "revenue|U.S. Retail|reported||actual|5000000|USD|exact|||$5 million"),
    S(JA,
      "2025年12月期の売上高は3,120億円となりました。\n（中略）\n営業利益は120億円となりました。",
      "revenue||reported|FY2025|actual|312000000000|JPY|exact|||3,120億円",
      "operating_income||reported|FY2025|actual|12000000000|JPY|exact|||120億円"),
    /* Words for the whole or for a time are no business's name. */
    S(JA, "初年度の売上高は100億円です。",
      "revenue||reported||actual|10000000000|JPY|exact|||100億円"),
    S(JA, "外部顧客への売上高は100億円です。",
      "revenue||reported||actual|10000000000|JPY|exact|||100億円"),

    /* ---- An amount after a noun no word list knows, or recorded (を計上) after a loss word
       that names no line item, is that other item's; a line item marked by を, に or で while
       the topic waits is part of the reason ------------------------------------------------ */
    S(JA,
      "経常損益は、持分法による投資損失63億円等を計上したものの、前連結会計年度に比べて423億円"
      "改善し310億円の利益となりました",
      "ordinary_income||reported||actual|31000000000|JPY|exact|||310億円"),
    S(JA, "経常利益は、営業外収益に受取利息１億82百万円を計上し、12億円となりました",
      "ordinary_income||reported||actual|1200000000|JPY|exact|||12億円"),
    S(JA,
      "親会社株主に帰属する当期純利益につきましては、投資有価証券売却益等の特別利益を計上したこと"
      "により、８億24百万円（前期比62.7％増）となりました",
      "net_income||reported||actual|824000000|JPY|exact|62.7||８億24百万円"),
    /* Under a breakdown, an amount for a name is an item of the line item last stated. */
    S(JA,
      "売上高は41億円となりました。なお、機種分類別の内訳と致しましては、木工機械については"
      "前年比30.0％増の2,728,073千円(うち輸出673,860千円)となりました",
      "revenue||reported||actual|4100000000|JPY|exact|||41億円",
      "revenue|木工機械|reported||actual|2728073000|JPY|exact|30.0||2,728,073千円"),
    S(JA,
      "営業収益は103億円となりました。当連結会計年度における収益等の内訳は次のとおりであります。"
      "\n①　受入手数料\n受入手数料は、21億65百万円（前期比80.3％）となりました",
      "revenue||reported||actual|10300000000|JPY|exact|||103億円",
      "revenue|受入手数料|reported||actual|2165000000|JPY|exact|-19.7||21億65百万円"),
    /* ... but not without one */
    S(JA, "売上高は41億円となりました。新工場の建設費は12億円でした。",
      "revenue||reported||actual|4100000000|JPY|exact|||41億円"),
    S(JA, "営業損失63億円を計上しました。",
      "operating_income||reported||actual|-6300000000|JPY|exact|||63億円"),

    /* ---- An outlook word inside another noun, or after the figures' own predicate, says
       nothing of them; 除く before a noun narrows that noun ---------------------------------- */
    S(JA, "大口案件での計画遅延があったものの、売上高は40億円（同3.1％増）となりました。",
      "revenue||reported||actual|4000000000|JPY|exact|3.1||40億円"),
    S(JA,
      "営業利益は14百万円（同93."
      "6％減）となり、来期の事業計画等を勘案した結果、減損を計上しました。",
      "operating_income||reported||actual|14000000|JPY|exact|-93.6||14百万円"),
    S(JA, "売上高は1,150億円を見込んでおります。",
      "revenue||reported||guidance|115000000000|JPY|exact|||1,150億円"),
    S(JA, "銀行業、リース業を除くその他の経常収益は９億66百万円となりました。",
      "revenue||reported||actual|966000000|JPY|exact|||９億66百万円"),

    /* ---- A loss word right before a figure is the net loss; inside another name it is not -- */
    S(ZH, "其2024年亏损15亿元。",
      "net_income||reported|FY2024|actual|-1500000000|CNY|exact|||15亿元"),
    S(ZH, "公司2024年亏损为3.2亿元。",
      "net_income||reported|FY2024|actual|-320000000|CNY|exact|||3.2亿元"),
    S(EN, "The company posted a loss of $5 million in 2024.",
      "net_income||reported|FY2024|actual|-5000000|USD|exact|||$5 million"),
    NONE(EN, "The allowance for credit losses totaled $357 million."),
    NONE(JA, "また、「減損損失」434,752千円を特別損失に計上しました。"),
    NONE(EN, "Losses on disposal of assets were $12 million."),
    NONE(EN, "Adjusted Property EBITDAR loss of $203 million compared to $25 million."),
    S(EN, "Losses of $4 million were recorded in the quarter.",
      "net_income||reported||actual|-4000000|USD|exact|||$4 million"),
    S(EN, "The fund reported losses of $4.5 million.",
      "net_income||reported||actual|-4500000|USD|exact|||$4.5 million"),

    /* A verb of profit before a figure: net income, or EPS when it is per share. */
    S(EN,
      "Northwind Second Quarter 2024 Results\n\nExcluding the restructuring charge, Northwind "
      "earned $2.10 per share, up from $2.03 per share in 2023.",
      "eps||adjusted|FY2024Q2|actual|2.10|USD|exact|||$2.10",
      "eps||adjusted|FY2023|actual|2.03|USD|exact|||$2.03"),
    S(EN, "The company earned $1.5 million in the quarter.",
      "net_income||reported||actual|1500000|USD|exact|||$1.5 million"),
    NONE(EN, "Interest earned on deposits was $2 million."),
    S(ZH, "公司2024年上半年净赚5亿元。",
      "net_income||reported|FY2024H1|actual|500000000|CNY|exact|||5亿元"),

    /* ---- Items of a metric: named with 来自…的, "from", or as a list under it ---------------- */
    S(ZH, "2025年第四季度，收益包括来自广告业务的51亿元及来自游戏业务的31亿元。",
      "revenue|广告业务|reported|FY2025Q4|actual|5100000000|CNY|exact|||51亿元",
      "revenue|游戏业务|reported|FY2025Q4|actual|3100000000|CNY|exact|||31亿元"),
    S(EN,
      "Revenue of $8.2 billion included $5.1 billion from advertising and $3.1 billion from games.",
      "revenue||reported||actual|8200000000|USD|exact|||$8.2 billion",
      "revenue|advertising|reported||actual|5100000000|USD|exact|||$5.1 billion",
      "revenue|games|reported||actual|3100000000|USD|exact|||$3.1 billion"),
    S(EN,
      "Total revenues: RMB8.2 billion, up 12% year over year.\n- Advertising: RMB5.1 billion, up "
      "9%.\n- Games: RMB3.1 billion, up 17%.\n",
      "revenue||reported||actual|8200000000|CNY|exact|12||RMB8.2 billion",
      "revenue|Advertising|reported||actual|5100000000|CNY|exact|9||RMB5.1 billion",
      "revenue|Games|reported||actual|3100000000|CNY|exact|17||RMB3.1 billion"),
    S(ZH, "总收入：人民币82亿元，同比增长12%。\n・广告：人民币51亿元，同比增长9%。\n",
      "revenue||reported||actual|8200000000|CNY|exact|12||人民币82亿元",
      "revenue|广告|reported||actual|5100000000|CNY|exact|9||人民币51亿元"),
    S(EN, "Revenue was $8.2 billion.\nNote: $1.1 billion came from one customer.\n",
      "revenue||reported||actual|8200000000|USD|exact|||$8.2 billion"),

    /* ---- What "excluding" leaves out decides the basis; a basis word before a rate, or after
       a second rate, makes a fact of that basis ------------------------------------------- */
    S(EN, "Excluding these items, earnings were $180.4 million.",
      "net_income||adjusted||actual|180400000|USD|exact|||$180.4 million"),
    S(EN, "Excluding this charge, net income was $12 million.",
      "net_income||adjusted||actual|12000000|USD|exact|||$12 million"),
    S(EN, "Excluding the impact of foreign exchange, sales rose 4%.",
      "revenue||comparable||actual||||4||4%"),
    S(EN, "Excluding acquisitions, revenue grew 3%.", "revenue||comparable||actual||||3||3%"),
    S(JA, "一時的要因を除くと、営業利益は50億円でした。",
      "operating_income||adjusted||actual|5000000000|JPY|exact|||50億円"),
    S(ZH, "剔除汇率影响后，营业收入增长8%。", "revenue||comparable||actual||||8||8%"),
    S(ZH, "营业收入增长5%，按固定汇率计算增长8%。", "revenue||reported||actual||||5||5%",
      "revenue||comparable||actual||||8||8%"),
    S(JA, "売上高は前期比5.0％増、為替影響を除くと7.2％増となりました。",
      "revenue||reported||actual||||5.0||5.0％", "revenue||comparable||actual||||7.2||7.2％"),
    S(EN, "Revenue rose 5% in USD and 6% in constant currency.",
      "revenue||reported||actual||||5||5%", "revenue||comparable||actual||||6||6%"),
    S(EN, "Sales fell 3%, or 1% on an organic basis.", "revenue||reported||actual||||-3||3%",
      "revenue||comparable||actual||||-1||1%"),

    /* ---- Words of judgement, a verb with no subject before it, a typographic apostrophe and
       an infinitive are no business's name ---------------------------------------------- */
    S(EN, "Reported earnings for 2005 were $1.59 billion.",
      "net_income||reported|FY2005|actual|1590000000|USD|exact|||$1.59 billion"),
    S(EN, "Northwind also reported solid fourth quarter earnings of $188.4 million.",
      "net_income||reported||actual|188400000|USD|exact|||$188.4 million"),
    S(EN, "The Company’s net profit for the quarter was $67 million.",
      "net_income||reported||actual|67000000|USD|exact|||$67 million"),
    S(EN, "Example Retail’s revenue was $5 million.",
      "revenue|Example Retail|reported||actual|5000000|USD|exact|||$5 million"),
    S(EN, "The company aims to grow revenue to $9 million.",
      "revenue||reported||target|9000000|USD|exact|||$9 million"),
    /* A year before a line item names its period. */
    S(EN, "Northwind today reported full-year 2006 earnings of $1.57 billion.",
      "net_income||reported|FY2006|actual|1570000000|USD|exact|||$1.57 billion"),
    S(EN, "2025 revenue was $12 million.",
      "revenue||reported|FY2025|actual|12000000|USD|exact|||$12 million"),

    /* ---- The size of a change (降幅, 涨幅) is a rate even after 达; 变动 is a rate word whose
       sign is written ------------------------------------------------------------------- */
    S(ZH, "净利润为-3.5亿元，同比由盈转亏，降幅高达313.02%。",
      "net_income||reported||actual|-350000000|CNY|exact|-313.02||-3.5亿元"),
    S(ZH, "净利润3亿元，涨幅达20%。", "net_income||reported||actual|300000000|CNY|exact|20||3亿元"),
    S(ZH, "毛利率下降至20%。", "gross_margin||reported||actual|20|pct|exact|||20%"),
    S(ZH, "12月销售生猪6,412.57万头，收入19.36亿元，环比变动分别为-4.18%、2.35%。",
      "shipments|生猪|reported||actual|64125700|units|exact||-4.18|6,412.57万",
      "revenue|生猪|reported||actual|1936000000|CNY|exact||2.35|19.36亿元"),
    /* ---- An amount that comes from a business (X来自Y业务) is that business's; owners and
       the review period name none -------------------------------------------------------- */
    S(ZH,
      "集团于回顾期间的收益总额约为1.33亿港元，其中分别约1100万港元来自互联网小额信贷业务；"
      "约2400万港元来自预付卡业务。",
      "revenue||reported||actual|133000000|HKD|approx|||约为1.33亿港元",
      "revenue|互联网小额信贷业务|reported||actual|11000000|HKD|approx|||约1100万港元",
      "revenue|预付卡业务|reported||actual|24000000|HKD|approx|||约2400万港元"),
    S(ZH, "公司权益持有人应占亏损5770.8万港元；基本每股亏损3.51港仙。",
      "net_income||reported||actual|-57708000|HKD|exact|||5770.8万港元",
      "eps||reported||actual|-0.0351|HKD|exact|||3.51港仙"),

    /* ---- A part's share of the whole is no growth; 净收入 set against a net loss is net
       income -------------------------------------------------------------------------------- */
    NONE(ZH, "消费贷占当年度收入增长的98.7%。"),
    S(ZH, "海外收入占总收入的35%，同比增长12%。", "revenue|海外收入|reported||actual||||12||12%"),
    NONE(EN, "International sales accounted for 39 percent of the quarter's revenue."),
    NONE(JA, "海外売上高は売上高全体の35%を占めました。"),
    S(ZH, "2019财年第二季度的净亏损为1740万美元，而2018财年第二季度的净收入为1270万美元。",
      "net_income||reported|FY2019Q2|actual|-17400000|USD|exact|||1740万美元",
      "net_income||reported|FY2018Q2|actual|12700000|USD|exact|||1270万美元"),
    S(ZH, "公司净收入为12亿元，同比增长5%。",
      "revenue||reported||actual|1200000000|CNY|exact|5||12亿元"),

    /* ---- A profit line's share of revenue is its margin; a parenthesis that defines the
       subject names none of its own; a label after "compared to" dates the base ---------- */
    S(EN,
      "Northwind Fourth Quarter 2024 Results\n\nOperating income increased 19.2% to $447.6 "
      "million, or 13.9% of net sales, compared to $375.6 million, or 13.8% of net sales, in "
      "the fourth quarter of 2023.",
      "operating_income||reported|FY2024Q4|actual|447600000|USD|exact|19.2||$447.6 million",
      "operating_margin||reported|FY2024Q4|actual|13.9|pct|exact|||13.9%",
      "operating_income||reported|FY2023Q4|actual|375600000|USD|exact|||$375.6 million",
      "operating_margin||reported|FY2023Q4|actual|13.8|pct|exact|||13.8%"),
    S(EN, "As a percentage of net sales, gross profit of 37.6% was flat.",
      "gross_margin||reported||actual|37.6|pct|exact|||37.6%"),
    S(EN,
      "Northwind Fourth Quarter 2024 Results\n\nComparable sales (sales for stores open at "
      "least 14 months and e-commerce sales) increased 15.6% compared to an increase of 21.4% "
      "in the fourth quarter of 2023.",
      "revenue||comparable|FY2024Q4|actual||||15.6||15.6%"),
    /* A growth on another basis right after a line item's figure is that item's. */
    S(EN, "Fourth-quarter sales declined 4.4% to $23.7 billion. Operational growth was 4.6%.",
      "revenue||reported||actual|23700000000|USD|exact|-4.4||$23.7 billion",
      "revenue||comparable||actual||||4.6||4.6%"),
    S(EN, "Revenue of $8.60 Billion, up 11% Year-Over-Year, up 11% in Constant\nCurrency.",
      "revenue||reported||actual|8600000000|USD|exact|11||$8.60 Billion",
      "revenue||comparable||actual||||11||11%"),
    /* A text that names only the periods it compares with reports the year after. */
    S(EN,
      "Net income increased 17.8% to $340.8 million compared to $289.4 million in the fourth "
      "quarter of fiscal 2021.",
      "net_income||reported|FY2022Q4|actual|340800000|USD|exact|17.8||$340.8 million",
      "net_income||reported|FY2021Q4|actual|289400000|USD|exact|||$289.4 million"),
    S(EN, "Initiates Third Quarter FY24 Revenue Guidance of $8.70 Billion to $8.72 Billion.",
      "revenue||reported|FY2024Q3|guidance|8700000000|USD|at_least|||$8.70 Billion to $8.72 "
      "Billion",
      "revenue||reported|FY2024Q3|guidance|8720000000|USD|at_most|||$8.70 Billion to $8.72 "
      "Billion"),

    /* ---- A total over several years has no one period ------------------------------------ */
    S(ZH, "2021年和2022年两年累计实现的营业收入不低于95亿元。",
      "revenue||reported||actual|9500000000|CNY|at_least|||不低于95亿元"),
    S(ZH, "2021、2022和2023年度三年的累计营业收入为100亿元。",
      "revenue||reported||actual|10000000000|CNY|exact|||100亿元"),
    S(ZH, "公司3年累计营收达到100亿元。",
      "revenue||reported||actual|10000000000|CNY|exact|||100亿元"),
    S(EN, "Cumulative revenue for 2021 and 2022 was $5 million.",
      "revenue||reported||actual|5000000|USD|exact|||$5 million"),
    S(EN, "Combined revenue for fiscal 2024 and 2025 reached $12 million.",
      "revenue||reported||actual|12000000|USD|exact|||$12 million"),
    /* ... but a total to date within a year has its period */
    S(ZH, "2023年1-9月累计营业收入为5亿元。",
      "revenue||reported|FY2023Q1-Q3|actual|500000000|CNY|exact|||5亿元"),

    /* ---- Aims and plans are targets, whatever verb carries them ------------------------- */
    S(ZH, "公司力争2025年实现营收500亿元。",
      "revenue||reported|FY2025|target|50000000000|CNY|exact|||500亿元"),
    S(ZH, "集团争取到2025年营业收入突破1000亿元。",
      "revenue||reported|FY2025|target|100000000000|CNY|more_than|||突破1000亿元"),
    S(ZH, "“十四五”末要努力实现营收翻番，达到240亿元以上。",
      "revenue||reported||target|24000000000|CNY|at_least|||240亿元以上"),
    S(ZH, "激励计划的业绩考核目标为：2022年营业收入不低于45亿元。",
      "revenue||reported|FY2022|target|4500000000|CNY|at_least|||不低于45亿元"),
    S(EN, "The company aims to reach revenue of $5 billion by 2030.",
      "revenue||reported|FY2030|target|5000000000|USD|exact|||$5 billion"),
    S(JA, "2030年度に売上高1兆円を目指します。",
      "revenue||reported|FY2030|target|1000000000000|JPY|exact|||1兆円"),

    /* ---- A profit forecast states expected figures --------------------------------------------
     */
    S(ZH, "星桥股份2021年业绩预告：2021年公司预盈2.7亿元-3.2亿元，同比增长27.85%-54.38%。",
      "net_income||reported|FY2021|guidance|270000000|CNY|at_least|27.85||2.7亿元-3.2亿元",
      "net_income||reported|FY2021|guidance|320000000|CNY|at_most|54.38||2.7亿元-3.2亿元"),
    S(ZH, "东岭股份公告，预计2021年净亏损7.6亿元-11.4亿元，上年同期净利润60.86亿元。",
      "net_income||reported|FY2021|guidance|-1140000000|CNY|at_least|||7.6亿元-11.4亿元",
      "net_income||reported|FY2021|guidance|-760000000|CNY|at_most|||7.6亿元-11.4亿元",
      "net_income||reported|FY2020|actual|6086000000|CNY|exact|||60.86亿元"),
    /* The rates of a decline may come largest first; the low value takes the lowest rate. */
    S(ZH, "公司预计2024年净利润为1亿元至1.5亿元，同比下降43.49%至29.37%。",
      "net_income||reported|FY2024|guidance|100000000|CNY|at_least|-43.49||1亿元至1.5亿元",
      "net_income||reported|FY2024|guidance|150000000|CNY|at_most|-29.37||1亿元至1.5亿元"),
    S(ZH, "公司预计2024年净利润为1亿元至1.5亿元，同比下降29.37%至43.49%。",
      "net_income||reported|FY2024|guidance|100000000|CNY|at_least|-43.49||1亿元至1.5亿元",
      "net_income||reported|FY2024|guidance|150000000|CNY|at_most|-29.37||1亿元至1.5亿元"),
    S(ZH, "预计2024年净利润为1亿元-1.5亿元，同比增长20%-50%。",
      "net_income||reported|FY2024|guidance|100000000|CNY|at_least|20||1亿元-1.5亿元",
      "net_income||reported|FY2024|guidance|150000000|CNY|at_most|50||1亿元-1.5亿元"),

    /* ---- A figure alone on its line under a line naming one line item (highlights laid out
       one cell per line) is that item's: its growth when the label says so ----------------- */
    S(EN,
      "Fourth Quarter 2026 Highlights\n\nNet revenue growth\n10.2%\n\nCore EPS\n$1.50\n\n"
      "EPS change\n(54)%\n",
      "revenue||reported|FY2026Q4|actual||||10.2||10.2%",
      "eps||adjusted|FY2026Q4|actual|1.50|USD|exact|||$1.50",
      "eps||reported|FY2026Q4|actual||||-54||(54)%"),
    S(EN,
      "Fourth Quarter 2026 Highlights\n\nDiluted EPS\n$2.10\n\nOperating margin\n12.5%\n\n"
      "Adjusted EBITDA\n$410 million\n\nReported net revenue change\n-3.1%\n",
      "eps||reported|FY2026Q4|actual|2.10|USD|exact|||$2.10",
      "operating_margin||reported|FY2026Q4|actual|12.5|pct|exact|||12.5%",
      "ebitda||adjusted|FY2026Q4|actual|410000000|USD|exact|||$410 million",
      "revenue||reported|FY2026Q4|actual||||-3.1||-3.1%"),
    S(JA, "2026年3月期第2四半期決算\n\n売上高\n1,234百万円\n\n営業利益\n56百万円\n",
      "revenue||reported|FY2026Q2|actual|1234000000|JPY|exact|||1,234百万円",
      "operating_income||reported|FY2026Q2|actual|56000000|JPY|exact|||56百万円"),
    S(ZH, "远帆科技2026年第一季度报告\n\n营业收入\n12.3亿元\n\n净利润同比增长\n15.2%\n",
      "revenue||reported|FY2026Q1|actual|1230000000|CNY|exact|||12.3亿元",
      "net_income||reported|FY2026Q1|actual||||15.2||15.2%"),
    /* ... but a title naming two line items labels nothing. */
    NONE(EN, "Revenue and EPS Highlights\n\n12.5%\n"),

    /* ---- What a line item includes or leaves out is a part, not the line item's figure,
       however long its name, line items among its words ------------------------------------- */
    NONE(EN, "Operating income includes restructuring charges of $30 million."),
    NONE(EN, "Operating income excludes restructuring charges of $30 million."),
    NONE(EN, "Calculation of diluted EPS for the year excludes net income attributable to shares "
             "to be repurchased under forward contracts of $7 million."),
    NONE(EN, "Net income included a one-time tax benefit of $45 million."),
    S(EN,
      "Revenue, including net revenue of $12 million from the acquired business, rose 8% to "
      "$1.2 billion.",
      "revenue||reported||actual|1200000000|USD|exact|8||$1.2 billion"),
    S(EN, "Net income of $120 million includes a gain of $15 million on the sale.",
      "net_income||reported||actual|120000000|USD|exact|||$120 million"),
    S(EN, "Total revenue was $5.0 billion, including $2.1 billion from Cloud.",
      "revenue||reported||actual|5000000000|USD|exact|||$5.0 billion",
      "revenue|Cloud|reported||actual|2100000000|USD|exact|||$2.1 billion"),

    /* ---- A lead-in with "the following" leads in the list after it, past the blank and
       bullet-only lines a PDF leaves between; "for the year" under a heading of a year is
       that year ---------------------------------------------------------------------------- */
    S(EN,
      "Acme Reports Fourth Quarter Fiscal 2023 Results\n\nAcme is providing the following "
      "financial guidance for FY24, which includes 53 weeks.\n\n\xef\x82\xb7\n\xef\x82\xb7\n\n"
      "Revenue of $43.8 billion to $45.2 billion\n"
      "Enterprise non-GAAP operating income rate of 3.7% to 4.1%\n"
      "Capital expenditures of approximately $850 million\n",
      "revenue||reported|FY2024|guidance|43800000000|USD|at_least|||$43.8 billion to $45.2 billion",
      "revenue||reported|FY2024|guidance|45200000000|USD|at_most|||$43.8 billion to $45.2 billion",
      "operating_margin||adjusted|FY2024|guidance|3.7|pct|at_least|||3.7% to 4.1%",
      "operating_margin||adjusted|FY2024|guidance|4.1|pct|at_most|||3.7% to 4.1%",
      "capex||reported|FY2024|guidance|850000000|USD|approx|||approximately $850 million"),
    S(EN,
      "Acme Reports Fourth Quarter Fiscal 2023 Results\n\nFY24 Financial Guidance\n"
      "Our outlook assumes comparable sales decline 3% to 6% for the year.\n",
      "revenue||comparable|FY2024|guidance||||-6||3% to 6%",
      "revenue||comparable|FY2024|guidance||||-3||3% to 6%"),
    S(EN, "Second-quarter 2026 outlook: forecasting revenue of $11.5 billion to $12.5 billion.",
      "revenue||reported|FY2026Q2|guidance|11500000000|USD|at_least|||$11.5 billion to $12.5 "
      "billion",
      "revenue||reported|FY2026Q2|guidance|12500000000|USD|at_most|||$11.5 billion to $12.5 "
      "billion"),
    S(EN, "Domestic gross profit rate was 19.8% versus 20.0% last year.",
      "gross_margin|Domestic|reported||actual|19.8|pct|exact|||19.8%",
      "gross_margin|Domestic|reported||actual|20.0|pct|exact|||20.0%"),
    NONE(EN, "We recorded a net income tax benefit of $2.3 billion during fiscal 2021."),

    /* ---- Per-share amounts: of the comparative after a comparative, of a part after a part,
       and a cost's per share is no EPS ----------------------------------------------------- */
    S(EN,
      "Acme Reports Third Quarter Fiscal 2023 Results\nNet income for the quarter was $1.30 "
      "billion, $2.93 per diluted share, which includes a non-recurring charge to merchandise "
      "costs of $298 million pretax, $0.50 per diluted share. Last year's third quarter net "
      "income was $1.35 billion, $3.04 per diluted share, which included a non-recurring $77 "
      "million pretax charge, $0.13 per diluted share.",
      "net_income||reported|FY2023Q3|actual|1300000000|USD|exact|||$1.30 billion",
      "eps||reported|FY2023Q3|actual|2.93|USD|exact|||$2.93",
      "net_income||reported|FY2022Q3|actual|1350000000|USD|exact|||$1.35 billion",
      "eps||reported|FY2022Q3|actual|3.04|USD|exact|||$3.04"),
    S(EN,
      "Acme Reports Third Quarter Fiscal 2023 Results\nNet income was $120 million, or $1.20 per "
      "diluted share, compared to $100 million, or $1.00 per diluted share, a year ago.",
      "net_income||reported|FY2023Q3|actual|120000000|USD|exact|||$120 million",
      "eps||reported|FY2023Q3|actual|1.20|USD|exact|||$1.20",
      "net_income||reported|FY2022Q3|actual|100000000|USD|exact|||$100 million",
      "eps||reported|FY2022Q3|actual|1.00|USD|exact|||$1.00"),
    S(EN,
      "Acme Reports Third Quarter Fiscal 2023 Results\nPrior year fourth quarter revenue was $2 "
      "billion.",
      "revenue||reported|FY2022Q4|actual|2000000000|USD|exact|||$2 billion"),
    /* ---- A business above a row of cells, one per line, labels the row, not the prose after
       it ----------------------------------------------------------------------------------- */
    S(EN,
      "Acme Reports Third Quarter Fiscal 2023 Results\nComparable sales were as follows:\n\n"
      "E-commerce\n\n-10.0%\n\n-9.0%\n\nNet income for the quarter was $1.30 billion.\n",
      "net_income||reported|FY2023Q3|actual|1300000000|USD|exact|||$1.30 billion"),

    /* ---- A list under a lead-in that names a line item gives the items naming only their
       business and a change that line item, over the bullet lines between ------------------- */
    S(EN,
      "Acme Reports Second Quarter 2023 Results\nGlobal comparable sales increased 11.7%, "
      "reflecting strong comparable sales across all segments:\n\xe2\x80\xa2\n\n"
      "U.S. increased 10.3%\n\n\xe2\x80\xa2\n\nInternational Franchised Markets segment "
      "increased 11.9%\n\xe2\x80\xa2\nEurope declined 2.1%\n",
      "revenue||comparable|FY2023Q2|actual||||11.7||11.7%",
      "revenue|U.S.|comparable|FY2023Q2|actual||||10.3||10.3%",
      "revenue|International Franchised Markets|comparable|FY2023Q2|actual||||11.9||11.9%",
      "revenue|Europe|comparable|FY2023Q2|actual||||-2.1||2.1%"),
    /* ... but not after a line that names a line item of its own. */
    S(EN,
      "Acme Reports Second Quarter 2023 Results\nSegment results were as follows:\n"
      "Operating income increased 8%.\nEurope increased 3%\n",
      "operating_income||reported|FY2023Q2|actual||||8||8%"),
    /* ---- What "excluding" leaves out (its amount, its period) says nothing of the figure;
       it makes the figure adjusted ------------------------------------------------------------ */
    S(EN,
      "Acme Reports Second Quarter 2023 Results\nExcluding the current year restructuring charges "
      "described above of $0.02 per share, diluted earnings per share was $3.17, an increase of "
      "24%.",
      "eps||adjusted|FY2023Q2|actual|3.17|USD|exact|24||$3.17"),
    S(EN,
      "Acme Reports Second Quarter 2023 Results\nExcluding these current year charges, operating "
      "income increased 20%.",
      "operating_income||adjusted|FY2023Q2|actual||||20||20%"),

    /* ---- A comparative named on its own is of the current figure's period and basis -------- */
    S(EN,
      "Acme Corporation Reports Second-Quarter Results\nNon-GAAP core earnings were $0.52 per "
      "diluted share for the first half of 2023,\ncompared to earnings of $0.55 per diluted share "
      "for the same period in 2022.",
      "eps||adjusted|FY2023H1|actual|0.52|USD|exact|||$0.52",
      "eps||adjusted|FY2022H1|actual|0.55|USD|exact|||$0.55"),
    /* ---- A line item inside a relative clause describes another subject ------------------- */
    NONE(EN, "Non-core items, which management does not consider representative of ongoing "
             "earnings, totaled $88 million after tax."),
    S(EN, "The segment, which generated revenue of $2 billion, grew 5%.",
      "revenue||reported||actual|2000000000|USD|exact|5||$2 billion"),
    /* ---- A bare year before a basis or guidance word names the fiscal year; a range goes on
       over a line break after "to"; global, worldwide and enterprise are the whole company --- */
    S(EN,
      "Acme Corporation Reports Second-Quarter Results\nAcme is updating 2023 GAAP earnings "
      "guidance in the range of $1.04 to\n$1.13 per diluted share.",
      "eps||reported|FY2023|guidance|1.04|USD|at_least|||$1.04 to\n$1.13",
      "eps||reported|FY2023|guidance|1.13|USD|at_most|||$1.04 to\n$1.13"),
    S(EN, "Worldwide sales increased 5%. Enterprise revenue was $14.7 billion.",
      "revenue||reported||actual|14700000000|USD|exact|5||$14.7 billion"),

    /* ---- An outlook that revises itself: the earlier figure is the superseded outlook, no
       result of an earlier period; earnings after a waiting EPS subject restate it ---------- */
    S(EN,
      "Acme Reports Second Quarter 2023 Results\nAcme raised its 2023 revenue guidance from $5.0 "
      "billion to $5.2 billion.",
      "revenue||reported|FY2023|guidance|5200000000|USD|exact|||$5.2 billion"),
    S(EN,
      "Acme Reports Second Quarter 2023 Results\nAcme now expects 2023 revenue of $5.2 billion, up "
      "from $5.0 billion previously.",
      "revenue||reported|FY2023|guidance|5200000000|USD|exact|||$5.2 billion"),
    S(EN,
      "Acme Reports Second Quarter 2023 Results\nAcme expects 2024 revenue to grow to $6 billion "
      "from $5 billion in 2023.",
      "revenue||reported|FY2024|guidance|6000000000|USD|exact|||$6 billion",
      "revenue||reported|FY2023|actual|5000000000|USD|exact|||$5 billion"),
    S(EN,
      "Acme Reports Second Quarter 2023 Results\n2023 EPS guidance reaffirmed for non-GAAP core "
      "earnings in the range of $1.19 to $1.23 per share.",
      "eps||adjusted|FY2023|guidance|1.19|USD|at_least|||$1.19 to $1.23",
      "eps||adjusted|FY2023|guidance|1.23|USD|at_most|||$1.19 to $1.23"),

    /* ---- A footnote's mark and a period before "Reported" are no business's name; a line of
       a title-case headline that ends a clause with a comma runs on ----------------------- */
    S(EN,
      "Acme Reports Second-Quarter 2023 Results\n\nSecond-Quarter 2023 Reported Diluted EPS(2) "
      "of $0.41, a Year-Over-Year Decline of 77%, and Adjusted\nDiluted EPS(3) of $0.67, a "
      "Year-Over-Year Decline of 67%\n",
      "eps||reported|FY2023Q2|actual|0.41|USD|exact|-77||$0.41",
      "eps||adjusted|FY2023Q2|actual|0.67|USD|exact|-67||$0.67"),
    S(EN, "Cloud(2) revenue was $1.2 billion.",
      "revenue|Cloud|reported||actual|1200000000|USD|exact|||$1.2 billion"),

    /* ---- Tables laid out one cell per line (text taken from a PDF): a caption naming a line
       item over business rows, the column headers between a row's label and its cells; a
       line item's label over the one cell it labels, in the section it stands in ----------- */
    S(EN,
      "Acme Reports First-Quarter 2023 Financial Results\n\nSegment Revenue and Trends\n"
      "Edge Devices Group (EDG)\n\nQ1 2023\n\nvs. Q1 2022\n\n$4.6 billion\n\ndown 27%\n\n"
      "Storage and Fabric (SAF)\n\n$1.3 billion\n\ndown 21%\n\nLumora\n\n$372 million\n\n"
      "up 14%\n\nBusiness Highlights\nThe company shipped its new processor.\n",
      "revenue|Edge Devices Group|reported|FY2023Q1|actual|4600000000|USD|exact|-27||$4.6 "
      "billion",
      "revenue|Storage and Fabric|reported|FY2023Q1|actual|1300000000|USD|exact|-21||$1.3 billion",
      "revenue|Lumora|reported|FY2023Q1|actual|372000000|USD|exact|14||$372 million"),
    S(EN,
      "Acme Announces Fourth Quarter Fiscal 2022 Results\nFY23 Outlook\nNet sales\n \n \n"
      "$10.95 billion to $11.05 billion\nComparable sales\n \n4% to 5%\nNew stores, net\n \n25-30\n"
      "Remodel and relocation projects\n \n20-30\nOperating margin\n \n14.7% to 15.0%\n",
      "revenue||reported|FY2023|guidance|10950000000|USD|at_least|||$10.95 billion to $11.05 "
      "billion",
      "revenue||reported|FY2023|guidance|11050000000|USD|at_most|||$10.95 billion to $11.05 "
      "billion",
      "revenue||comparable|FY2023|guidance||||4||4% to 5%",
      "revenue||comparable|FY2023|guidance||||5||4% to 5%",
      "operating_margin||reported|FY2023|guidance|14.7|pct|at_least|||14.7% to 15.0%",
      "operating_margin||reported|FY2023|guidance|15.0|pct|at_most|||14.7% to 15.0%"),
    /* ... but not a row of several columns, whose periods lines cannot tell apart, nor a label
       of something else the line item has. */
    NONE(EN,
         "Acme Reports Fourth-Quarter 2022 Results\nAdjusted Net Earnings\n$6,218\n$5,678\n9.5%\n"),
    NONE(EN, "Acme Reports First-Quarter 2023 Results\nForeign exchange impact on net revenue\n"
             "(2.5)%\n"),
    S(JA, "（収益住宅販売事業）\n当事業セグメントにおいては、売上高12,486百万円となりました。\n",
      "revenue|収益住宅販売事業|reported||actual|12486000000|JPY|exact|||12,486百万円"),

    /* ---- Lines of a PDF: a headline wrapped inside a line item's name, or after "of", runs
       on; a business's name wrapped over a line is one name; a sentence starting inside a line
       ends at that line's end only if the line is short ----------------------------------- */
    S(EN,
      "Acme Announces First Quarter Fiscal 2024 Results\nRaises Full Year FY24 GAAP Operating "
      "Margin Guidance to ~11.4% and Non-GAAP Operating\nMargin Guidance to ~28.0%\n",
      "operating_margin||reported|FY2024|guidance|11.4|pct|approx|||~11.4%",
      "operating_margin||adjusted|FY2024|guidance|28.0|pct|approx|||~28.0%"),
    S(EN,
      "Acme Announces First Quarter Fiscal 2024 Results\nTotal first quarter revenue was $8.25 "
      "billion, an increase of 11% Y/Y. Subscription and\nsupport revenues were $7.64 billion, an "
      "increase of 11% Y/Y. Professional services and other revenues were\n$0.61 billion, an "
      "increase of 9% Y/Y.\n",
      "revenue||reported|FY2024Q1|actual|8250000000|USD|exact|11||$8.25 billion",
      "revenue|Subscription and support|reported|FY2024Q1|actual|7640000000|USD|exact|11||$7.64 "
      "billion",
      "revenue|Professional services and other|reported|FY2024Q1|actual|610000000|USD|exact|9||"
      "$0.61 billion"),
    /* ... and a growth on another basis after a level of a subject unknown is that subject's. */
    S(EN,
      "Acme Announces First Quarter Fiscal 2024 Results\nFirst Quarter GAAP Operating Margin of "
      "5.0%\nCurrent Remaining Performance Obligation of $24.1 Billion, up 12% Y/Y, 12% CC\n",
      "operating_margin||reported|FY2024Q1|actual|5.0|pct|exact|||5.0%"),

    /* ---- A cause ("driven by", "due to") opens a clause of its own: its line item and
       figure are a fact, of the business the sentence is about, and no comparative --------- */
    S(EN,
      "Acme Reports Q4 FY23 Results\nDomestic revenue of $13.53 billion decreased 9.8% versus last "
      "year primarily driven by a comparable sales decline\nof 9.6%.\n",
      "revenue|Domestic|reported|FY2023Q4|actual|13530000000|USD|exact|-9.8||$13.53 billion",
      "revenue|Domestic|comparable|FY2023Q4|actual||||-9.6||9.6%"),
    S(EN,
      "Acme Reports Q4 FY23 Results\nOperating income increased 10%, driven by revenue growth "
      "of 5%.",
      "operating_income||reported|FY2023Q4|actual||||10||10%",
      "revenue||reported|FY2023Q4|actual||||5||5%"),

    /* ---- An outlook for a quarter named without a year that would come before the quarter
       reported is the next year's; a parenthesis on the next line goes on with its sentence - */
    S(EN,
      "Acme Reports Fourth-Quarter and Full-Year 2022 Financial Results\nForecasting "
      "first-quarter 2023 revenue of $10.5 billion to $11.5 billion; expecting first-quarter EPS "
      "of $(0.80)\n(non-GAAP EPS of $(0.15)).\n",
      "revenue||reported|FY2023Q1|guidance|10500000000|USD|at_least|||$10.5 billion to $11.5 "
      "billion",
      "revenue||reported|FY2023Q1|guidance|11500000000|USD|at_most|||$10.5 billion to $11.5 "
      "billion",
      "eps||reported|FY2023Q1|guidance|-0.80|USD|exact|||$(0.80)",
      "eps||adjusted|FY2023Q1|guidance|-0.15|USD|exact|||$(0.15)"),
    S(EN,
      "Acme Reports Third-Quarter 2022 Financial Results\nFor the fourth quarter, we expect "
      "revenue of $5 billion.\n",
      "revenue||reported|FY2022Q4|guidance|5000000000|USD|exact|||$5 billion"),

    /* ---- Income available for common shareholders is net income ----------------------- */
    S(EN,
      "Acme Corporation Reports Second-Quarter Results\nAcme recorded second quarter 2023 income\n"
      "available for common shareholders of $406 million, or $0.19 per diluted share.",
      "net_income||reported|FY2023Q2|actual|406000000|USD|exact|||$406 million",
      "eps||reported|FY2023Q2|actual|0.19|USD|exact|||$0.19"),

    /* ---- A level stated with its only growth, on a like-for-like basis, is one statement of
       that basis; with a reported growth beside it, the like-for-like growth is a fact of its
       own ------------------------------------------------------------------------------------ */
    S(EN,
      "Acme Reports Fourth Quarter 2023 Results\nDomestic online revenue of $5.14 billion "
      "decreased 13.0% on a comparable basis.",
      "revenue|Domestic online|comparable|FY2023Q4|actual|5140000000|USD|exact|-13.0||$5.14 "
      "billion"),
    S(EN,
      "Acme Reports Fourth Quarter 2023 Results\nRevenue of $8.25 billion, up 11% Y/Y, up 13% in "
      "constant currency.",
      "revenue||reported|FY2023Q4|actual|8250000000|USD|exact|11||$8.25 billion",
      "revenue||comparable|FY2023Q4|actual||||13||13%"),

    /* ---- What a period or a business adds or contributes is an increment, not the line item's
       level ---------------------------------------------------------------------------------- */
    S(EN,
      "Acme Reports Fourth Quarter Fiscal 2023 Results\nThe 53rd week is expected to add "
      "approximately $700 million of revenue to Q4 FY24. The acquisition contributed $200 million "
      "of revenue in the quarter. Streamco adds 10 million subscribers to reach 500 million "
      "subscribers.",
      "users||reported||actual|500000000|users|exact|||500 million subscribers"),

    /* ---- 净收入 beside a turn from loss to profit is the net income ------------------------ */
    S(ZH, "当年度，公司录得净收入427万美元，扭亏为盈。",
      "net_income||reported||actual|4270000|USD|exact|||427万美元"),
    S(ZH, "当年度，公司净收入为3440万美元。",
      "revenue||reported||actual|34400000|USD|exact|||3440万美元"),

    /* ---- Leaving out some products' contribution makes a like-for-like figure ------------- */
    S(EN, "Excluding contributions from Veltrix and Orvana, revenues grew 5% operationally.",
      "revenue||comparable||actual||||5||5%"),
    S(EN, "Excluding restructuring charges, operating income rose 7%.",
      "operating_income||adjusted||actual||||7||7%"),
};

/* A fact of the document in the form of the expectations. */
static void render(const earn_fact *f, const char *text, char *out, size_t cap) {
  earn_decimal v, y, q;
  char vs[EARN_DECIMAL_BUFSIZE] = "", ys[EARN_DECIMAL_BUFSIZE] = "", qs[EARN_DECIMAL_BUFSIZE] = "";
  bool hv = earn_fact_value(f, &v), hy = earn_fact_yoy(f, &y, NULL),
       hq = earn_fact_qoq(f, &q, NULL);
  if (hv)
    earn_decimal_format(v, vs, sizeof vs);
  if (hy)
    earn_decimal_format(y, ys, sizeof ys);
  if (hq)
    earn_decimal_format(q, qs, sizeof qs);
  earn_span sp = earn_fact_value_span(f);
  snprintf(out, cap, "%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%.*s", earn_fact_metric(f),
           earn_fact_segment(f), earn_basis_name(earn_fact_basis(f)), earn_fact_period(f),
           earn_fact_kind_name(earn_fact_kind_of(f)), vs, earn_fact_unit(f),
           hv ? earn_qualifier_name(earn_fact_qualifier(f)) : "", ys, qs, (int)(sp.end - sp.start),
           text + sp.start);
}

/* The qualifier of a fact without a value prints empty; an expectation says "exact" or "". */
static bool same_fact(const char *want, const char *got) {
  if (strcmp(want, got) == 0)
    return true;
  char w[512];
  snprintf(w, sizeof w, "%s", want);
  char *q = w;
  for (int field = 0; field < 7 && q; field++)
    q = strchr(q + 1, '|');
  if (q && strncmp(q, "|exact|", 7) == 0) { /* "...|unit|exact|..." with no value */
    memmove(q + 1, q + 6, strlen(q + 6) + 1);
    return strcmp(w, got) == 0;
  }
  return false;
}

START_TEST(test_statement) {
  const scase *c = &cases[_i];
  earn_error err;
  earn_doc *doc = earn_doc_read(ex, c->text, strlen(c->text), lang_option(c->lang), &err);
  ck_assert_msg(doc != NULL, "%s: %s", c->text, err.msg);
  size_t n = earn_doc_fact_count(doc), want = 0;
  char got[16][512], listing[8192] = "";
  size_t used = 0;
  for (size_t i = 0; i < n && i < 16; i++) {
    render(earn_doc_fact(doc, i), c->text, got[i], sizeof got[i]);
    int k = snprintf(listing + used, sizeof listing - used, "\n  %s", got[i]);
    if (k > 0 && (size_t)k < sizeof listing - used)
      used += (size_t)k;
  }
  earn_doc_free(doc);
  bool taken[16] = {false};
  for (const char *const *w = c->facts; *w; w++, want++) {
    bool found = false;
    for (size_t i = 0; i < n && i < 16 && !found; i++)
      if (!taken[i] && same_fact(*w, got[i]))
        taken[i] = found = true;
    ck_assert_msg(found, "in \"%s\": no fact\n  %s\nthe document holds:%s", c->text, *w, listing);
  }
  ck_assert_msg(n == want, "in \"%s\": %zu fact(s), want %zu; the document holds:%s", c->text, n,
                want, listing);
}
END_TEST

/* ---- What a document says about itself ------------------------------------------------------ */

typedef struct rcase {
  test_lang lang;
  const char *text;
  const char *issuer, *period;
} rcase;

static const rcase reports[] = {
    /* The period a word for the current period introduces, not a plan's target year. */
    {JA,
     "当社グループは「2016～2020年度中期経営計画」を推進しております。\n当連結会計年度（2016年４月"
     "１日～2017年３月31日）の売上高は1,250億円（前期比3.1％増）となりました。",
     "", "FY2017"},
    {JA,
     "当社は「平成31年３月期までに経常利益100億円」を目標としております。\n当連結会計年度（平成28年"
     "４月１日～平成29年３月31日）の経常利益は90億円となりました。",
     "", "FY2017"},
    {ZH, "【远帆科技：2021年净利同比预增54%-64%】远帆科技公告，预计2021年盈利8亿元-8.5亿元。",
     "远帆科技", "FY2021"},
    {ZH, "五岳集团召开2022年度工作会议。公司预计2021年营业收入突破800亿元。", "五岳集团", "FY2021"},
    /* A year that starts a plan's name is not the period reported. */
    {ZH,
     "【青禾科技：2023年营收同比增长12%】青禾科技发布2024年限制性股票激励计划，2023年营业收入为"
     "12亿元。",
     "青禾科技", "FY2023"},
    {EN,
     "Corvane Systems today reported results. It adopted its 2026 Equity Incentive Plan. For "
     "fiscal 2025, revenue was $410 million.",
     "Corvane Systems", "FY2025"},

    /* The issuer is the company that reports, never a partner the text names. */
    {EN,
     "Exhibit 99\n\n  Brightfield Reports Second Quarter 2024 Results\n\n  CHICAGO, July 22 "
     "/PRNewswire/ -- "
     "Brightfield, Harmon and Co. (NYSE: BHC) today reported net income of $53 million for the "
     "second quarter of 2024. Assets were sold to Keystone Data Corporation.",
     "Brightfield, Harmon and Co.", "FY2024Q2"},
    {EN,
     "Tallowmere Foods Announces Third Quarter 2025 Results\n\nOctober 30, 2025 -- Tallowmere "
     "Foods "
     "today announced revenue of $410 million for the third quarter of 2025, helped by its "
     "partnership with Orbison Logistics Group.",
     "Tallowmere Foods", "FY2025Q3"},
    {EN,
     "DENVER, March 5, 2026 (BUSINESS WIRE) -- Quillon Energy Partners, L.P. (NASDAQ: QEP) "
     "reported fourth quarter 2025 revenue of $1.2 billion.",
     "Quillon Energy Partners, L.P.", "FY2025Q4"},
    {EN,
     "ASHCOMBE MINING REPORTS RECORD FIRST QUARTER\n\nRevenue for the first quarter of 2026 was "
     "$88 "
     "million. The company renewed its contract with Pellham Holdings Inc.",
     "ASHCOMBE MINING", "FY2026Q1"},
    {EN,
     "Kestrel Devices Ltd. today reported results for the third quarter of fiscal 2026. Revenue "
     "was "
     "$410 million.",
     "Kestrel Devices Ltd.", "FY2026Q3"},
    {ZH, "碧湖医药(02208.HK)发布盈利警告：预计截至2021年12月31日止年度的收入将较2020年减少约15%。",
     "碧湖医药", "FY2021"},
    {ZH,
     "【云峰光电：2023年净利同比增长18%"
     "】股东华信投资基金股份有限公司计划减持公司股份。云峰光电公告，"
     "2023年实现营业收入12.5亿元。",
     "云峰光电", "FY2023"},
    {ZH, "证券简称：青禾股份\n2024年营业收入为8.6亿元，同比增长12%。", "青禾股份", "FY2024"},
    /* A label that names the fiscal year and its quarter over a title's quarter with no year. */
    {ZH,
     "【快讯】远舟贷第三季财报\n远舟贷发布了截至2018年9月30日的2019财年第二财季未经审计的财务业绩，"
     "净收入为360万美元。",
     "远舟贷", "FY2019Q2"},
    {JA,
     "2025年3月期 決算短信〔日本基準〕（連結）\n上場会社名 "
     "みなと精機株式会社\n売上高は120億円となりました。",
     "みなと精機株式会社", "FY2025"},
};

START_TEST(test_report) {
  const rcase *c = &reports[_i];
  earn_error err;
  earn_doc *doc = earn_doc_read(ex, c->text, strlen(c->text), lang_option(c->lang), &err);
  ck_assert_msg(doc != NULL, "%s: %s", c->text, err.msg);
  char issuer[256], period[32];
  snprintf(issuer, sizeof issuer, "%s", earn_doc_issuer(doc));
  snprintf(period, sizeof period, "%s", earn_doc_period(doc));
  earn_doc_free(doc);
  ck_assert_msg(strcmp(issuer, c->issuer) == 0 && strcmp(period, c->period) == 0,
                "in \"%s\": issuer \"%s\" period %s, want \"%s\" %s", c->text, issuer, period,
                c->issuer, c->period);
}
END_TEST

Suite *statements_suite(void) {
  Suite *s = suite_create("statements");
  TCase *tc = tcase_create("cases");
  tcase_add_unchecked_fixture(tc, setup, teardown);
  tcase_add_loop_test(tc, test_statement, 0, (int)(sizeof cases / sizeof cases[0]));
  tcase_add_loop_test(tc, test_report, 0, (int)(sizeof reports / sizeof reports[0]));
  tcase_set_timeout(tc, 120);
  suite_add_tcase(s, tc);
  return s;
}
