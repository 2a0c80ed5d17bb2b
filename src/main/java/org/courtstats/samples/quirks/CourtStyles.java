package org.courtstats.samples.quirks;

import static org.courtstats.samples.quirks.Defect.ABBREVIATED_DISPOSITION;
import static org.courtstats.samples.quirks.Defect.AMOUNT_IN_WORDS;
import static org.courtstats.samples.quirks.Defect.CIVIL_CASE;
import static org.courtstats.samples.quirks.Defect.CLOSED_BEFORE_FILED;
import static org.courtstats.samples.quirks.Defect.CLOSED_NEXT_MONTH;
import static org.courtstats.samples.quirks.Defect.COMBINED_DISPOSITION;
import static org.courtstats.samples.quirks.Defect.DOCUMENT_NUMBER;
import static org.courtstats.samples.quirks.Defect.DUPLICATE;
import static org.courtstats.samples.quirks.Defect.EXECUTION_CASE;
import static org.courtstats.samples.quirks.Defect.FILED_NEXT_MONTH;
import static org.courtstats.samples.quirks.Defect.GARBLED_AMOUNT;
import static org.courtstats.samples.quirks.Defect.IMPOSSIBLE_DATE;
import static org.courtstats.samples.quirks.Defect.MISSING_HAO;
import static org.courtstats.samples.quirks.Defect.NEGATIVE_AMOUNT;
import static org.courtstats.samples.quirks.Defect.NO_APPLIED_AMOUNT;
import static org.courtstats.samples.quirks.Defect.NO_DISPOSITION;
import static org.courtstats.samples.quirks.Defect.NO_FILING_DATE;
import static org.courtstats.samples.quirks.Defect.OTHER_COURTS_CASE;
import static org.courtstats.samples.quirks.Defect.PLACEHOLDER_YEAR;
import static org.courtstats.samples.quirks.Defect.REVERSED_DISPOSITION;
import static org.courtstats.samples.quirks.Defect.TWO_DIGIT_YEAR;

import java.util.List;
import org.courtstats.samples.files.OutputFormat;
import org.courtstats.samples.quirks.CaseNoStyle.Spelling;
import org.courtstats.samples.quirks.DeliveryStyle.AmountHeader;
import org.courtstats.samples.quirks.DeliveryStyle.DeadlineColumns;
import org.courtstats.samples.quirks.DeliveryStyle.ExtraSheet;
import org.courtstats.samples.world.Court;
import org.courtstats.samples.world.Feed;
import org.courtstats.samples.world.Field;

