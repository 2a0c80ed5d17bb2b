package org.courtstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.courtstats.vocabulary.CaseField;
import org.courtstats.support.BuiltInFeeds;
import org.courtstats.vocabulary.Feed;
import org.courtstats.vocabulary.ValueType;
import org.junit.jupiter.api.Test;

class HeaderDetectorTest {

    final HeaderDetector detector = new HeaderDetector();

    @Test
    void findsTheHeaderBelowTitleRows() {
        HeaderMatch match = best(
                row(1, "南阳市宛城区人民法院2024年1-8月审判案件明细"),
                row(2, "制表日期：2024年9月2日"),
                row(4, "序号", "案号", "案由", "立案日期", "结案日期", "结案方式"),
                row(5, "1", "（2024）豫1302民初1号", "离婚纠纷", "2024-08-01", "", ""));

        assertThat(match.headerRow()).isEqualTo(4);
        assertThat(match.lastHeaderRow()).isEqualTo(4);
        assertThat(match.feed()).isEqualTo(BuiltInFeeds.TRIAL);
        assertThat(match.isComplete()).isTrue();
        assertThat(column(match, CaseField.CASE_NO).column()).isEqualTo(1);
        assertThat(match.unknownColumns()).containsExactly("序号");
    }

    @Test
    void matchesAliasesAfterRemovingSpacesAndFullWidthForms() {
        HeaderMatch match = best(row(1, " 案件编号 ", "收\u3000案\u3000日\u3000期", "审结日期", "结案方式名称", "是否开庭",
                "标的金额（万元）"));

        assertThat(match.feed()).isEqualTo(BuiltInFeeds.TRIAL);
        assertThat(match.isComplete()).isTrue();
        assertThat(column(match, CaseField.FILED_ON).column()).isEqualTo(1);
        assertThat(column(match, CaseField.HEARINGS).type()).isEqualTo(ValueType.YES_NO_AS_COUNT);
        assertThat(column(match, CaseField.CLAIM_AMOUNT).multiplier()).isEqualByComparingTo(BigDecimal.valueOf(10_000));
    }

    @Test
    void readsATwoRowHeaderWithVerticalMergesAndAUnitSpanningColumns() {
        HeaderMatch match = best(
                row(1, "南阳市卧龙区人民法院执行案件"),
                row(2, "案号", "立案日期", "结案日期", "结案方式", "金额（万元）", "", "被执行人类型"),
                row(3, "", "", "", "", "申请执行标的额", "实际执行到位金额", ""),
                row(4, "（2024）豫1303执1号", "2024-08-01", "", "", "1.5", "0", "自然人"));

        assertThat(match.headerRow()).isEqualTo(2);
        assertThat(match.lastHeaderRow()).isEqualTo(3);
        assertThat(match.feed()).isEqualTo(BuiltInFeeds.EXECUTION);
        assertThat(match.isComplete()).isTrue();
        assertThat(column(match, CaseField.APPLIED_AMOUNT).column()).isEqualTo(4);
        assertThat(column(match, CaseField.APPLIED_AMOUNT).multiplier()).isEqualByComparingTo(BigDecimal.valueOf(10_000));
        assertThat(column(match, CaseField.RECOVERED_AMOUNT).multiplier()).isEqualByComparingTo(BigDecimal.valueOf(10_000));
        assertThat(column(match, CaseField.RESPONDENT_TYPE).column()).isEqualTo(6);
        assertThat(column(match, CaseField.CASE_NO).column()).isZero();
    }

    @Test
    void readsATwoRowHeaderWhoseUpperRowOnlyGroupsColumns() {
        HeaderMatch match = best(
                row(1, "基本情况", "", "", "审限", ""),
                row(2, "案号", "立案日期", "结案方式", "审限届满日期", "是否超审限", "结案日期"),
                row(3, "（2024）豫1302民初1号", "2024-08-01", "", "2025-02-01", "否", ""));

        assertThat(match.headerRow()).isEqualTo(1);
        assertThat(match.lastHeaderRow()).isEqualTo(2);
        assertThat(match.isComplete()).isTrue();
        assertThat(column(match, CaseField.OVERDUE).column()).isEqualTo(4);
    }

    @Test
    void readsATwoRowHeaderWhoseLowerRowRestatesAColumnNamedAboveByAnAliasWithAUnit() {
        // The upper row names every column; the lower one repeats only the amount's canonical name
        // under 标的额（万元）, the other cells being merged vertically (empty below).
        HeaderMatch match = best(
                row(1, "案号", "立案日期", "结案日期", "结案方式", "标的额（万元）", "承办人"),
                row(2, "", "", "", "", "诉讼标的额", ""),
                row(3, "（2024）豫1302民初1号", "2024-08-01", "", "", "1.5", "张三"));

        assertThat(match.headerRow()).isEqualTo(1);
        assertThat(match.lastHeaderRow()).as("the lower row is a header row, not data").isEqualTo(2);
        assertThat(match.feed()).isEqualTo(BuiltInFeeds.TRIAL);
        assertThat(match.isComplete()).isTrue();
        assertThat(column(match, CaseField.CLAIM_AMOUNT).column()).isEqualTo(4);
        assertThat(column(match, CaseField.CLAIM_AMOUNT).multiplier()).isEqualByComparingTo(BigDecimal.valueOf(10_000));
        assertThat(column(match, CaseField.JUDGE).column()).isEqualTo(5);
    }

