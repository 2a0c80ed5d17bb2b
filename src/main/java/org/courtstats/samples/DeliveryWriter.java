package org.courtstats.samples;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.courtstats.samples.files.CellValue;
import org.courtstats.samples.files.OutputFormat;
import org.courtstats.samples.files.TableFile;
import org.courtstats.samples.quirks.CellFormatter;
import org.courtstats.samples.quirks.Column;
import org.courtstats.samples.quirks.DateStyle;
import org.courtstats.samples.quirks.DeliveryStyle;
import org.courtstats.samples.quirks.Layout;
import org.courtstats.samples.quirks.PlantedIssue;
import org.courtstats.samples.quirks.RowPlanter;
import org.courtstats.samples.world.Court;
import org.courtstats.samples.world.Feed;
import org.courtstats.samples.world.Field;
import org.courtstats.samples.world.Lexicon;
import org.courtstats.samples.world.LogicalRow;
import org.courtstats.samples.world.Rng;
import org.courtstats.samples.world.RowMapper;
import org.courtstats.samples.world.SimCase;
import org.courtstats.samples.world.Snapshot;
import org.courtstats.samples.world.Workdays;
import org.courtstats.samples.world.World;

/**
 * Writes one delivery: a court's snapshot of one feed for one month, in the court's style. Reads
 * the snapshot twice, once to count its rows (to spread the defects and to choose between .xls and
 * .xlsx) and once to write them, so that nothing but the current month's cases is held in memory.
 */
final class DeliveryWriter {

    /** Below this many rows an .xlsx keeps a shared-string table like Excel does; above, inline strings keep memory flat. */
    private static final int SHARED_STRINGS_UP_TO = 100_000;
    /** Rows beyond the cases that a file may need: titles, headers, planted extras, totals, notes. */
    private static final int ROWS_AROUND_DATA = 100;

    private final World world;
    private final long seed;
    private final Court court;
    private final Feed feed;
    private final YearMonth month;
    private final DeliveryStyle style;
    private final Snapshot snapshot;
    private final Layout layout;
    private final RowMapper mapper;

    private final List<PlantedIssue> issues = new ArrayList<>();
    private final Map<Field, BigDecimal> totals = new EnumMap<>(Field.class);
    private final Map<String, int[]> countsByType = new TreeMap<>();
    private int rows;
    private int outsideWindow;

    DeliveryWriter(World world, long seed, Court court, Feed feed, YearMonth month, DeliveryStyle style) {
        this(world, seed, court, feed, month, style, c -> true);
    }

    /** @param exported the cases the court's export keeps (all of the snapshot's, unless it filtered) */
    DeliveryWriter(World world, long seed, Court court, Feed feed, YearMonth month, DeliveryStyle style,
                   Predicate<SimCase> exported) {
        this.world = world;
        this.seed = seed;
        this.court = court;
        this.feed = feed;
        this.month = month;
        this.style = style;
        this.snapshot = new Snapshot(world, court, feed, month, style.oldClosedRows(), exported);
        this.layout = Layout.of(feed, style, Rng.of(seed, "column-order", court.code(), feed));
        this.mapper = new RowMapper(layout.fields());
    }

    /** The date a court runs its export: the first working day from the second day of the next month. */
    static LocalDate reportDate(YearMonth month) {
        return Workdays.onOrAfter(month.atEndOfMonth().plusDays(2));
    }

    GeneratedFile writeTo(Path directory) throws IOException {
        int cases = snapshot.count();
        OutputFormat format = style.format().fitting(cases + ROWS_AROUND_DATA);
        Path path = directory.resolve(style.fileName(feed, month) + format.extension());
        Files.createDirectories(directory);
        CellFormatter formatter = new CellFormatter(style, layout, format.excel());
        RowPlanter planter = planter(cases);
        try (TableFile file = TableFile.open(format, path, reportDate(month), cases <= SHARED_STRINGS_UP_TO)) {
            if (style.extraSheet() == DeliveryStyle.ExtraSheet.NOTES_BEFORE) {
                writeNotesSheet(file);
            }
            file.startSheet(style.sheetName(feed));
            file.columnWidths(columnWidths());
            writeTitle(file);
            writeHeader(file);
            writeData(file, formatter, planter, cases);
            if (style.totalsRow()) {
                writeTotals(file, formatter);
            }
            if (style.notesRows()) {
                writeNotes(file);
            }
            switch (style.extraSheet()) {
                case NOTES_AFTER -> writeNotesSheet(file);
                case SUMMARY_AFTER -> writeSummarySheet(file);
                default -> { }
            }
        }
        return new GeneratedFile(path, court.code(), feed.id(), month, format.label(), rows, outsideWindow,
                Files.size(path), List.copyOf(issues));
    }