/**
 * How each court's exports look. Every quirk feeds.md allows appears in at least one court, and no
 * two courts look alike. T = trial, E = execution, M = mediation; a quirk without a letter is in
 * all three of the court's files.
 *
 * <table>
 * <caption>Quirks by court</caption>
 * <tr><th>court</th><th>format, name</th><th>layout</th><th>values</th><th>bad rows and warnings</th></tr>
 * <tr><td>豫13 南阳中院</td><td>.xlsx; {@code 南阳中院_审判案件_2024年8月.xlsx}</td>
 *   <td>说明 sheet before the data; title and 制表日期 rows; T: two-row header, 审限 merged over
 *   审限届满日期 | 是否超审限, vertical merges</td>
 *   <td>long dispositions (驳回上诉维持原判, 撤销原判发回重审, 准许撤回上诉; T: 裁定驳回再审申请, 提审,
 *   指令再审, 指定再审, 准许撤回再审申请, 终结审查 for 民申; E: 支持异议, 撤销执行行为, 变更执行行为
 *   for 执异); date cells yyyy-mm-dd; number cells; T: 开庭次数 empty on about 4% of 民终/刑终/行终</td>
 *   <td>T: DUPLICATE_CASE_NO, NEGATIVE_AMOUNT; OLD_FORMAT_CASE_NO and other-city 原审案号 by nature;
 *   NO_ORIGINAL_CASE_NO on about 6% of 民申, 刑申 and 民再</td></tr>
 * <tr><td>豫1302 宛城</td><td>.xlsx; {@code 宛城区法院_审判案件_2024年8月.xlsx}</td>
 *   <td>title rows, 合计 row, 制表人/审核人/填表说明 rows; E: two-row header 金额（元） over
 *   申请执行标的额 | 实际执行到位金额</td>
 *   <td>date cells yyyy"年"m"月"d"日"; T: a few 民申 with canonical closings</td>
 *   <td>T: BAD_CASE_NO (202x), old closed rows; E: AFTER_PERIOD (closed next month), BAD_AMOUNT (约五万元)</td></tr>
 * <tr><td>豫1303 卧龙</td><td>E .xls, T and M .xlsx; {@code 卧龙法院-执行案件-202408.xls}</td>
 *   <td>aliases (案件号, 收案日期, 审结日期, 结案方式名称, 承办法官, 执行案号, 执结日期, 诉前调解案号 …);
 *   是否开庭 instead of 开庭次数</td>
 *   <td>date cells in built-in format 14; 行初 cases</td>
 *   <td>T: WRONG_COURT (a 宛城 case); E: CLOSED_BEFORE_FILED</td></tr>
 * <tr><td>豫1321 南召</td><td>CSV UTF-8 with BOM; {@code 南召县人民法院审判案件明细（2024年1-8月）.csv}</td>
 *   <td>header on line 1</td>
 *   <td>{@code 2024/8/1}; {@code 1,234.50}; empty as {@code -}</td>
 *   <td>T: BAD_CASE_NO (no 号); E: UNKNOWN_DISPOSITION (执行终结); M: BAD_DATE (2024-02-30)</td></tr>
 * <tr><td>豫1322 方城</td><td>CSV GBK; {@code 方城县法院 2024年8月 审判案件.csv}</td>
 *   <td>title lines above the header</td>
 *   <td>{@code 2024年8月1日}; {@code ￥1234.5}; Y/N</td>
 *   <td>T: WRONG_FEED (a 执 case), UNKNOWN_TYPE_CODE (民保); M: AFTER_PERIOD (registered next month)</td></tr>
 * <tr><td>豫1323 西峡</td><td>T, M tab-separated .txt UTF-8, E CSV UTF-8 without BOM; {@code 西峡审判案件202408.txt}</td>
 *   <td>审限届满日期 only (no 是否超审限)</td>
 *   <td>{@code 20240801}; empty as {@code /}</td>
 *   <td>T: MISSING_VALUE (no 立案日期), DUPLICATE_CASE_NO</td></tr>
 * <tr><td>豫1324 镇平</td><td>.xlsx; {@code 镇平县人民法院_2024.08_审判案件.xlsx}</td>
 *   <td>shuffled column order; extra columns 序号, 当事人, 备注, 纠纷类型; T: 诉讼标的额（万元）</td>
 *   <td>date cells yyyy/m/d; T: amounts in 万元</td>
 *   <td>T: BAD_AMOUNT (约五万元); E: WRONG_FEED (a 民初 case)</td></tr>
 * <tr><td>豫1325 内乡</td><td>.xls; {@code 内乡法院2024年1-8月审判案件统计.xls}</td>
 *   <td>title rows; 汇总 sheet after the data; T: two-row header, 审限 and 金额（万元） merged over
 *   诉讼标的额 | 诉讼费</td>
 *   <td>dispositions half canonical, half long; T: amounts in 万元</td>
 *   <td>T: MISSING_VALUE (closed, no 结案方式), UNKNOWN_DISPOSITION (判决驳回)</td></tr>
 * <tr><td>豫1326 淅川</td><td>CSV UTF-8 without BOM; {@code 淅川县法院-审判案件-2024-08.csv}</td>
 *   <td>some aliases (案件编号, 承办法官, 标的额, 执行标的); 是否超审限 only</td>
 *   <td>{@code 2024-08-01 09:30:00}; yes/no 1/0; 诉前调 mediation numbers</td>
 *   <td>T: UNKNOWN_DISPOSITION (调撤); M: MISSING_VALUE (closed, no 调解结果)</td></tr>
 * <tr><td>豫1327 社旗</td><td>.xlsx; {@code 社旗县法院审判案件台账2024年8月.xlsx}</td>
 *   <td>header on row 1</td>
 *   <td>立案日期 as text {@code 2024.8.1}, 结案日期 as plain serial numbers; some amounts and case numbers
 *   in full-width digits; spaces and U+3000 around text; √/×</td>
 *   <td>T: UNKNOWN_TYPE_CODE (民保); E: NEGATIVE_AMOUNT; M: WRONG_FEED (a 民初 case)</td></tr>
 * <tr><td>豫1328 唐河</td><td>.xlsx; {@code 唐河县人民法院（2024年8月）审判案件.xlsx}</td>
 *   <td>审限届满日期 only</td>
 *   <td>case numbers as {@code (2024)}, {@code 【2024】}, {@code 〔2024〕}, {@code （2024)}, with spaces;
 *   判决结案, 准予撤诉, 按撤诉处理, 调解结案 …; T: a few 民申 with long closings; {@code 1234.5元}; 行初 cases</td>
 *   <td>T: BAD_AMOUNT (12,3a4); E: WRONG_COURT (a 社旗 case)</td></tr>
 * <tr><td>豫1329 新野</td><td>T and E .xlsx, M .xls; {@code 新野法院_审判案件_202408.xlsx}</td>
 *   <td>header on row 1; two blank rows inside the data</td>
 *   <td>boolean cells for yes/no; empty as {@code —} or {@code 无}</td>
 *   <td>T: BAD_DATE (2024-02-30); E: MISSING_VALUE (no 申请执行标的额)</td></tr>
 * <tr><td>豫1330 桐柏</td><td>.xlsx; {@code 桐柏_审判案件_2024年08月.xlsx}</td>
 *   <td>aliases (案件编号, 立案时间, 结案时间, 结案类型, 法定审限届满日期, 主审法官, 审判庭, 委派日期 …);
 *   说明 sheet after the data</td>
 *   <td>text dates {@code 2024-08-01} in a workbook; {@code ¥1234.5}</td>
 *   <td>T: BAD_DATE (24-3-5)</td></tr>
 * <tr><td>豫1381 邓州</td><td>.xlsx; {@code 邓州市人民法院审判案件2024年8月报表.xlsx}</td>
 *   <td>title rows, notes rows; T: no 原审案号 column; E: {@code 申请执行标的额（万元）}</td>
 *   <td>立案日期 as date-time cells; some case numbers in full-width digits; dispositions half long;
 *   E: amounts in 万元; 行初 cases; T: a few 民申 besides its 民再</td>
 *   <td>T: AFTER_PERIOD (closed next month), UNKNOWN_TYPE_CODE (民保), old closed rows,
 *   NO_ORIGINAL_CASE_NO (every 民再 and 民申); E: BAD_CASE_NO (a document number)</td></tr>
 * <tr><td>豫1371 高新</td><td>T .xlsx, E CSV UTF-8 with BOM, M tab-separated .txt;
 *   {@code 南阳高新区法院_审判案件_2024年8月.xlsx}</td>
 *   <td>T: title rows, 合计 row</td>
 *   <td>E, M: text dates {@code 2024-08-01}, plain amounts; 诉前调 mediation numbers</td>
 *   <td>T: CLOSED_BEFORE_FILED, old closed rows; M: DUPLICATE_CASE_NO</td></tr>
 * </table>
 *
 * <p>By nature, in every court: RECOVERED_EXCEEDS_APPLIED on a few completed executions,
 * OLD_FORMAT_CASE_NO on 执恢 cases enforcing pre-2016 judgments, and the suffix 之一 on a few 执 cases.
 * Every basic court retries a few of its own judgments (民再, 原审案号 its 民初 where the column
 * exists), 豫13 a few it took up; every 执异 file has upheld objections (异议成立), spelled long where
 * the court's dispositions are.
 */