    @Test
    void readsATwoRowHeaderWhoseLowerRowRestatesEveryColumn() {
        HeaderMatch match = best(
                row(1, "案件号", "收案日期", "审结日期", "结案方式名称"),
                row(2, "案号", "立案日期", "结案日期", "结案方式"),
                row(3, "（2024）豫1302民初1号", "2024-08-01", "", ""));

        assertThat(match.lastHeaderRow()).isEqualTo(2);
        assertThat(match.isComplete()).isTrue();
        assertThat(match.headersAsWritten()).containsExactly("案号", "立案日期", "结案日期", "结案方式");
    }

    @Test
    void aLowerCellWithAUnitOfItsOwnKeepsItUnderAGroupWithAnother() {
        HeaderMatch match = best(
                row(1, "案号", "立案日期", "结案日期", "结案方式", "金额（万元）", ""),
                row(2, "", "", "", "", "申请执行标的额（元）", "实际执行到位金额"),
                row(3, "（2024）豫1303执1号", "2024-08-01", "", "", "15000", "0"));

        assertThat(match.feed()).isEqualTo(BuiltInFeeds.EXECUTION);
        assertThat(match.lastHeaderRow()).isEqualTo(2);
        assertThat(column(match, CaseField.APPLIED_AMOUNT).multiplier()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(column(match, CaseField.RECOVERED_AMOUNT).multiplier()).isEqualByComparingTo(BigDecimal.valueOf(10_000));
    }

    @Test
    void aLowerRowWithAWordThatIsNoHeaderIsData() {
        // 诉讼标的额 restates the amount, but 待定 names nothing: a data row with an unfinished amount.
        HeaderMatch match = best(
                row(1, "案号", "立案日期", "结案日期", "结案方式", "标的额（万元）", "备注"),
                row(2, "", "", "", "", "诉讼标的额", "待定"));

        assertThat(match.lastHeaderRow()).isEqualTo(1);
    }

    @Test
    void aFirstDataRowHoldingAHeaderWordIsNotTakenForASecondHeaderRow() {
        HeaderMatch match = best(
                row(1, "案号", "立案日期", "结案日期", "结案方式", "承办部门"),
                row(2, "（2024）豫1302民初1号", "2024-08-01", "", "", "审判庭"),
                row(3, "案件", "", "", "", "审判庭"));

        assertThat(match.lastHeaderRow()).isEqualTo(1);
        assertThat(match.isComplete()).isTrue();
        // Even without anything that looks like data, a lower row that would lose columns is not a header.
        HeaderMatch worded = best(row(1, "案号", "立案日期", "结案日期", "结案方式", "承办部门"), row(2, "", "", "", "", "审判庭"));
        assertThat(worded.lastHeaderRow()).isEqualTo(1);
        assertThat(worded.isComplete()).isTrue();
    }

    @Test
    void tellsFeedsApartByTheirOwnColumnsAndReportsMissingRequiredOnes() {
        assertThat(best(row(1, "诉前调解案号", "登记日期", "办结日期", "调解结果")).feed()).isEqualTo(BuiltInFeeds.MEDIATION);
        HeaderMatch execution = best(row(1, "执行案号", "立案日期", "结案日期", "结案方式"));
        assertThat(execution.feed()).isEqualTo(BuiltInFeeds.EXECUTION);
        assertThat(execution.missingColumns()).extracting(spec -> spec.label()).containsExactly("申请执行标的额");
    }

    @Test
    void aSecondColumnOfACountedFieldIsADuplicateAndOfFreeTextIsIgnored() {
        HeaderMatch match = best(row(1, "案号", "立案日期", "结案日期", "结案方式", "承办人", "案件编号", "承办法官"));

        assertThat(match.duplicateColumns()).singleElement().satisfies(duplicate -> {
            assertThat(duplicate.first().column()).isZero();
            assertThat(duplicate.first().header()).isEqualTo("案号");
            assertThat(duplicate.column()).isEqualTo(5);
            assertThat(duplicate.header()).isEqualTo("案件编号");
        });
        assertThat(column(match, CaseField.JUDGE).column()).as("the first judge column is read").isEqualTo(4);
        assertThat(match.unknownColumns()).containsExactly("承办法官");
    }

    @Test
    void findsNoHeaderWithoutACaseNumberColumnInTheFirstTwentyRows() {
        List<SourceRow> rows = new ArrayList<>();
        rows.add(row(1, "立案日期", "结案日期", "结案方式"));
        rows.add(row(21, "案号", "立案日期", "结案日期", "结案方式"));

        assertThat(detector.detect(rows)).isEmpty();
        assertThat(detector.detect(List.of(row(20, "案号", "立案日期", "结案日期", "结案方式")))).isNotEmpty();
    }

    HeaderMatch best(SourceRow... rows) {
        List<HeaderMatch> matches = detector.detect(List.of(rows));
        assertThat(matches).isNotEmpty();
        return matches.get(0);
    }

    static ColumnBinding column(HeaderMatch match, CaseField field) {
        return match.bindings().stream().filter(b -> b.spec().field() == field).findFirst().orElseThrow();
    }

    static SourceRow row(int number, String... cells) {
        return new SourceRow("Sheet1", number, java.util.Arrays.stream(cells).map(Cell::text).toList());
    }
}
