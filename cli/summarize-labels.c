/* SPDX-License-Identifier: MIT */
/* The words of the summary in English, Japanese and Chinese: section titles, column heads,
   metric names. The metric table also fixes the order in which a section lists them. */
#include <string.h>

#include "summarize.h"

/* Indexed by earn_lang: en, ja, zh. */
static const char *const words[SUM_W_COUNT][3] = {
    [SUM_W_HEADLINE] = {"Headline", "主要業績", "主要业绩"},
    [SUM_W_YEAR] = {"Full year and year to date", "通期・累計", "全年及累计"},
    [SUM_W_SEGMENTS] = {"Segments", "セグメント別", "分部业绩"},
    [SUM_W_GUIDANCE] = {"Guidance and targets", "業績見通し・目標", "业绩指引与目标"},
    [SUM_W_OPERATING] = {"Operating figures", "事業指標", "运营数据"},
    [SUM_W_DIAGNOSTICS] = {"Diagnostics", "診断", "诊断"},
    [SUM_W_KIND] = {"kind", "種別", "类别"},
    [SUM_W_PERIOD] = {"period", "期間", "期间"},
    [SUM_W_SEGMENT] = {"segment", "セグメント", "分部"},
    [SUM_W_METRIC] = {"metric", "項目", "项目"},
    [SUM_W_FIGURE] = {"as written", "開示値", "披露数字"},
    [SUM_W_VALUE] = {"exact value", "正確な値", "精确数值"},
    [SUM_W_UNIT] = {"unit", "単位", "单位"},
    [SUM_W_YOY] = {"yoy", "前年比", "同比"},
    [SUM_W_QOQ] = {"qoq", "前期比", "环比"},
    [SUM_W_LOCATION] = {"line:col", "行:列", "行:列"},
    [SUM_W_SEVERITY] = {"severity", "重要度", "级别"},
    [SUM_W_MESSAGE] = {"message", "内容", "内容"},
    [SUM_W_GUIDANCE_KIND] = {"guidance", "見通し", "指引"},
    [SUM_W_TARGET_KIND] = {"target", "目標", "目标"},
    [SUM_W_ADJUSTED] = {"adjusted", "調整後", "经调整"},
    [SUM_W_COMPARABLE] = {"comparable", "実質", "可比"},
    [SUM_W_WARNING] = {"warning", "警告", "警告"},
    [SUM_W_NOTE] = {"note", "注記", "提示"},
    [SUM_W_CALENDAR] = {"calendar", "暦年", "自然年"},
    [SUM_W_RELEASED] = {"released", "発表日", "发布日期"},
    [SUM_W_NO_ISSUER] = {"(issuer not named)", "（発行体名なし）", "（未载明发行人）"},
    [SUM_W_COMPUTED] = {"* computed from the year-earlier figure the release states",
                        "* 開示された前年同期の数値から算出", "* 根据公告披露的上年同期数字计算"},
};

const char *sum_word_text(earn_lang lang, sum_word word) {
  return words[word][lang <= EARN_LANG_ZH ? lang : EARN_LANG_EN];
}

void sum_fiscal_year_end_text(earn_lang lang, int month, char *buf, size_t cap) {
  static const char *const months[12] = {"January",   "February", "March",    "April",
                                         "May",       "June",     "July",     "August",
                                         "September", "October",  "November", "December"};
  if (month < 1 || month > 12) {
    buf[0] = '\0';
    return;
  }
  if (lang == EARN_LANG_JA)
    snprintf(buf, cap, "%d月決算", month);
  else if (lang == EARN_LANG_ZH)
    snprintf(buf, cap, "财年截至%d月", month);
  else
    snprintf(buf, cap, "fiscal year ends in %s", months[month - 1]);
}

/* The metric ids of data/lexicon/metrics.tsv, in the order a reader of a results table
   expects: the income statement top down, per-share figures, margins, cash flow, then the
   operating counts. */
typedef struct metric_words {
  const char *id;
  bool operating;
  const char *label[3];
} metric_words;

static const metric_words metrics[] = {
    {"revenue", false, {"Revenue", "売上高", "营业收入"}},
    {"gmv", false, {"GMV", "流通取引総額", "商品交易总额"}},
    {"cost_of_revenue", false, {"Cost of revenue", "売上原価", "营业成本"}},
    {"gross_profit", false, {"Gross profit", "売上総利益", "毛利"}},
    {"operating_income", false, {"Operating income", "営業利益", "经营利润"}},
    {"ebit", false, {"EBIT", "EBIT", "息税前利润"}},
    {"ebita", false, {"EBITA", "EBITA", "EBITA"}},
    {"ebitda", false, {"EBITDA", "EBITDA", "EBITDA"}},
    {"ordinary_income", false, {"Ordinary income", "経常利益", "经常利润"}},
    {"pretax_income", false, {"Pretax income", "税引前利益", "税前利润"}},
    {"net_income", false, {"Net income", "純利益", "净利润"}},
    {"eps", false, {"EPS", "1株当たり利益", "每股收益"}},
    {"dividend_per_share", false, {"Dividend per share", "1株当たり配当金", "每股股息"}},
    {"gross_margin", false, {"Gross margin", "売上総利益率", "毛利率"}},
    {"operating_margin", false, {"Operating margin", "営業利益率", "经营利润率"}},
    {"operating_cash_flow", false, {"Operating cash flow", "営業キャッシュフロー", "经营现金流"}},
    {"free_cash_flow", false, {"Free cash flow", "フリーキャッシュフロー", "自由现金流"}},
    {"capex", false, {"Capital expenditure", "設備投資", "资本开支"}},
    {"cash", false, {"Cash and equivalents", "現金及び現金同等物", "现金及现金等价物"}},
    {"users", true, {"Users", "ユーザー数", "用户数"}},
    {"members", true, {"Members", "会員数", "会员数"}},
    {"customers", true, {"Customers", "顧客数", "客户数"}},
    {"shipments", true, {"Shipments", "出荷数", "出货量"}},
    {"orders", true, {"Orders", "注文数", "订单量"}},
    {"headcount", true, {"Employees", "従業員数", "员工人数"}},
};
enum { METRIC_COUNT = sizeof metrics / sizeof metrics[0] };

static const metric_words *find_metric(const char *id) {
  for (size_t i = 0; i < METRIC_COUNT; i++)
    if (strcmp(metrics[i].id, id) == 0)
      return &metrics[i];
  return NULL;
}

const char *sum_metric_label(earn_lang lang, const char *metric) {
  const metric_words *m = find_metric(metric);
  return m ? m->label[lang <= EARN_LANG_ZH ? lang : EARN_LANG_EN] : metric;
}

int sum_metric_rank(const char *metric) {
  const metric_words *m = find_metric(metric);
  return m ? (int)(m - metrics) : METRIC_COUNT;
}

bool sum_metric_is_operating(const char *metric) {
  const metric_words *m = find_metric(metric);
  return m && m->operating;
}

int sum_lang_parse(const char *name, earn_lang *lang) {
  static const earn_lang all[] = {EARN_LANG_EN, EARN_LANG_JA, EARN_LANG_ZH};
  for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
    if (strcmp(name, earn_lang_name(all[i])) == 0) {
      *lang = all[i];
      return 0;
    }
  }
  return -1;
}
