package org.courtstats.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.courtstats.samples.SampleFiles.SheetData;
import org.courtstats.samples.SampleFiles.SheetRow;
import org.courtstats.samples.quirks.CourtStyles;
import org.courtstats.samples.quirks.DeliveryStyle;
import org.courtstats.samples.quirks.Layout;
import org.courtstats.samples.quirks.PlantedIssue;
import org.courtstats.samples.world.Court;
import org.courtstats.samples.world.Courts;
import org.courtstats.samples.world.Feed;
import org.courtstats.samples.world.Field;
import org.courtstats.samples.world.Rng;
import org.courtstats.vocabulary.ReasonCode;
import org.courtstats.vocabulary.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generates two August snapshots at a small scale once, and checks the files as the pipeline will see them. */
class SampleGeneratorTest {

    private static final long SEED = 20240901L;
    private static final double SCALE = 0.04;
    private static final List<YearMonth> MONTHS = List.of(YearMonth.of(2023, 8), YearMonth.of(2024, 8));
    /** The case files; the registers have their own test (RegisterFilesTest). */
    private static final Set<String> CASE_FEEDS = new LinkedHashSet<>(List.of("trial", "execution", "mediation"));
    private static final Set<String> NOT_DATA = Set.of("合计", "总计", "小计", "制表人", "审核人", "填表说明");
    private static final Set<String> EMPTY_MARKERS = Set.of("", "-", "—", "/", "无");
    /** feeds.md 3.1 as written there: every accepted spelling of a trial 结案方式 and its canonical value. */
    private static final Map<String, String> TRIAL_CLOSINGS = closings("判决 ← 判决结案 · 调解 ← 调解结案, 调解书 · "
            + "撤诉 ← 准予撤诉, 按撤诉处理 · 驳回起诉 ← 裁定驳回起诉 · 维持 ← 驳回上诉维持原判, 维持原判 · "
            + "改判 ← 改判, 部分改判 · 发回重审 ← 撤销原判发回重审 · 撤回上诉 ← 准许撤回上诉, 按撤回上诉处理 · "
            + "移送 ← 移送管辖, 移送其他法院 · 终结 ← 终结诉讼 · 驳回再审申请 ← 裁定驳回再审申请 · "
            + "裁定再审 ← 提审, 指令再审, 指定再审 · 撤回再审申请 ← 准许撤回再审申请 · 终结审查 · 其他 ← 其他");
    /** feeds.md 3.2, the same for execution. */
    private static final Map<String, String> EXECUTION_CLOSINGS = closings("执行完毕 ← 执行完毕结案 · "
            + "终结本次执行程序 ← 终本, 终结本次执行 · 终结执行 · 不予执行 · 驳回申请 · 销案 · 撤回申请 ← 准许撤回执行申请 · "
            + "异议成立 ← 支持异议, 撤销执行行为, 变更执行行为 · 其他");

    @TempDir
    static Path outDir;

    private static GenerationSummary summary;
    /** Each file parsed once: reading 90 workbooks is most of this class's time. */
    private static final Map<Path, List<SheetData>> PARSED = new HashMap<>();

    @BeforeAll
    static void generate() throws IOException {
        summary = new SampleGenerator(SEED).generate(outDir, MONTHS, SCALE, CASE_FEEDS);
    }

