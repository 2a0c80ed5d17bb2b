package org.courtstats.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.courtstats.samples.SampleFiles.SheetData;
import org.courtstats.samples.SampleFiles.SheetRow;
import org.courtstats.samples.quirks.CourtStyles;
import org.courtstats.samples.quirks.DeliveryStyle;
import org.courtstats.samples.quirks.PlantedIssue;
import org.courtstats.samples.quirks.RegisterDefect;
import org.courtstats.samples.quirks.RegisterStyle;
import org.courtstats.samples.quirks.RegisterStyles;
import org.courtstats.samples.world.Court;
import org.courtstats.samples.world.Courts;
import org.courtstats.samples.world.Feed;
import org.courtstats.samples.world.Register;
import org.courtstats.samples.world.SimCase;
import org.courtstats.samples.world.World;
import org.courtstats.vocabulary.ReasonCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register files (四类案件, 联系法官, 网上立案) of input-samples' seed and months at scale 1, read back
 * as the pipeline will: one per court, register and month, the contract's headers, volumes near 南阳's
 * report, every planted bad row where the styles say, flags only on cases the trial delivery publishes.
 */
class RegisterFilesTest {

    private static final long SEED = 42;
    private static final List<YearMonth> MONTHS = List.of(YearMonth.of(2023, 8), YearMonth.of(2024, 8));
    private static final Set<String> REGISTERS = Set.of("supervision", "judge_contact", "online_filing");
    /** The contract's headers and aliases (notes/new-feeds-contract.md), and the 序号 courts add. */
    private static final Map<Register, Set<String>> CONTRACT_HEADERS = Map.of(
            Register.SUPERVISION, Set.of("案号", "标记日期", "标注日期", "标记时间", "类别", "四类案件类别", "案件类别",
                    "监管日期", "监管时间", "反馈日期", "反馈时间", "序号"),
            Register.JUDGE_CONTACT, Set.of("申请编号", "编号", "申请号", "申请时间", "提交时间", "回复时间", "答复时间",
                    "承办人", "法官", "承办法官", "案号", "关联案号", "序号"),
            Register.ONLINE_FILING, Set.of("申请编号", "编号", "申请号", "提交时间", "申请时间", "审核时间", "处理时间",
                    "审核结果", "处理结果", "序号"));
    private static final Map<Register, Set<String>> KEY_HEADERS = Map.of(Register.SUPERVISION, Set.of("案号"),
            Register.JUDGE_CONTACT, Set.of("申请编号", "编号", "申请号"),
            Register.ONLINE_FILING, Set.of("申请编号", "编号", "申请号"));
    /** The contract's three shapes of a date-time, a workbook's date-time cell read back as ISO. */
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}|\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{1,2}时\\d{1,2}分|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    private static final Set<String> CHOICES = Set.of("群体性纠纷", "涉及群体性纠纷", "群体性", "疑难复杂", "疑难复杂案件",
            "重大影响", "类案冲突", "与类案判决冲突", "可能冲突", "反映违法审判", "反映法官违法审判", "违法审判",
            "通过", "审核通过", "已通过", "准予立案", "不通过", "未通过", "审核不通过", "不予立案", "补正", "需补正",
            "退回补正", "补充材料");

    @TempDir
    static Path outDir;

    private static GenerationSummary summary;
    private static final Map<Path, SheetData> PARSED = new HashMap<>();

    @BeforeAll
    static void generate() throws IOException {
        summary = new SampleGenerator(SEED).generate(outDir, MONTHS, 1.0, REGISTERS);
    }

    @Test
    void writesOneFilePerCourtRegisterAndMonthNamedAndFormattedLikeTheCourtsCaseFile() {
        assertThat(summary.files()).hasSize(MONTHS.size() * Courts.ALL.size() * Register.values().length);
        for (GeneratedFile file : summary.files()) {
            Court court = Courts.byCode(file.courtCode());
            Register register = Register.of(file.feed());
            DeliveryStyle caseFile = CourtStyles.of(court, followed(register));
            String name = file.file().getFileName().toString();
            assertThat(name).isEqualTo(caseFile.fileName(register.word(), file.month()) + caseFile.format().extension());
            assertThat(court.names()).as(name).anyMatch(name::contains);
            assertThat(name).contains(register.word());
            assertThat(file.format()).as(name).isEqualTo(caseFile.format().label());
        }
        assertThat(summary.files().stream().map(GeneratedFile::format).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("xlsx", "xls", "csv utf-8 bom", "csv utf-8", "csv gbk", "txt tab utf-8");
    }

    @Test
    void headersAreTheContractsAndEveryDataRowIsCounted() throws IOException {
        for (GeneratedFile file : summary.files()) {
            Register register = Register.of(file.feed());
            String name = file.file().getFileName().toString();
            List<String> header = headerRow(file).cells().stream().map(String::strip).toList();
            assertThat(CONTRACT_HEADERS.get(register)).as(name).containsAll(header);
            assertThat(header).as(name).hasSize(register == Register.ONLINE_FILING ? expectedWidth(file, 4)
                    : expectedWidth(file, 5));
            assertThat(header).as(name).anyMatch(KEY_HEADERS.get(register)::contains);
            assertThat(dataRows(file)).as(name).hasSize(file.rows());
        }
    }

    @Test
    void volumesAreNearTheCitysReportAndLowerAYearBefore() {
        Map<String, Integer> rows = new HashMap<>();
        for (GeneratedFile file : summary.files()) {
            rows.merge(file.feed() + " " + file.month(), file.rows(), Integer::sum);
        }
        // 3786 flags and 906 requests by the report of 23 August; these run to the month's end.
        assertThat(rows.get("supervision 2024-08")).isBetween(4000, 5000);
        assertThat(rows.get("judge_contact 2024-08")).isBetween(950, 1150);
        assertThat(rows.get("online_filing 2024-08")).isBetween(25_000, 36_000);
        assertThat(rows.get("supervision 2023-08")).isLessThan(rows.get("supervision 2024-08"));
        assertThat(rows.get("judge_contact 2023-08")).isLessThan(rows.get("judge_contact 2024-08"));
    }

    @Test
    void everyPlantedBadRowIsWhereTheStylesSayAndWellUnderTheRefusalThreshold() throws IOException {
        Map<RegisterDefect, Integer> planted = new HashMap<>();
        for (GeneratedFile file : summary.files()) {
            Register register = Register.of(file.feed());
            RegisterStyle style = RegisterStyles.of(Courts.byCode(file.courtCode()), register);
            String name = file.file().getFileName().toString();
            Set<ReasonCode> expected = style.defects().stream().map(d -> d.reason(register)).collect(Collectors.toSet());
            assertThat(file.issues().stream().map(PlantedIssue::reason).collect(Collectors.toSet())).as(name)
                    .isEqualTo(expected);
            assertThat(file.rejectedRows()).as(name)
                    .isEqualTo(style.defects().stream().mapToInt(RegisterDefect::rejectedRows).sum());
            assertThat(file.rejectedRows() * 100.0 / file.rows()).as(name).isLessThan(3.0);
            style.defects().forEach(d -> planted.merge(d, 1, Integer::sum));

            SheetRow header = headerRow(file);
            Map<Integer, SheetRow> byNumber = dataRows(file).stream()
                    .collect(Collectors.toMap(SheetRow::number, r -> r));
            for (PlantedIssue issue : file.issues()) {
                SheetRow row = byNumber.get(issue.row());
                int column = header.cells().stream().map(String::strip).toList().indexOf(issue.column());
                assertThat(row).as(name + " row " + issue.row()).isNotNull();
                assertThat(row.cell(column)).as(name + " row " + issue.row()).isEqualTo(issue.value());
            }
            for (PlantedIssue issue : file.issues()) {
                switch (issue.reason()) {
                    case MISSING_VALUE -> assertThat(issue.value()).as(name).isIn("", "-", "—", "/", "无");
                    case DUPLICATE_CASE_NO, DUPLICATE_KEY -> assertThat(file.issues().stream()
                            .filter(i -> i.reason() == issue.reason() && i.value().equals(issue.value())))
                            .as(name).hasSize(2);
                    case BAD_DATE -> assertThat(issue.value().contains("25时") || !isDate(issue.value().substring(0, 10)))
                            .as(name + " " + issue.value()).isTrue();
                    case BAD_VALUE -> assertThat(CHOICES).as(name).doesNotContain(issue.value().strip());
                    default -> { }
                }
            }
        }
        // Every kind of bad row is in the samples, in both months.
        assertThat(planted.keySet()).containsExactlyInAnyOrder(RegisterDefect.values());
    }

    @Test
    void flagsNameOnlyCasesTheCourtsTrialDeliveryPublishes() throws IOException {
        World world = new World(SEED, 1.0);
        int checked = 0;
        for (GeneratedFile file : summary.files()) {
            if (!file.feed().equals("supervision")) {
                continue;
            }
            Court court = Courts.byCode(file.courtCode());
            Set<String> published = new HashSet<>();
            for (SimCase c : new DeliveryWriter(world, SEED, court, Feed.TRIAL, file.month(),
                    CourtStyles.of(court, Feed.TRIAL)).cleanCases()) {
                published.add(c.no().toString());
            }
            int caseColumn = headerRow(file).cells().stream().map(String::strip).toList().indexOf("案号");
            Set<Integer> wrongCase = file.issues().stream()
                    .filter(i -> i.column().equals("案号") && i.reason() != ReasonCode.DUPLICATE_CASE_NO)
                    .map(PlantedIssue::row).collect(Collectors.toSet());
            for (SheetRow row : dataRows(file)) {
                String no = SampleFiles.canonicalCaseNo(row.cell(caseColumn));
                String where = file.file().getFileName() + " row " + row.number();
                if (wrongCase.contains(row.number())) {
                    assertThat(published).as(where).doesNotContain(no);
                } else {
                    assertThat(published).as(where).contains(no);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(7000);
    }

    @Test
    void dateTimesTakeTheContractsShapesAndReplyAfterTheyWereAsked() throws IOException {
        int checked = 0;
        for (GeneratedFile file : summary.files()) {
            if (file.feed().equals("supervision")) {
                continue;
            }
            List<String> header = headerRow(file).cells().stream().map(String::strip).toList();
            Set<Integer> badRows = file.issues().stream().map(PlantedIssue::row).collect(Collectors.toSet());
            List<Integer> columns = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).endsWith("时间")) {
                    columns.add(i);
                }
            }
            assertThat(columns).hasSize(2);
            for (SheetRow row : dataRows(file)) {
                if (badRows.contains(row.number())) {
                    continue;
                }
                for (int column : columns) {
                    String value = row.cell(column);
                    if (!value.isBlank() && !Set.of("-", "—", "/", "无").contains(value)) {
                        assertThat(value).as(file.file().getFileName() + " row " + row.number()).matches(DATE_TIME);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100_000);
    }

    @Test
    void sameSeedAndArgumentsGiveIdenticalBytes(@TempDir Path again) throws IOException {
        GenerationSummary second = new SampleGenerator(SEED).generate(again, List.of(YearMonth.of(2024, 8)), 1.0,
                REGISTERS);
        for (GeneratedFile file : second.files()) {
            Path first = outDir.resolve(again.relativize(file.file()));
            assertThat(Files.readAllBytes(file.file())).as(first.toString()).isEqualTo(Files.readAllBytes(first));
        }
        assertThat(second.files()).hasSize(Courts.ALL.size() * Register.values().length);
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Feed followed(Register register) {
        return switch (register) {
            case SUPERVISION -> Feed.TRIAL;
            case JUDGE_CONTACT -> Feed.EXECUTION;
            case ONLINE_FILING -> Feed.MEDIATION;
        };
    }

    private static DeliveryStyle look(GeneratedFile file) {
        return CourtStyles.of(Courts.byCode(file.courtCode()), followed(Register.of(file.feed())));
    }

    /** The contract's columns, and 序号 in front where the court adds it. */
    private static int expectedWidth(GeneratedFile file, int columns) {
        return columns + (look(file).extraColumns().contains(org.courtstats.samples.world.Field.SEQUENCE) ? 1 : 0);
    }

    private static SheetData data(GeneratedFile file) throws IOException {
        SheetData cached = PARSED.get(file.file());
        if (cached == null) {
            List<SheetData> sheets = SampleFiles.read(file.file());
            cached = sheets.get(look(file).extraSheet() == DeliveryStyle.ExtraSheet.NOTES_BEFORE ? 1 : 0);
            PARSED.put(file.file(), cached);
        }
        return cached;
    }

    private static SheetRow headerRow(GeneratedFile file) throws IOException {
        return data(file).row(look(file).titleRows() ? 3 : 1);
    }

    private static List<SheetRow> dataRows(GeneratedFile file) throws IOException {
        int first = (look(file).titleRows() ? 3 : 1) + 1;
        Set<String> notData = Set.of("合计", "制表人", "审核人", "填表说明");
        return data(file).rows().stream().filter(r -> r.number() >= first && !r.blank())
                .filter(r -> notData.stream().noneMatch(r.cell(0)::startsWith)).toList();
    }
}