public final class CourtStyles {

    private CourtStyles() {
    }

    public static DeliveryStyle of(Court court, Feed feed) {
        return switch (court.code()) {
            case "豫13" -> nanyangIntermediate(feed);
            case "豫1302" -> wancheng(feed);
            case "豫1303" -> wolong(feed);
            case "豫1321" -> nanzhao(feed);
            case "豫1322" -> fangcheng(feed);
            case "豫1323" -> xixia(feed);
            case "豫1324" -> zhenping(feed);
            case "豫1325" -> neixiang(feed);
            case "豫1326" -> xichuan(feed);
            case "豫1327" -> sheqi(feed);
            case "豫1328" -> tanghe(feed);
            case "豫1329" -> xinye(feed);
            case "豫1330" -> tongbai(feed);
            case "豫1381" -> dengzhou(feed);
            case "豫1371" -> hightech(feed);
            default -> throw new IllegalArgumentException("no style for " + court.code());
        };
    }

    private static DeliveryStyle nanyangIntermediate(Feed feed) {
        DeliveryStyle.Builder style = DeliveryStyle.builder().fileName("南阳中院_{feed}_{y}年{m}月")
                .sheetName("案件明细").extraSheet(ExtraSheet.NOTES_BEFORE).titleRows().vocabulary(Vocabulary.VERBOSE);
        if (feed == Feed.TRIAL) {
            style.deadlineGroup().plant(DUPLICATE, NEGATIVE_AMOUNT);
        }
        return style.build();
    }

