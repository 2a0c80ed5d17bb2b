package org.courtstats.samples.quirks;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.courtstats.samples.world.Feed;
import org.courtstats.samples.world.Field;

/** The header words a court's export uses: the canonical ones of feeds.md section 2, or accepted aliases. */
enum HeaderNaming {
    CANONICAL,
    /** 案件号, 收案日期, 审结日期, 结案方式名称, 承办法官, 执结日期, 执行案号, 诉前调解案号, … */
    ALIASES_A,
    /** 案件编号, 立案时间, 结案时间, 结案类型, 法定审限届满日期, 主审法官, 审判庭, 委派日期, … */
    ALIASES_B,
    /** Canonical but for a few columns (案件编号, 承办法官, 标的额, 执行标的). */
    SOME_ALIASES;

    private static final Map<Field, String> EXTRA = Map.of(
            Field.SEQUENCE, "序号", Field.PARTIES, "当事人", Field.REMARK, "备注",
            Field.LITIGATION_FEE, "诉讼费", Field.DISPUTE_TYPE, "纠纷类型");

    String header(Feed feed, Field field) {
        String extra = EXTRA.get(field);
        if (extra != null) {
            return extra;
        }
        String name = names(feed).get(field);
        if (name == null) {
            throw new IllegalArgumentException(feed + " has no column " + field);
        }
        return name;
    }

    private Map<Field, String> names(Feed feed) {
        Map<Field, String> names = new EnumMap<>(Field.class);
        switch (feed) {
            case TRIAL -> {
                String[] words = switch (this) {
                    case CANONICAL -> new String[] {"案号", "案由", "立案日期", "结案日期", "结案方式", "审限届满日期",
                            "是否超审限", "适用程序", "开庭次数", "原审案号", "承办人", "承办部门", "诉讼标的额"};
                    case ALIASES_A -> new String[] {"案件号", "案由名称", "收案日期", "审结日期", "结案方式名称",
                            "审限到期日期", "超审限", "审理程序", "开庭次数", "一审案号", "承办法官", "承办庭室", "标的额"};
                    case ALIASES_B -> new String[] {"案件编号", "案由", "立案时间", "结案时间", "结案类型",
                            "法定审限届满日期", "是否超审限", "程序", "开庭次数", "原案号", "主审法官", "审判庭", "标的金额"};
                    case SOME_ALIASES -> new String[] {"案件编号", "案由", "立案日期", "结案日期", "结案方式",
                            "审限届满日期", "是否超审限", "适用程序", "开庭次数", "原审案号", "承办法官", "承办部门", "标的额"};
                };
                fill(names, feed, words);
            }
            case EXECUTION -> {
                String[] words = switch (this) {
                    case CANONICAL -> new String[] {"案号", "立案日期", "结案日期", "结案方式", "申请执行标的额",
                            "实际执行到位金额", "被执行人类型", "执行依据文书号", "承办人"};
                    case ALIASES_A -> new String[] {"执行案号", "收案日期", "执结日期", "执行结案方式", "申请执行标的金额",
                            "执行到位金额", "被执行人性质", "执行依据", "执行法官"};
                    case ALIASES_B -> new String[] {"案件号", "立案日期", "执结日期", "结案方式", "申请标的额",
                            "到位金额", "被执行人类型", "执行依据案号", "承办法官"};
                    case SOME_ALIASES -> new String[] {"案号", "立案日期", "结案日期", "结案方式", "执行标的",
                            "实际执行到位金额", "被执行人类型", "执行依据文书号", "承办法官"};
                };
                fill(names, feed, words);
            }
            case MEDIATION -> {
                String[] words = switch (this) {
                    case CANONICAL, SOME_ALIASES -> new String[] {"案号", "登记日期", "办结日期", "调解结果", "后续处理",
                            "转立案案号", "调解员"};
                    case ALIASES_A -> new String[] {"诉前调解案号", "收案日期", "结束日期", "处理结果", "成功后处理方式",
                            "诉讼案号", "调解组织"};
                    case ALIASES_B -> new String[] {"调解案号", "委派日期", "结案日期", "调解结果", "后续处理",
                            "转立案案号", "调解员"};
                };
                fill(names, feed, words);
            }
        }
        return names;
    }

    /** @param words the headers in the order of {@link Layout#canonicalFields(Feed)} */
    private static void fill(Map<Field, String> names, Feed feed, String[] words) {
        List<Field> fields = Layout.canonicalFields(feed);
        for (int i = 0; i < fields.size(); i++) {
            names.put(fields.get(i), words[i]);
        }
    }
}
