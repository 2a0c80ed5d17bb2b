package org.courtstats.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.courtstats.ingest.Cell;
import org.courtstats.ingest.HeaderDetector;
import org.courtstats.ingest.HeaderMatch;
import org.courtstats.ingest.SourceRow;
import org.courtstats.support.References;
import org.courtstats.vocabulary.CaseField;
import org.courtstats.support.BuiltInFeeds;
import org.courtstats.vocabulary.Feed;
import org.courtstats.vocabulary.FeedDeclarations;
import org.courtstats.vocabulary.ReasonCode;
import org.junit.jupiter.api.Test;

class RowNormalizerTest {

    static final List<String> TRIAL = List.of("案号", "立案日期", "结案日期", "结案方式", "审限届满日期", "是否超审限",
            "原审案号", "开庭次数");
    static final List<String> EXECUTION = List.of("执行案号", "立案日期", "结案日期", "结案方式", "申请执行标的额（万元）",
            "实际执行到位金额（万元）", "被执行人类型", "执行依据");

    @Test
    void loadsATrialCaseWithEveryFieldTyped() {
        NormalizedRow row = trial("豫1302", "（2024）豫1302民初12号", "2024年8月1日", "2024-08-20", "调解结案",
                "2025-02-01", "否", "", "2");

        assertThat(row.outcome()).isEqualTo(NormalizedRow.Outcome.LOADED);
        assertThat(row.issues()).isEmpty();
        CaseRecord record = row.record();
        assertThat(record.get(CaseField.CASE_NO)).isEqualTo("（2024）豫1302民初12号");
        assertThat(record.get(CaseField.CASE_COURT_CODE)).isEqualTo("豫1302");
        assertThat(record.get(CaseField.CASE_TYPE_CODE)).isEqualTo("民初");
        assertThat(record.get(CaseField.FILED_ON)).isEqualTo(LocalDate.of(2024, 8, 1));
        assertThat(record.get(CaseField.CLOSED_ON)).isEqualTo(LocalDate.of(2024, 8, 20));
        assertThat(record.get(CaseField.DISPOSITION)).isEqualTo("调解");
        assertThat(record.get(CaseField.OVERDUE)).isEqualTo(false);
        assertThat(record.get(CaseField.HEARINGS)).isEqualTo(2);
    }

    @Test
    void attributesAnAppealThroughItsOriginalCaseNumber() {
        NormalizedRow row = trial("豫13", "（2024）豫13民终7号", "2024-08-01", "2024-08-20", "部分改判", "", "", "(2023)豫1325民初88号", "1");

        assertThat(row.outcome()).isEqualTo(NormalizedRow.Outcome.LOADED);
        assertThat(row.record().get(CaseField.DISPOSITION)).isEqualTo("改判");
        assertThat(row.record().get(CaseField.ORIGINAL_CASE_NO)).isEqualTo("（2023）豫1325民初88号");
        assertThat(row.record().get(CaseField.ORIGINAL_COURT_CODE)).isEqualTo("豫1325");
    }

    @Test
    void rejectsAnAppealWithoutItsOriginalCaseNumber() {
        NormalizedRow row = trial("豫13", "（2024）豫13民终7号", "2024-08-01", "", "", "", "", "", "");

        assertThat(reasons(row)).containsExactly(ReasonCode.MISSING_VALUE);
        assertThat(row.issues().get(0).message()).contains("原审案号").contains("民事二审");
    }

    @Test
    void aMissingValueOfAWorkbookPointsAtMergedCellsAndOfACsvDoesNot() {
        NormalizedRow workbook = trial("豫1302", "（2024）豫1302民初9号", "", "", "", "", "", "", "");
        NormalizedRow csv = normalize(BuiltInFeeds.TRIAL, "豫1302", "宛城区法院_审判案件.csv", TRIAL,
                "（2024）豫1302民初9号", "", "", "", "", "", "", "", "");

        assertThat(workbook.issues()).singleElement().satisfies(issue -> assertThat(issue.message())
                .contains("“立案日期”为空（如在 Excel 中看到此格有值，它多半在合并单元格中").endsWith(ReasonCode.MISSING_VALUE.fix() + "。"));
        assertThat(csv.issues()).singleElement().satisfies(issue -> assertThat(issue.message()).doesNotContain("合并单元格"));
    }