    private static DeliveryStyle wancheng(Feed feed) {
        DeliveryStyle.Builder style = DeliveryStyle.builder().fileName("宛城区法院_{feed}_{y}年{m}月")
                .sheetName("{feed}").titleRows().totalsRow().notesRows().dates(DateStyle.CELL_CHINESE);
        switch (feed) {
            case TRIAL -> style.oldClosedRows().plant(PLACEHOLDER_YEAR);
            case EXECUTION -> style.amountHeader(AmountHeader.YUAN_GROUP).plant(CLOSED_NEXT_MONTH, AMOUNT_IN_WORDS);
            case MEDIATION -> { }
        }
        return style.build();
    }

    private static DeliveryStyle wolong(Feed feed) {
        // Only the execution file is .xls: 卧龙 is the second-largest court, and uncompressed .xls
        // rows take four times the bytes of .xlsx ones in the committed samples.
        DeliveryStyle.Builder style = DeliveryStyle.builder().fileName("卧龙法院-{feed}-{yyyymm}")
                .naming(HeaderNaming.ALIASES_A).hearingsAsYesNo().dates(DateStyle.CELL_BUILTIN_14);
        switch (feed) {
            case TRIAL -> style.plant(OTHER_COURTS_CASE);
            case EXECUTION -> style.format(OutputFormat.XLS).plant(CLOSED_BEFORE_FILED);
            case MEDIATION -> style.sheetName("诉前调解");
        }
        return style.build();
    }

    private static DeliveryStyle nanzhao(Feed feed) {
        DeliveryStyle.Builder style = DeliveryStyle.builder().format(OutputFormat.CSV_UTF8_BOM)
                .fileName("南召县人民法院{feed}明细（{y}年1-{m}月）").dates(DateStyle.TEXT_SLASH)
                .amounts(AmountStyle.TEXT_GROUPED).emptyMarkers("-");
        switch (feed) {
            case TRIAL -> style.plant(MISSING_HAO);
            case EXECUTION -> style.plant(REVERSED_DISPOSITION);
            case MEDIATION -> style.plant(IMPOSSIBLE_DATE);
        }
        return style.build();
    }

    private static DeliveryStyle fangcheng(Feed feed) {
        DeliveryStyle.Builder style = DeliveryStyle.builder().format(OutputFormat.CSV_GBK)
                .fileName("方城县法院 {y}年{m}月 {feed}").titleRows().dates(DateStyle.TEXT_CHINESE)
                .amounts(AmountStyle.TEXT_FULLWIDTH_YUAN).yesNo(YesNoStyle.LETTERS);
        switch (feed) {
            case TRIAL -> style.plant(EXECUTION_CASE);
            case MEDIATION -> style.plant(FILED_NEXT_MONTH);
            case EXECUTION -> { }
        }
        return style.build();
    }