    /** The same defects at the same rows whenever the delivery is written or replayed. */
    private RowPlanter planter(int cases) {
        return new RowPlanter(world, court, feed, month, mapper, layout.fields(), style.plantings(), cases,
                Rng.of(seed, "defects", court.code(), feed, month));
    }

    /**
     * The cases whose rows the delivery writes without any issue, replayed without writing: what its
     * published slice holds for certain, for a register that must name them (四类案件 flags trial cases).
     */
    List<SimCase> cleanCases() {
        RowPlanter planter = planter(snapshot.count());
        List<SimCase> clean = new ArrayList<>();
        for (SimCase c : snapshot) {
            LogicalRow row = mapper.map(c, snapshot.asOf());
            for (RowPlanter.OutputRow out : planter.rowsFor(row, snapshot.outsideWindow(c))) {
                if (out.row() == row && out.issues().isEmpty() && !out.outsideWindow()) {
                    clean.add(c);
                }
            }
        }
        return clean;
    }

    private String period() {
        return month.getYear() + "年" + (month.getMonthValue() == 1 ? "" : "1-") + month.getMonthValue() + "月";
    }

    private String feedTitle() {
        return feed.title() + (feed == Feed.MEDIATION ? "案件" : "");
    }

    private void writeTitle(TableFile file) throws IOException {
        if (!style.titleRows()) {
            return;
        }
        int title = file.write(List.of(text(court.name() + period() + feedTitle() + "明细")));
        int date = file.write(List.of(text("制表日期：" + DateStyle.chinese(reportDate(month)))));
        file.merge(title, title, 0, layout.width() - 1);
        file.merge(date, date, 0, layout.width() - 1);
    }

