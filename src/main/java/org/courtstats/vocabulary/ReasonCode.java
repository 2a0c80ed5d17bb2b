package org.courtstats.vocabulary;

/**
 * Why a row was rejected (errors) or flagged (warnings), per feeds.md section 6. Each code carries
 * the Chinese title shown in reports and the fix the court is asked to make; the message of a
 * single rejection adds the place and the value.
 */
public enum ReasonCode {
    BAD_CASE_NO(Severity.ERROR, "案号格式错误",
            "请按“（收案年度）法院代字类型代字编号号”填写，例如（2024）豫1302民初123号"),
    WRONG_COURT(Severity.ERROR, "案号不属于本院",
            "本文件只应包含本院案件，请删除他院案件或改由该院报送"),
    WRONG_FEED(Severity.ERROR, "案件类型与报表不符",
            "请将该案件移至对应的报表（审判、执行或诉前调解）"),
    MISSING_VALUE(Severity.ERROR, "必填项为空", "请补填该项后重新报送"),
    BAD_DATE(Severity.ERROR, "日期格式错误",
            "请填写四位年份的有效日期，例如 2024-08-01 或 2024年8月1日"),
    CLOSED_BEFORE_FILED(Severity.ERROR, "结案日期早于立案日期", "请核对立案日期和结案日期"),
    AFTER_PERIOD(Severity.ERROR, "日期晚于统计月份",
            "本月报表只应包含截至月末的情况，请核对日期或将该案件放在以后月份报送"),
    BAD_AMOUNT(Severity.ERROR, "金额格式错误", "请填写数字金额，例如 12345.67；单位为万元时请在表头注明"),
    NEGATIVE_AMOUNT(Severity.ERROR, "金额为负数", "请核对金额，金额不能小于零"),
    UNKNOWN_DISPOSITION(Severity.ERROR, "结案方式无法识别", "请使用统计口径规定的结案方式名称"),
    BAD_VALUE(Severity.ERROR, "取值无法识别", "请按该栏目允许的取值填写"),
    DUPLICATE_CASE_NO(Severity.ERROR, "案号重复",
            "同一案号在本文件中出现多次，无法判断以哪一行为准，请合并为一行后重新报送"),
    /** The key of a register keyed otherwise (申请编号 of 联系法官, 网上立案) twice in one delivery. */
    DUPLICATE_KEY(Severity.ERROR, "申请编号重复",
            "同一申请编号在本文件中出现多次，无法判断以哪一行为准，请合并为一行后重新报送"),
    /**
     * A 案号 of a ledger of another feed's cases (四类案件: cases_of trial) that the court's published
     * slice of that feed for the month does not hold; found when the month is published.
     */
    NOT_A_TRIAL_CASE(Severity.ERROR, "不是本院本月的审判案件",
            "四类案件只能标记本院已报送的审判案件，请核对案号，或先在本月审判案件报表中报送该案件后重新报送"),
    RECOVERED_EXCEEDS_APPLIED(Severity.WARNING, "执行到位金额大于申请执行标的额",
            "请核对两项金额；如确属实（如含利息、迟延履行金），可不作修改"),
    UNKNOWN_TYPE_CODE(Severity.WARNING, "类型代字不在代字表中",
            "该案件已接收，但不计入按类型统计的指标；请核对类型代字"),
    OLD_FORMAT_CASE_NO(Severity.WARNING, "旧式案号",
            "2016年以前的旧式案号不含法院代字，无法归属法院，相应的上诉、改判等不计入任何法院"),
    NO_ORIGINAL_CASE_NO(Severity.WARNING, "未填原审案号",
            "该案件已接收并计入本院统计，但无法归属原审法院（申诉申请再审率等不计入任何法院）；如有原审案号，请补填后重新报送");

    private final Severity severity;
    private final String title;
    private final String fix;

    ReasonCode(Severity severity, String title, String fix) {
        this.severity = severity;
        this.title = title;
        this.fix = fix;
    }

    public Severity severity() {
        return severity;
    }

    /** Short Chinese title, e.g. 日期格式错误. */
    public String title() {
        return title;
    }

    /** What the court should do, in Chinese. */
    public String fix() {
        return fix;
    }
}