    @Test
    void writesOneFilePerCourtFeedAndMonthNamedForItsCourt() {
        assertThat(summary.files()).hasSize(MONTHS.size() * Courts.ALL.size() * 3);
        for (GeneratedFile file : summary.files()) {
            assertThat(file.file()).exists().hasParent(outDir.resolve(file.month().toString()));
            assertThat(file.bytes()).isEqualTo(file.file().toFile().length());
            Court court = Courts.byCode(file.courtCode());
            String name = file.file().getFileName().toString();
            assertThat(court.names()).as(name).anyMatch(name::contains);
            assertThat(name).contains(Feed.of(file.feed()).title());
            assertThat(file.rows()).as(name).isPositive();
        }
        assertThat(summary.files().stream().map(GeneratedFile::format).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("xlsx", "xls", "csv utf-8 bom", "csv utf-8", "csv gbk", "txt tab utf-8");
    }

    @Test
    void sameSeedAndArgumentsGiveIdenticalBytes(@TempDir Path again) throws IOException {
        GenerationSummary second = new SampleGenerator(SEED).generate(again, MONTHS, SCALE, CASE_FEEDS);

        assertThat(second.files()).hasSameSizeAs(summary.files());
        for (int i = 0; i < summary.files().size(); i++) {
            GeneratedFile first = summary.files().get(i);
            Path copy = again.resolve(outDir.relativize(first.file()));
            assertThat(Files.readAllBytes(copy)).as(copy.toString()).isEqualTo(Files.readAllBytes(first.file()));
            assertThat(second.files().get(i).issues()).isEqualTo(first.issues());
        }
    }

    @Test
    void aMonthDoesNotDependOnWhichOtherMonthsAreAsked(@TempDir Path alone) throws IOException {
        GenerationSummary only2024 = new SampleGenerator(SEED).generate(alone, List.of(YearMonth.of(2024, 8)),
                SCALE, Set.of("trial"));

        for (GeneratedFile file : only2024.files()) {
            Path same = outDir.resolve(alone.relativize(file.file()));
            assertThat(Files.readAllBytes(file.file())).as(same.toString()).isEqualTo(Files.readAllBytes(same));
        }
    }

    @Test
    void everyFileOpensWithItsHeaderWhereTheStyleSaysAndAsManyDataRowsAsReported() throws IOException {
        for (GeneratedFile file : summary.files()) {
            DeliveryStyle style = styleOf(file);
            Layout layout = layoutOf(file);
            List<SheetData> sheets = parsed(file);
            SheetData data = dataSheet(file);
            int headerRow = style.titleRows() ? 3 : 1;
            String name = file.file().getFileName().toString();

            SheetRow header = data.row(headerRow);
            assertThat(header).as(name).isNotNull();
            assertThat(header.cells().stream().map(String::strip).toList()).as(name)
                    .contains(layout.header(Field.CASE_NO), layout.header(Field.FILED_ON));
            if (layout.twoRowHeader()) {
                List<String> lower = data.row(headerRow + 1).cells();
                layout.columns().stream().filter(c -> c.group() != null)
                        .forEach(c -> assertThat(lower).as(name).contains(c.header()));
                assertThat(data.merges()).as(name).anyMatch(m -> m.getFirstRow() == headerRow - 1
                        && m.getLastRow() == headerRow - 1 && m.getLastColumn() > m.getFirstColumn());
            }
            assertThat(dataRows(file, data)).as(name).hasSize(file.rows());
            assertThat(sheets).as(name).hasSize(style.extraSheet() == DeliveryStyle.ExtraSheet.NONE ? 1 : 2);
        }
    }

    @Test
    void noDateAfterTheMonthEndExceptDeadlinesAndThePlantedAfterPeriodRows() throws IOException {
        int datesChecked = 0;
        for (GeneratedFile file : summary.files()) {
            Layout layout = layoutOf(file);
            SheetData data = dataSheet(file);
            Set<Integer> afterPeriod = rowsWith(file, ReasonCode.AFTER_PERIOD);
            Set<Integer> badDates = rowsWith(file, ReasonCode.BAD_DATE);
            LocalDate monthEnd = file.month().atEndOfMonth();
            for (SheetRow row : dataRows(file, data)) {
                for (Field field : List.of(Field.FILED_ON, Field.CLOSED_ON, Field.DEADLINE_ON)) {
                    int column = layout.indexOf(field);
                    if (column < 0) {
                        continue;
                    }
                    String where = file.file().getFileName() + " row " + row.number() + " " + field;
                    LocalDate date;
                    try {
                        date = SampleFiles.parseDate(row.cell(column));
                    } catch (DateTimeParseException e) {
                        assertThat(badDates).as(where + " is not a date: " + row.cell(column)).contains(row.number());
                        continue;
                    }
                    if (date != null && field != Field.DEADLINE_ON && date.isAfter(monthEnd)) {
                        assertThat(afterPeriod).as(where + " is after the month end: " + date).contains(row.number());
                    }
                    datesChecked++;
                }
            }
        }
        assertThat(datesChecked).isGreaterThan(10_000);
    }

    @Test
    void appealsAtTheIntermediateCourtReviewRealJudgmentsOfTheBasicCourts() throws IOException {
        for (YearMonth month : MONTHS) {
            Map<String, SheetRow> firstInstance = new HashMap<>();
            Map<String, GeneratedFile> fileOf = new HashMap<>();
            for (GeneratedFile file : summary.files()) {
                if (file.month().equals(month) && file.feed().equals("trial") && !file.courtCode().equals("豫13")) {
                    int caseColumn = layoutOf(file).indexOf(Field.CASE_NO);
                    for (SheetRow row : dataRows(file, dataSheet(file))) {
                        String no = SampleFiles.canonicalCaseNo(row.cell(caseColumn));
                        firstInstance.put(no, row);
                        fileOf.put(no, file);
                    }
                }
            }
            GeneratedFile intermediate = summary.files().stream().filter(f -> f.month().equals(month)
                    && f.feed().equals("trial") && f.courtCode().equals("豫13")).findFirst().orElseThrow();
            Layout layout = layoutOf(intermediate);
            int checked = 0;
            int fromOutside = 0;
            for (SheetRow row : dataRows(intermediate, dataSheet(intermediate))) {
                String no = SampleFiles.canonicalCaseNo(row.cell(layout.indexOf(Field.CASE_NO)));
                if (!no.matches("（\\d{4}）豫13[民刑行]终\\d+号")) {
                    continue;
                }
                String original = SampleFiles.canonicalCaseNo(row.cell(layout.indexOf(Field.ORIGINAL_CASE_NO)));
                if (!original.matches("（\\d{4}）豫13\\d\\d[民刑行]初\\d+号")) {
                    fromOutside++;
                    continue;
                }
                LocalDate lodged = SampleFiles.parseDate(row.cell(layout.indexOf(Field.FILED_ON)));
                // Judgments closed from 1 January on are in the basic court's snapshot; the lag is at most 60 days.
                if (lodged.isBefore(LocalDate.of(month.getYear(), 3, 15))) {
                    continue;
                }
                assertThat(firstInstance).as(no + " reviews " + original).containsKey(original);
                GeneratedFile basic = fileOf.get(original);
                if (rowsWithErrors(basic).contains(firstInstance.get(original).number())) {
                    continue;
                }
                Layout basicLayout = layoutOf(basic);
                SheetRow judged = firstInstance.get(original);
                LocalDate closed = SampleFiles.parseDate(judged.cell(basicLayout.indexOf(Field.CLOSED_ON)));
                assertThat(closed).as(original).isNotNull().isBeforeOrEqualTo(lodged.minusDays(15));
                assertThat(judged.cell(basicLayout.indexOf(Field.DISPOSITION)).strip()).as(original)
                        .isIn("判决", "判决结案", "驳回起诉", "裁定驳回起诉");
                checked++;
            }
            assertThat(checked).as("appeals checked in " + month).isGreaterThan(20);
            assertThat(fromOutside).as("appeals from outside the city in " + month).isPositive();
        }
    }

    @Test
    void everyReasonCodeIsPlantedSomewhereAndNoFileComesNearTheFivePercentRefusal() {
        Set<ReasonCode> planted = EnumSet.noneOf(ReasonCode.class);
        for (GeneratedFile file : summary.files()) {
            file.issues().forEach(issue -> planted.add(issue.reason()));
            assertThat(file.rejectedRows()).as(file.file().getFileName().toString())
                    .isLessThanOrEqualTo((int) (file.rows() * 0.03));
        }
        // The registers' own reasons are planted in the registers' files (RegisterFilesTest, InputSamplesIT).
        assertThat(planted).containsAll(EnumSet.complementOf(
                EnumSet.of(ReasonCode.BAD_VALUE, ReasonCode.DUPLICATE_KEY, ReasonCode.NOT_A_TRIAL_CASE)));
        assertThat(summary.files().stream().mapToInt(GeneratedFile::outsideWindowRows).sum()).isPositive();
        assertThat(summary.files()).allSatisfy(f -> assertThat(f.acceptedRows())
                .isEqualTo(f.rows() - f.rejectedRows() - f.outsideWindowRows()).isPositive());
    }

    @Test
    void plantedIssuesPointAtTheCellsThatHoldThem() throws IOException {
        for (GeneratedFile file : summary.files()) {
            Map<String, Integer> columnOf = new HashMap<>();
            Layout layout = layoutOf(file);
            layout.columns().forEach(c -> columnOf.put(c.header(), layout.indexOf(c.field())));
            SheetData data = dataSheet(file);
            for (PlantedIssue issue : file.issues()) {
                String where = file.file().getFileName() + " row " + issue.row() + " " + issue.column();
                SheetRow row = data.row(issue.row());
                assertThat(row).as(where).isNotNull();
                String cell = row.cell(columnOf.get(issue.column()));
                if (issue.value().isEmpty()) {
                    assertThat(cell).as(where).isEmpty();
                } else if (cell.matches("-?[0-9.]+") && issue.value().matches("-?[0-9.]+")) {
                    assertThat(new BigDecimal(cell)).as(where)
                            .isEqualByComparingTo(new BigDecimal(issue.value()));
                } else if (!issue.value().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                    assertThat(cell).as(where).isEqualTo(issue.value());
                }
            }
        }
    }

    @Test
    void dengzhousTrialFileHasNoOriginalCaseColumnYetHoldsRetrialsAndRetrialApplications() throws IOException {
        Map<String, Integer> types = new HashMap<>();
        for (GeneratedFile file : trialFiles("豫1381")) {
            SheetData data = dataSheet(file);
            List<String> header = data.row(styleOf(file).titleRows() ? 3 : 1).cells().stream().map(String::strip).toList();
            assertThat(header).as(file.file().getFileName().toString())
                    .contains("案号", "结案方式").doesNotContain("原审案号", "一审案号", "原案号");
            int caseColumn = layoutOf(file).indexOf(Field.CASE_NO);
            for (SheetRow row : dataRows(file, data)) {
                types.merge(typeOf(row.cell(caseColumn)), 1, Integer::sum);
            }
        }
        assertThat(types).containsKeys("民再", "民申").doesNotContainKeys("民终", "刑终", "行终");
    }

    @Test
    void theIntermediateCourtsRetrialCasesSometimesLackTheirOriginalCaseNumberItsAppealsNever() throws IOException {
        int retrials = 0;
        int withoutOriginal = 0;
        Set<String> types = new HashSet<>();
        for (GeneratedFile file : trialFiles("豫13")) {
            Layout layout = layoutOf(file);
            assertThat(layout.header(Field.ORIGINAL_CASE_NO)).isEqualTo("原审案号");
            for (SheetRow row : dataRows(file, dataSheet(file))) {
                String type = typeOf(row.cell(layout.indexOf(Field.CASE_NO)));
                boolean empty = EMPTY_MARKERS.contains(row.cell(layout.indexOf(Field.ORIGINAL_CASE_NO)).strip());
                if (type.matches("[民刑行]终")) {
                    assertThat(empty).as(file.file().getFileName() + " row " + row.number()).isFalse();
                } else if (type.matches("[民刑行](申|再)")) {
                    types.add(type);
                    retrials++;
                    withoutOriginal += empty ? 1 : 0;
                }
            }
        }
        assertThat(types).contains("民申", "民再");
        assertThat(withoutOriginal).as("retrial cases without 原审案号 of " + retrials).isPositive()
                .isLessThan(retrials / 5);
    }

    @Test
    void everyClosingIsASpellingTheContractAcceptsAndRetrialReviewAndUpheldObjectionsAreAmongThem()
            throws IOException {
        Set<String> retrialReview = new HashSet<>();
        Set<String> objection = new HashSet<>();
        for (GeneratedFile file : summary.files()) {
            Map<String, String> accepted = switch (Feed.of(file.feed())) {
                case TRIAL -> TRIAL_CLOSINGS;
                case EXECUTION -> EXECUTION_CLOSINGS;
                case MEDIATION -> null;
            };
            if (accepted == null) {
                continue;
            }
            Layout layout = layoutOf(file);
            Set<Integer> planted = rowsWith(file, ReasonCode.UNKNOWN_DISPOSITION);
            for (SheetRow row : dataRows(file, dataSheet(file))) {
                String closing = row.cell(layout.indexOf(Field.DISPOSITION)).strip();
                if (EMPTY_MARKERS.contains(closing) || planted.contains(row.number())) {
                    continue;
                }
                assertThat(accepted).as(file.file().getFileName() + " row " + row.number()).containsKey(closing);
                String type = typeOf(row.cell(layout.indexOf(Field.CASE_NO)));
                if (Set.of("提审", "指令再审", "指定再审").contains(closing)) {
                    assertThat(file.courtCode()).as("only the higher court takes up or orders a retrial").isEqualTo("豫13");
                }
                if (type.equals("民申")) {
                    retrialReview.add(closing);
                } else if (type.equals("执异")) {
                    objection.add(closing);
                }
            }
        }
        assertThat(retrialReview.stream().map(TRIAL_CLOSINGS::get))
                .contains("驳回再审申请", "裁定再审", "撤回再审申请");
        assertThat(retrialReview).as("canonical and long spellings").contains("驳回再审申请", "裁定驳回再审申请")
                .containsAnyOf("提审", "指令再审", "指定再审");
        assertThat(objection).contains("异议成立", "驳回申请").containsAnyOf("支持异议", "撤销执行行为", "变更执行行为");
    }

    @Test
    void aFewHearingCountsOfTheIntermediateCourtsAppealsAreEmpty() throws IOException {
        for (GeneratedFile file : trialFiles("豫13")) {
            Layout layout = layoutOf(file);
            int appeals = 0;
            int unknown = 0;
            for (SheetRow row : dataRows(file, dataSheet(file))) {
                if (typeOf(row.cell(layout.indexOf(Field.CASE_NO))).matches("[民刑行]终")) {
                    appeals++;
                    unknown += row.cell(layout.indexOf(Field.HEARINGS)).isBlank() ? 1 : 0;
                }
            }
            assertThat(unknown).as(file.file().getFileName() + ": empty 开庭次数 of " + appeals + " appeals")
                    .isPositive().isLessThan(appeals / 10);
        }
    }

    @Test
    void refusesArgumentsItCannotHonour() {
        SampleGenerator generator = new SampleGenerator(SEED);
        assertThatThrownBy(() -> generator.generate(outDir, List.of(YearMonth.of(2020, 12)), 1, Set.of("trial")))
                .hasMessageContaining("2021-01");
        assertThatThrownBy(() -> generator.generate(outDir, MONTHS, 0, Set.of("trial"))).hasMessageContaining("scale");
        assertThatThrownBy(() -> generator.generate(outDir, MONTHS, 1, Set.of("appeals"))).hasMessageContaining("appeals");
        assertThatThrownBy(() -> generator.generate(outDir, List.of(), 1, Set.of("trial"))).hasMessageContaining("month");
    }

    /** Spelling → canonical value, from a list in feeds.md's notation: {@code 调解 ← 调解结案, 调解书 · 终结执行}. */
    private static Map<String, String> closings(String contract) {
        Map<String, String> canonical = new HashMap<>();
        for (String entry : contract.split(" · ")) {
            String[] sides = entry.split(" ← ");
            canonical.put(sides[0], sides[0]);
            if (sides.length > 1) {
                for (String spelling : sides[1].split(", ")) {
                    canonical.put(spelling, sides[0]);
                }
            }
        }
        return canonical;
    }

    private static List<GeneratedFile> trialFiles(String courtCode) {
        return summary.files().stream().filter(f -> f.feed().equals("trial") && f.courtCode().equals(courtCode)).toList();
    }

    /** The 类型代字 of a case-number cell: what stands between the court code and the number. */
    private static String typeOf(String caseNo) {
        return SampleFiles.canonicalCaseNo(caseNo).replaceFirst("^（\\d{4}）豫\\d+", "").replaceFirst("\\d.*$", "");
    }

    private static DeliveryStyle styleOf(GeneratedFile file) {
        return CourtStyles.of(Courts.byCode(file.courtCode()), Feed.of(file.feed()));
    }

    private static Layout layoutOf(GeneratedFile file) {
        Court court = Courts.byCode(file.courtCode());
        Feed feed = Feed.of(file.feed());
        return Layout.of(feed, styleOf(file), Rng.of(SEED, "column-order", court.code(), feed));
    }

    private static List<SheetData> parsed(GeneratedFile file) throws IOException {
        List<SheetData> sheets = PARSED.get(file.file());
        if (sheets == null) {
            sheets = SampleFiles.read(file.file());
            PARSED.put(file.file(), sheets);
        }
        return sheets;
    }

    private static SheetData dataSheet(GeneratedFile file) throws IOException {
        return parsed(file).get(styleOf(file).extraSheet() == DeliveryStyle.ExtraSheet.NOTES_BEFORE ? 1 : 0);
    }

    /** The rows under the header that are cases: not blank, not totals or notes. */
    private static List<SheetRow> dataRows(GeneratedFile file, SheetData data) {
        int firstData = (styleOf(file).titleRows() ? 3 : 1) + (layoutOf(file).twoRowHeader() ? 2 : 1);
        List<SheetRow> rows = new ArrayList<>();
        for (SheetRow row : data.rows()) {
            if (row.number() < firstData || row.blank()) {
                continue;
            }
            String first = row.cells().stream().filter(c -> !c.isBlank()).findFirst().orElse("");
            if (NOT_DATA.stream().noneMatch(first::startsWith)) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static Set<Integer> rowsWith(GeneratedFile file, ReasonCode reason) {
        return file.issues().stream().filter(i -> i.reason() == reason).map(PlantedIssue::row).collect(Collectors.toSet());
    }

    private static Set<Integer> rowsWithErrors(GeneratedFile file) {
        Set<Integer> rows = new HashSet<>();
        file.issues().stream().filter(i -> i.reason().severity() == Severity.ERROR)
                .forEach(i -> rows.add(i.row()));
        return rows;
    }
}