    /** One header row, or two with merged group cells above and vertical merges for the single columns. */
    private void writeHeader(TableFile file) throws IOException {
        List<Column> columns = layout.columns();
        if (!layout.twoRowHeader()) {
            file.write(columns.stream().map(c -> text(c.header())).toList());
            return;
        }
        List<CellValue> upper = new ArrayList<>();
        List<CellValue> lower = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            boolean groupStart = column.group() != null && (i == 0 || !column.group().equals(columns.get(i - 1).group()));
            upper.add(column.group() == null ? text(column.header()) : groupStart ? text(column.group()) : CellValue.BLANK);
            lower.add(column.group() == null ? CellValue.BLANK : text(column.header()));
        }
        int top = file.write(upper);
        file.write(lower);
        for (int i = 0; i < columns.size(); i++) {
            String group = columns.get(i).group();
            if (group == null) {
                file.merge(top, top + 1, i, i);
                continue;
            }
            int last = i;
            while (last + 1 < columns.size() && group.equals(columns.get(last + 1).group())) {
                last++;
            }
            file.merge(top, top, i, last);
            i = last;
        }
    }

    private void writeData(TableFile file, CellFormatter formatter, RowPlanter planter, int cases) throws IOException {
        Set<Integer> blankAfter = blankRowPositions(cases);
        int ordinal = 0;
        for (SimCase c : snapshot) {
            LogicalRow row = mapper.map(c, snapshot.asOf());
            for (RowPlanter.OutputRow out : planter.rowsFor(row, snapshot.outsideWindow(c))) {
                writeRow(file, formatter, out);
            }
            if (blankAfter.contains(ordinal++)) {
                file.skipRow();
            }
        }
        for (RowPlanter.OutputRow out : planter.remaining()) {
            writeRow(file, formatter, out);
        }
    }

    private Set<Integer> blankRowPositions(int cases) {
        if (!style.blankRows() || cases < 10) {
            return Set.of();
        }
        Rng rng = Rng.of(seed, "blank-rows", court.code(), feed, month);
        Set<Integer> positions = new HashSet<>();
        positions.add(rng.between(1, cases / 2));
        positions.add(rng.between(cases / 2, cases - 2));
        return positions;
    }

    private void writeRow(TableFile file, CellFormatter formatter, RowPlanter.OutputRow out) throws IOException {
        LogicalRow row = out.row();
        rows++;
        if (layout.indexOf(Field.SEQUENCE) >= 0) {
            row.put(Field.SEQUENCE, rows);
        }
        List<CellValue> cells = formatter.format(row);
        int rowNumber = file.write(cells);
        for (RowPlanter.Issue issue : out.issues()) {
            int column = layout.indexOf(issue.field());
            issues.add(new PlantedIssue(rowNumber, issue.reason(), layout.header(issue.field()),
                    cells.get(column).display()));
        }
        if (out.outsideWindow()) {
            outsideWindow++;
        }
        for (Column column : layout.columns()) {
            if (Layout.isAmount(column.field()) && row.get(column.field()) instanceof BigDecimal amount) {
                totals.merge(column.field(), amount, BigDecimal::add);
            }
        }
        int[] counts = countsByType.computeIfAbsent(row.source().no().type(), t -> new int[2]);
        counts[row.get(Field.CLOSED_ON) == null ? 1 : 0]++;
    }

    private void writeTotals(TableFile file, CellFormatter formatter) throws IOException {
        List<CellValue> cells = new ArrayList<>(Collections.nCopies(layout.width(), CellValue.BLANK));
        cells.set(0, text("合计"));
        int caseColumn = layout.indexOf(Field.CASE_NO);
        if (caseColumn > 0) {
            cells.set(caseColumn, text("共" + rows + "件"));
        }
        totals.forEach((field, sum) -> cells.set(layout.indexOf(field), formatter.total(sum)));
        file.write(cells);
    }

    private void writeNotes(TableFile file) throws IOException {
        Rng rng = Rng.of(seed, "clerks", court.code());
        file.skipRow();
        file.write(List.of(text("制表人：" + Lexicon.personName(rng))));
        file.write(List.of(text("审核人：" + Lexicon.personName(rng))));
        file.write(List.of(text("填表说明：统计区间为" + month.getYear() + "年1月1日至"
                + DateStyle.chinese(month.atEndOfMonth()) + "，含此前受理尚未办结的案件；金额单位："
                + (layout.amountsInWan() ? "万元" : "元") + "。")));
    }

    private void writeNotesSheet(TableFile file) throws IOException {
        file.startSheet("说明");
        file.columnWidths(List.of(90));
        for (String line : List.of("填报说明",
                "一、本表为" + court.name() + period() + feedTitle() + "明细，每案一行，含旧存未结案件。",
                "二、日期按年月日填写；未结案件不填结案日期和结案方式。",
                "三、金额单位为" + (layout.amountsInWan() ? "万元" : "元") + "。",
                "四、数据来源：全国法院统一业务应用系统，导出于" + DateStyle.chinese(reportDate(month)) + "。")) {
            file.write(List.of(text(line)));
        }
    }

    /** A 汇总 sheet after the data: case counts by 类型代字, as statisticians add for their own checks. */
    private void writeSummarySheet(TableFile file) throws IOException {
        file.startSheet("汇总");
        file.columnWidths(List.of(14, 10, 10, 10));
        file.write(List.of(text(court.name() + period() + feedTitle() + "汇总")));
        file.write(List.of(text("类型代字"), text("案件数"), text("其中已结"), text("其中未结")));
        int closed = 0;
        int pending = 0;
        for (Map.Entry<String, int[]> entry : countsByType.entrySet()) {
            int[] c = entry.getValue();
            file.write(List.of(text(entry.getKey()), number(c[0] + c[1]), number(c[0]), number(c[1])));
            closed += c[0];
            pending += c[1];
        }
        file.write(List.of(text("合计"), number(closed + pending), number(closed), number(pending)));
    }

    private List<Integer> columnWidths() {
        return layout.columns().stream().map(c -> Math.max(c.header().length() * 2 + 2, switch (c.field().kind()) {
            case CASE_REF -> 26;
            case DATE -> 14;
            case AMOUNT, TEXT -> 12;
            default -> 8;
        })).toList();
    }

    private static CellValue text(String text) {
        return new CellValue.Text(text);
    }

    private static CellValue number(int value) {
        return new CellValue.Number(BigDecimal.valueOf(value), null);
    }
}