    @Test
    void rejectsAnAppealWhenTheFileHasNoOriginalCaseNumberColumn() {
        NormalizedRow row = normalize(BuiltInFeeds.TRIAL, "豫13", "南阳中院_审判案件.csv", List.of("案号", "立案日期", "结案日期", "结案方式"),
                "（2024）豫13民终7号", "2024-08-01", "", "");

        assertThat(reasons(row)).containsExactly(ReasonCode.MISSING_VALUE);
        assertThat(row.issues().get(0).field()).isEqualTo(CaseField.ORIGINAL_CASE_NO);
        assertThat(row.issues().get(0).message()).contains("第5行：").contains("文件中没有这一列");
        assertThat(normalize(BuiltInFeeds.TRIAL, "豫13", "南阳中院_审判案件.csv", List.of("案号", "立案日期", "结案日期", "结案方式"),
                "（2024）豫13民初7号", "2024-08-01", "", "").issues()).as("first instance needs none").isEmpty();
    }

    @Test
    void loadsARetrialOrRetrialApplicationWithoutItsOriginalCaseNumberWithAWarning() {
        NormalizedRow retrial = trial("豫13", "（2024）豫13民再3号", "2024-08-01", "2024-08-20", "改判", "", "", "", "");
        NormalizedRow application = trial("豫13", "（2024）豫13民申5号", "2024-08-01", "2024-08-21", "驳回再审申请",
                "", "", "", "");

        assertThat(retrial.outcome()).isEqualTo(NormalizedRow.Outcome.LOADED);
        assertThat(reasons(retrial)).containsExactly(ReasonCode.NO_ORIGINAL_CASE_NO);
        assertThat(retrial.issues().get(0).field()).isEqualTo(CaseField.ORIGINAL_CASE_NO);
        assertThat(retrial.issues().get(0).message()).contains("第5行“原审案号”列：民事再审案件未填写“原审案号”，无法归属原审法院");
        assertThat(retrial.record().get(CaseField.ORIGINAL_COURT_CODE)).as("attributed to nobody").isNull();
        assertThat(application.outcome()).isEqualTo(NormalizedRow.Outcome.LOADED);
        assertThat(application.record().get(CaseField.DISPOSITION)).isEqualTo("驳回再审申请");
        assertThat(reasons(application)).containsExactly(ReasonCode.NO_ORIGINAL_CASE_NO);
    }

    @Test
    void aFeedThatRecordsNoOriginalCaseNumberDoesNotAskForOne() {
        NormalizedRow flag = normalize(FeedDeclarations.builtIn().require("supervision"), "豫13", "南阳中院_四类案件_2024年8月.csv",
                List.of("案号", "标记日期", "类别"), "（2024）豫13民再3号", "2024-08-01", "疑难复杂");

        assertThat(flag.outcome()).isEqualTo(NormalizedRow.Outcome.LOADED);
        assertThat(reasons(flag)).as("a 四类案件 flag of a retrial names the case only").isEmpty();
    }

    @Test
    void loadsARetrialOfABasicCourtWhoseFileHasNoOriginalCaseNumberColumn() {
        List<String> header = List.of("案号", "立案日期", "结案日期", "结案方式");
        NormalizedRow row = normalize(BuiltInFeeds.TRIAL, "豫1302", "宛城区法院_审判案件.csv", header,
                "（2024）豫1302民再2号", "2024-08-01", "2024-08-28", "指令再审");

        assertThat(row.outcome()).isEqualTo(NormalizedRow.Outcome.LOADED);
        assertThat(row.record().get(CaseField.DISPOSITION)).isEqualTo("裁定再审");
        assertThat(reasons(row)).containsExactly(ReasonCode.NO_ORIGINAL_CASE_NO);
        assertThat(row.issues().get(0).message()).contains("文件中也没有这一列");
        assertThat(reasons(normalize(BuiltInFeeds.TRIAL, "豫1302", "宛城区法院_审判案件.csv", header,
                "（2024）豫1302民初2号", "2024-08-01", "", ""))).as("first instance needs none").isEmpty();
    }