    private static DeliveryStyle xixia(Feed feed) {
        DeliveryStyle.Builder style = DeliveryStyle.builder()
                .format(feed == Feed.EXECUTION ? OutputFormat.CSV_UTF8 : OutputFormat.TSV_UTF8)
                .fileName("西峡{feed}{yyyymm}").dates(DateStyle.TEXT_COMPACT).amounts(AmountStyle.TEXT_PLAIN)
                .emptyMarkers("/").deadlineColumns(DeadlineColumns.DEADLINE_ONLY);
        if (feed == Feed.TRIAL) {
            style.plant(NO_FILING_DATE, DUPLICATE);
        }
        return style.build();
    }

    private static DeliveryStyle zhenping(Feed feed) {
        DeliveryStyle.Builder style = DeliveryStyle.builder().fileName("镇平县人民法院_{y}.{mm}_{feed}")
                .sheetName("明细").shuffled().dates(DateStyle.CELL_SLASH);
        switch (feed) {
            case TRIAL -> style.amountHeader(AmountHeader.WAN_IN_HEADER)
                    .extraColumns(Field.SEQUENCE, Field.PARTIES, Field.REMARK).plant(AMOUNT_IN_WORDS);
            case EXECUTION -> style.extraColumns(Field.SEQUENCE).plant(CIVIL_CASE);
            case MEDIATION -> style.extraColumns(Field.SEQUENCE, Field.DISPUTE_TYPE);
        }
        return style.build();
    }

    private static DeliveryStyle neixiang(Feed feed) {
        DeliveryStyle.Builder style = DeliveryStyle.builder().format(OutputFormat.XLS)
                .fileName("内乡法院{y}年1-{m}月{feed}统计").sheetName("{feed}明细").titleRows()
                .extraSheet(ExtraSheet.SUMMARY_AFTER).vocabulary(Vocabulary.MIXED);
        if (feed == Feed.TRIAL) {
            style.deadlineGroup().amountHeader(AmountHeader.WAN_GROUP).extraColumns(Field.LITIGATION_FEE)
                    .plant(NO_DISPOSITION, COMBINED_DISPOSITION);
        }
        return style.build();
    }

    private static DeliveryStyle xichuan(Feed feed) {
        DeliveryStyle.Builder style = DeliveryStyle.builder().format(OutputFormat.CSV_UTF8)
                .fileName("淅川县法院-{feed}-{y}-{mm}").naming(HeaderNaming.SOME_ALIASES)
                .dates(DateStyle.TEXT_WITH_TIME).deadlineDates(DateStyle.TEXT_ISO).amounts(AmountStyle.TEXT_PLAIN)
                .yesNo(YesNoStyle.DIGITS).deadlineColumns(DeadlineColumns.OVERDUE_ONLY);
        switch (feed) {
            case TRIAL -> style.plant(ABBREVIATED_DISPOSITION);
            case MEDIATION -> style.plant(NO_DISPOSITION);
            case EXECUTION -> { }
        }
        return style.build();
    }

    private static DeliveryStyle sheqi(Feed feed) {
        DeliveryStyle.Builder style = DeliveryStyle.builder().fileName("社旗县法院{feed}台账{y}年{m}月")
                .sheetName("台账").filedDates(DateStyle.TEXT_DOT).closedDates(DateStyle.SERIAL_NUMBER)
                .amounts(AmountStyle.CELL_NUMBER, AmountStyle.TEXT_FULLWIDTH_DIGITS)
                .caseNos(new CaseNoStyle(Spelling.FULL_WIDTH, List.of(Spelling.FULL_WIDTH_DIGITS), 0.1))
                .padded().yesNo(YesNoStyle.TICKS);
        switch (feed) {
            case EXECUTION -> style.plant(NEGATIVE_AMOUNT);
            case MEDIATION -> style.plant(CIVIL_CASE);
            case TRIAL -> { }
        }
        return style.build();
    }

