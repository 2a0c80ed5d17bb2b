package org.courtstats.vocabulary;

import static org.courtstats.vocabulary.CaseField.*;
import static org.courtstats.vocabulary.Requirement.*;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The three feeds a court delivers and their columns (feeds.md section 2). One schema per feed drives
 * header detection, normalisation and loading alike; nothing else in the code lists columns.
 */
public enum Feed {
    TRIAL("trial", "审判案件", "审判", "trial cases", List.of(
            FieldSpec.of(CASE_NO, ValueType.CASE_NO, REQUIRED, true, "案号", "案件号", "案件编号"),
            FieldSpec.of(CAUSE, ValueType.TEXT, OPTIONAL, false, "案由", "案由名称"),
            FieldSpec.of(FILED_ON, ValueType.DATE, REQUIRED, true, "立案日期", "收案日期", "立案时间"),
            FieldSpec.of(CLOSED_ON, ValueType.DATE, OPTIONAL, true, "结案日期", "审结日期", "结案时间"),
            FieldSpec.of(DISPOSITION, ValueType.TRIAL_DISPOSITION, REQUIRED_WHEN_CLOSED, true,
                    "结案方式", "结案方式名称", "结案类型"),
            FieldSpec.of(DEADLINE_ON, ValueType.DATE, OPTIONAL, false, "审限届满日期", "法定审限届满日期", "审限到期日期"),
            FieldSpec.of(OVERDUE, ValueType.YES_NO, OPTIONAL, false, "是否超审限", "超审限"),
            FieldSpec.of(PROCEDURE, ValueType.PROCEDURE, OPTIONAL, false, "适用程序", "审理程序", "程序"),
            FieldSpec.of(HEARINGS, ValueType.COUNT, OPTIONAL, false, "开庭次数", "是否开庭")
                    .withHeaderType("是否开庭", ValueType.YES_NO_AS_COUNT),
            FieldSpec.of(ORIGINAL_CASE_NO, ValueType.CASE_NO, REQUIRED_FOR_SECOND_INSTANCE, false, "原审案号", "一审案号", "原案号"),
            FieldSpec.of(JUDGE, ValueType.TEXT, OPTIONAL, false, "承办人", "承办法官", "主审法官"),
            FieldSpec.of(DIVISION, ValueType.TEXT, OPTIONAL, false, "承办部门", "承办庭室", "审判庭"),
            FieldSpec.of(CLAIM_AMOUNT, ValueType.AMOUNT, OPTIONAL, false, "诉讼标的额", "标的额", "标的金额"))),

    EXECUTION("execution", "执行案件", "执行", "execution cases", List.of(
            FieldSpec.of(CASE_NO, ValueType.CASE_NO, REQUIRED, true, "案号", "案件号", "执行案号"),
            FieldSpec.of(FILED_ON, ValueType.DATE, REQUIRED, true, "立案日期", "收案日期"),
            FieldSpec.of(CLOSED_ON, ValueType.DATE, OPTIONAL, true, "结案日期", "执结日期"),
            FieldSpec.of(DISPOSITION, ValueType.EXECUTION_DISPOSITION, REQUIRED_WHEN_CLOSED, true,
                    "结案方式", "执行结案方式"),
            FieldSpec.of(APPLIED_AMOUNT, ValueType.AMOUNT, REQUIRED, true,
                    "申请执行标的额", "申请执行标的金额", "申请标的额", "执行标的"),
            FieldSpec.of(RECOVERED_AMOUNT, ValueType.AMOUNT, OPTIONAL, false, "实际执行到位金额", "执行到位金额", "到位金额"),
            FieldSpec.of(RESPONDENT_TYPE, ValueType.RESPONDENT_TYPE, OPTIONAL, false, "被执行人类型", "被执行人性质"),
            FieldSpec.of(BASIS_CASE_NO, ValueType.CASE_NO_OR_TEXT, OPTIONAL, false, "执行依据文书号", "执行依据", "执行依据案号"),
            FieldSpec.of(JUDGE, ValueType.TEXT, OPTIONAL, false, "承办人", "执行法官", "承办法官"))),

    MEDIATION("mediation", "诉前调解", "诉前调解", "pre-litigation mediations", List.of(
            FieldSpec.of(CASE_NO, ValueType.CASE_NO, REQUIRED, true, "案号", "诉前调解案号", "调解案号"),
            FieldSpec.of(FILED_ON, ValueType.DATE, REQUIRED, true, "登记日期", "收案日期", "委派日期"),
            FieldSpec.of(CLOSED_ON, ValueType.DATE, OPTIONAL, true, "办结日期", "结束日期", "结案日期"),
            FieldSpec.of(DISPOSITION, ValueType.MEDIATION_OUTCOME, REQUIRED_WHEN_CLOSED, true, "调解结果", "处理结果"),
            FieldSpec.of(FOLLOW_UP, ValueType.FOLLOW_UP, OPTIONAL, false, "后续处理", "成功后处理方式"),
            FieldSpec.of(FILED_CASE_NO, ValueType.CASE_NO, OPTIONAL, false, "转立案案号", "诉讼案号"),
            FieldSpec.of(MEDIATOR, ValueType.TEXT, OPTIONAL, false, "调解员", "调解组织")));

    private final String code;
    private final String label;
    private final String reportName;
    private final String englishName;
    private final List<FieldSpec> fields;

    Feed(String code, String label, String reportName, String englishName, List<FieldSpec> fields) {
        this.code = code;
        this.label = label;
        this.reportName = reportName;
        this.englishName = englishName;
        this.fields = fields;
    }

    /** The feed code used in the warehouse and in case-types.csv: trial, execution, mediation. */
    public String code() {
        return code;
    }

    /** The Chinese name courts use: 审判案件, 执行案件, 诉前调解. */
    public String label() {
        return label;
    }

    /** The name reports, the bulletin and the mart show (core.feed.feed_name): 审判, 执行, 诉前调解. */
    public String reportName() {
        return reportName;
    }

    /** core.feed.feed_name_en: trial cases, execution cases, pre-litigation mediations. */
    public String englishName() {
        return englishName;
    }

    public List<FieldSpec> fields() {
        return fields;
    }

    public Optional<FieldSpec> field(CaseField field) {
        return fields.stream().filter(spec -> spec.field() == field).findFirst();
    }

    /** The feed a file name speaks of (…_执行案件_…), if it names exactly one. */
    public static Optional<Feed> namedIn(String fileName) {
        List<Feed> named = Arrays.stream(values())
                .filter(feed -> fileName.contains(feed.label().substring(0, 2)))
                .toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    public static Optional<Feed> ofCode(String code) {
        return Arrays.stream(values()).filter(feed -> feed.code.equals(code)).findFirst();
    }
}