    @Test
    void acceptsAnUpheldExecutionObjection() {
        NormalizedRow row = normalize(BuiltInFeeds.EXECUTION, "豫1302", "宛城区法院_执行案件.csv", EXECUTION,
                "（2024）豫1302执异4号", "2024-08-01", "2024-08-15", "撤销执行行为", "0", "", "", "");

        assertThat(row.outcome()).isEqualTo(NormalizedRow.Outcome.LOADED);
        assertThat(row.record().get(CaseField.DISPOSITION)).isEqualTo("异议成立");
    }

    @Test
    void keepsAnOldFormatOriginalCaseNumberWithAWarning() {
        NormalizedRow row = trial("豫13", "（2024）豫13民终8号", "2024-08-01", "", "", "", "", "（2014）宛民初字第1489号", "");

        assertThat(row.outcome()).isEqualTo(NormalizedRow.Outcome.LOADED);
        assertThat(reasons(row)).containsExactly(ReasonCode.OLD_FORMAT_CASE_NO);
        assertThat(row.record().get(CaseField.ORIGINAL_COURT_CODE)).isNull();
        assertThat(row.rawRow()).contains("\"原审案号\":\"（2014）宛民初字第1489号\"");
    }

    @Test
    void rejectsEveryProblemOfARowAtOnceWithThePlaceAndTheFix() {
        NormalizedRow row = trial("豫1302", "（2024）豫1302民初12号", "24-8-1", "2024-02-30", "判决驳回", "", "", "", "");

        assertThat(row.outcome()).isEqualTo(NormalizedRow.Outcome.REJECTED);
        assertThat(reasons(row)).containsExactly(ReasonCode.BAD_DATE, ReasonCode.BAD_DATE, ReasonCode.UNKNOWN_DISPOSITION);
        RowIssue first = row.issues().get(0);
        assertThat(first.field()).isEqualTo(CaseField.FILED_ON);
        assertThat(first.rawValue()).isEqualTo("24-8-1");
        assertThat(first.message()).startsWith("文件“宛城区法院_审判案件.xlsx”工作表“明细”第5行“立案日期”列：")
                .contains("24-8-1").endsWith("。");
        assertThat(row.caseNo()).as("kept to find duplicates").isEqualTo("（2024）豫1302民初12号");
        assertThat(row.rawRow()).contains("\"案号\":\"（2024）豫1302民初12号\"");
    }

    @Test
    void rejectsAnotherCourtsCaseAndACaseOfAnotherFeed() {
        assertThat(reasons(trial("豫1302", "（2024）豫1303民初1号", "2024-08-01", "", "", "", "", "", "")))
                .containsExactly(ReasonCode.WRONG_COURT);
        NormalizedRow execution = trial("豫1302", "（2024）豫1302执12号", "2024-08-01", "", "", "", "", "", "");
        assertThat(reasons(execution)).containsExactly(ReasonCode.WRONG_FEED);
        assertThat(execution.issues().get(0).message()).contains("执行案件");
    }