    private static DeliveryStyle tanghe(Feed feed) {
        DeliveryStyle.Builder style = DeliveryStyle.builder().fileName("唐河县人民法院（{y}年{m}月）{feed}")
                .caseNos(new CaseNoStyle(Spelling.FULL_WIDTH, List.of(Spelling.HALF_WIDTH, Spelling.LENTICULAR,
                        Spelling.SPACED, Spelling.MIXED, Spelling.TORTOISE_SHELL), 0.25))
                .vocabulary(Vocabulary.VERBOSE).amounts(AmountStyle.TEXT_YUAN_SUFFIX)
                .deadlineColumns(DeadlineColumns.DEADLINE_ONLY);
        switch (feed) {
            case TRIAL -> style.plant(GARBLED_AMOUNT);
            case EXECUTION -> style.plant(OTHER_COURTS_CASE);
            case MEDIATION -> { }
        }
        return style.build();
    }

    private static DeliveryStyle xinye(Feed feed) {
        // .xls only for the small mediation file: .xls takes four times the bytes of .xlsx per row,
        // and the samples are kept in git.
        DeliveryStyle.Builder style = DeliveryStyle.builder()
                .fileName("新野法院_{feed}_{yyyymm}").sheetName("sheet1").blankRows()
                .yesNo(YesNoStyle.BOOLEAN_CELLS).emptyMarkers("—", "无", "");
        switch (feed) {
            case TRIAL -> style.plant(IMPOSSIBLE_DATE);
            case EXECUTION -> style.plant(NO_APPLIED_AMOUNT);
            case MEDIATION -> style.format(OutputFormat.XLS);
        }
        return style.build();
    }

    private static DeliveryStyle tongbai(Feed feed) {
        DeliveryStyle.Builder style = DeliveryStyle.builder().fileName("桐柏_{feed}_{y}年{mm}月").sheetName("数据")
                .naming(HeaderNaming.ALIASES_B).amounts(AmountStyle.TEXT_YUAN).extraSheet(ExtraSheet.NOTES_AFTER)
                .dates(DateStyle.TEXT_ISO);
        if (feed == Feed.TRIAL) {
            style.plant(TWO_DIGIT_YEAR);
        }
        return style.build();
    }

    private static DeliveryStyle dengzhou(Feed feed) {
        DeliveryStyle.Builder style = DeliveryStyle.builder().fileName("邓州市人民法院{feed}{y}年{m}月报表")
                .sheetName("{feed}").titleRows().notesRows().filedDates(DateStyle.CELL_DATETIME)
                .caseNos(new CaseNoStyle(Spelling.FULL_WIDTH, List.of(Spelling.FULL_WIDTH_DIGITS), 0.08))
                .vocabulary(Vocabulary.MIXED);
        switch (feed) {
            // 邓州's system exports no 原审案号 column: a basic court has no second-instance cases, and
            // its retrials (民再) and retrial applications (民申) are loaded without it.
            case TRIAL -> style.omit(Field.ORIGINAL_CASE_NO).oldClosedRows().plant(CLOSED_NEXT_MONTH);
            case EXECUTION -> style.amountHeader(AmountHeader.WAN_IN_HEADER).plant(DOCUMENT_NUMBER);
            case MEDIATION -> { }
        }
        return style.build();
    }

    private static DeliveryStyle hightech(Feed feed) {
        DeliveryStyle.Builder style = DeliveryStyle.builder().fileName("南阳高新区法院_{feed}_{y}年{m}月");
        switch (feed) {
            case TRIAL -> style.titleRows().totalsRow().oldClosedRows().plant(CLOSED_BEFORE_FILED);
            case EXECUTION -> style.format(OutputFormat.CSV_UTF8_BOM).dates(DateStyle.TEXT_ISO)
                    .amounts(AmountStyle.TEXT_PLAIN);
            case MEDIATION -> style.format(OutputFormat.TSV_UTF8).dates(DateStyle.TEXT_ISO)
                    .amounts(AmountStyle.TEXT_PLAIN).plant(DUPLICATE);
        }
        return style.build();
    }
}