    /** The raw value is the cell as the court wrote it: a leading tab or carriage return is how it can find it. */
    @Test
    void theRawValueOfARejectedCaseNumberKeepsALeadingTabOrCarriageReturn() {
        NormalizedRow tab = trial("豫1302", "\t（2024）豫1303民初1号", "2024-08-01", "", "", "", "", "", "");
        NormalizedRow carriageReturn = trial("豫1302", "\r（2015）宛民初字第1号", "2024-08-01", "", "", "", "", "", "");
        NormalizedRow original = trial("豫13", "（2024）豫13民终7号", "2024-08-01", "", "", "", "", "\t（2015）宛民初字第1号", "");

        assertThat(tab.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.reason()).isEqualTo(ReasonCode.WRONG_COURT);
            assertThat(issue.rawValue()).isEqualTo("\t（2024）豫1303民初1号");
        });
        assertThat(carriageReturn.issues()).singleElement()
                .satisfies(issue -> assertThat(issue.rawValue()).isEqualTo("\r（2015）宛民初字第1号"));
        assertThat(original.issues()).singleElement()
                .satisfies(issue -> assertThat(issue.rawValue()).isEqualTo("\t（2015）宛民初字第1号"));
    }

    @Test
    void keepsAnUnknownTypeCodeWithAWarning() {
        NormalizedRow row = trial("豫1302", "（2024）豫1302民保3号", "2024-08-01", "", "", "", "", "", "");

        assertThat(row.outcome()).isEqualTo(NormalizedRow.Outcome.LOADED);
        assertThat(reasons(row)).containsExactly(ReasonCode.UNKNOWN_TYPE_CODE);
    }

    @Test
    void rejectsAnOldFormatNumberAsTheCaseItself() {
        assertThat(reasons(trial("豫1302", "（2014）宛民初字第1489号", "2014-08-01", "", "", "", "", "", "")))
                .containsExactly(ReasonCode.BAD_CASE_NO);
    }

    @Test
    void requiresTheDispositionOfAClosedCaseAndTheDateOfADisposedOne() {
        assertThat(trial("豫1302", "（2024）豫1302民初1号", "2024-08-01", "2024-08-09", "", "", "", "", "").issues())
                .extracting(RowIssue::reason, RowIssue::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReasonCode.MISSING_VALUE, CaseField.DISPOSITION));
        assertThat(trial("豫1302", "（2024）豫1302民初1号", "2024-08-01", "", "判决", "", "", "", "").issues())
                .extracting(RowIssue::reason, RowIssue::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReasonCode.MISSING_VALUE, CaseField.CLOSED_ON));
        assertThat(reasons(trial("豫1302", "", "2024-08-01", "", "", "", "", "", "")))
                .containsExactly(ReasonCode.MISSING_VALUE);
    }

    @Test
    void checksDatesAgainstEachOtherAndThePeriod() {
        assertThat(reasons(trial("豫1302", "（2024）豫1302民初1号", "2024-08-10", "2024-08-09", "判决", "", "", "", "")))
                .containsExactly(ReasonCode.CLOSED_BEFORE_FILED);
        assertThat(reasons(trial("豫1302", "（2024）豫1302民初1号", "2024-08-10", "2024-09-01", "判决", "", "", "", "")))
                .containsExactly(ReasonCode.AFTER_PERIOD);
        assertThat(reasons(trial("豫1302", "（2024）豫1302民初1号", "2024-09-10", "", "", "", "", "", "")))
                .containsExactly(ReasonCode.AFTER_PERIOD);
        assertThat(trial("豫1302", "（2024）豫1302民初1号", "2024-08-10", "", "", "2025-02-10", "", "", "").outcome())
                .as("审限届满日期 may lie in the future").isEqualTo(NormalizedRow.Outcome.LOADED);
    }

    @Test
    void skipsCasesClosedBeforeTheYearAndTotalsAndNotesRows() {
        assertThat(trial("豫1302", "（2023）豫1302民初1号", "2023-03-10", "2023-12-31", "判决", "", "", "", "").outcome())
                .isEqualTo(NormalizedRow.Outcome.SKIPPED_OUT_OF_WINDOW);
        assertThat(trial("豫1302", "合计", "", "", "", "", "", "", "").outcome())
                .isEqualTo(NormalizedRow.Outcome.SKIPPED_NOT_DATA);
        assertThat(trial("豫1302", "制表人：张三", "", "", "", "", "", "", "").outcome())
                .isEqualTo(NormalizedRow.Outcome.SKIPPED_NOT_DATA);
        assertThat(trial("豫1302", TRIAL.toArray(String[]::new)).outcome())
                .as("a header repeated on every printed page").isEqualTo(NormalizedRow.Outcome.SKIPPED_NOT_DATA);
    }

    @Test
    void readsAmountsInTheUnitOfTheirHeaderAndWarnsWhenMoreWasRecoveredThanApplied() {
        NormalizedRow row = execution("（2024）豫1302执5号", "2024-08-01", "2024-08-20", "执行完毕", "1.5", "1.6", "企业",
                "（2023）豫1302民初9号");

        assertThat(row.outcome()).isEqualTo(NormalizedRow.Outcome.LOADED);
        assertThat((BigDecimal) row.record().get(CaseField.APPLIED_AMOUNT)).isEqualByComparingTo("15000");
        assertThat((BigDecimal) row.record().get(CaseField.RECOVERED_AMOUNT)).isEqualByComparingTo("16000");
        assertThat(row.record().get(CaseField.BASIS_TYPE_CODE)).isEqualTo("民初");
        assertThat(reasons(row)).containsExactly(ReasonCode.RECOVERED_EXCEEDS_APPLIED);
    }

    @Test
    void readsAnEmptyRecoveredAmountAsZeroAndKeepsABasisThatIsNoCaseNumber() {
        NormalizedRow row = execution("（2024）豫1302执6号", "2024-08-01", "", "", "2", "", "自然人", "宛仲裁字〔2023〕12号");

        assertThat(row.issues()).isEmpty();
        assertThat((BigDecimal) row.record().get(CaseField.RECOVERED_AMOUNT)).isEqualByComparingTo("0");
        assertThat(row.record().get(CaseField.BASIS_CASE_NO)).isEqualTo("宛仲裁字〔2023〕12号");
        assertThat(row.record().get(CaseField.BASIS_TYPE_CODE)).isNull();
        assertThat(reasons(execution("（2024）豫1302执7号", "2024-08-01", "", "", "-3", "", "", "")))
                .containsExactly(ReasonCode.NEGATIVE_AMOUNT);
        assertThat(reasons(execution("（2024）豫1302执7号", "2024-08-01", "", "", "约五万元", "", "", "")))
                .containsExactly(ReasonCode.BAD_AMOUNT);
        NormalizedRow idNumber = execution("（2024）豫1302执8号", "2024-08-01", "", "", "411321198801012345", "", "", "");
        assertThat(reasons(idNumber)).containsExactly(ReasonCode.BAD_AMOUNT);
        assertThat(idNumber.issues().get(0).message()).contains("证件号码");
    }

    @Test
    void rejectsACaseOfAnotherFeedInTheExecutionAndMediationFeeds() {
        assertThat(reasons(execution("（2024）豫1302民初1号", "2024-08-01", "", "", "1", "", "", "")))
                .containsExactly(ReasonCode.WRONG_FEED);
        NormalizedRow mediation = normalize(BuiltInFeeds.MEDIATION, "豫1302", "宛城_诉前调解.csv",
                List.of("诉前调解案号", "登记日期", "办结日期", "调解结果"), "（2024）豫1302执1号", "2024-08-01", "", "");
        assertThat(reasons(mediation)).containsExactly(ReasonCode.WRONG_FEED);
        assertThat(mediation.issues().get(0).message()).contains("诉前调解");
    }

    static NormalizedRow trial(String court, String... cells) {
        return normalize(BuiltInFeeds.TRIAL, court, "宛城区法院_审判案件.xlsx", TRIAL, cells);
    }

    static NormalizedRow execution(String... cells) {
        return normalize(BuiltInFeeds.EXECUTION, "豫1302", "宛城区法院_执行案件.xlsx", EXECUTION, cells);
    }

    static NormalizedRow normalize(Feed feed, String court, String fileName, List<String> header, String... cells) {
        List<SourceRow> rows = List.of(row(1, header.toArray(String[]::new)));
        HeaderMatch match = new HeaderDetector().detect(rows).stream()
                .filter(m -> m.feed() == feed).findFirst().orElseThrow();
        RowNormalizer normalizer = new RowNormalizer(
                new RowNormalizer.Delivery(fileName, !fileName.endsWith(".csv"), YearMonth.of(2024, 8), court, feed),
                match.bindings(), match.headersAsWritten(),
                new CaseNumberParser(References.data().typeCodes()), References.data());
        return normalizer.normalize(row(5, cells));
    }

    static SourceRow row(int number, String... cells) {
        List<Cell> list = new ArrayList<>();
        for (String cell : cells) {
            list.add(Cell.text(cell));
        }
        return new SourceRow("明细", number, list);
    }

    static List<ReasonCode> reasons(NormalizedRow row) {
        return row.issues().stream().map(RowIssue::reason).toList();
    }
}
