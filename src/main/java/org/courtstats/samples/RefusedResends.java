package org.courtstats.samples;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.courtstats.samples.files.CellValue;
import org.courtstats.samples.files.OutputFormat;
import org.courtstats.samples.files.TableFile;
import org.courtstats.samples.quirks.CourtStyles;
import org.courtstats.samples.quirks.Defect;
import org.courtstats.samples.quirks.DeliveryStyle;
import org.courtstats.samples.quirks.Layout;
import org.courtstats.samples.quirks.Planting;
import org.courtstats.samples.world.Court;
import org.courtstats.samples.world.Courts;
import org.courtstats.samples.world.Feed;
import org.courtstats.samples.world.Field;
import org.courtstats.samples.world.Rng;
import org.courtstats.samples.world.SimCase;
import org.courtstats.samples.world.Snapshot;
import org.courtstats.samples.world.World;

/**
 * Resent deliveries for one month that the pipeline must refuse whole, one per rule of feeds.md
 * section 6, each holding the same world's cases as the month's accepted files:
 * <ol>
 * <li>镇平's corrected trial file with a two-digit year in 10% of 结案日期: too many bad rows;</li>
 * <li>a file named for 卧龙 that holds 宛城's trial cases: the court disagrees with the name;</li>
 * <li>西峡's execution file with the header and a 合计 row but no data rows;</li>
 * <li>新野's trial file without the required 立案日期 column;</li>
 * <li>社旗's trial .xlsx cut off after half its bytes;</li>
 * <li>淅川's 汇总 summary by case type sent instead of the case list: no header row.</li>
 * </ol>
 * An HTML table saved as .xls is not among them: feeds.md lets the pipeline either read it or refuse it.
 */
final class RefusedResends {

    private final World world;
    private final long seed;
    private final YearMonth month;

    RefusedResends(World world, long seed, YearMonth month) {
        this.world = world;
        this.seed = seed;
        this.month = month;
    }

    List<RefusedResend> writeTo(Path directory) throws IOException {
        Files.createDirectories(directory);
        return List.of(tooManyBadRows(directory), namedForAnotherCourt(directory), headerWithoutData(directory),
                missingRequiredColumn(directory), truncated(directory), summaryInsteadOfCases(directory));
    }

    private RefusedResend tooManyBadRows(Path directory) throws IOException {
        Court court = Courts.byCode("豫1324");
        DeliveryStyle style = CourtStyles.of(court, Feed.TRIAL).toBuilder()
                .fileName("镇平县人民法院_{y}.{mm}_{feed}（更正）")
                .plantings(List.of(Planting.share(Defect.TWO_DIGIT_YEAR, 0.10))).build();
        GeneratedFile file = write(directory, court, Feed.TRIAL, style);
        return new RefusedResend(file.file(), court.code(), Feed.TRIAL.id(), String.format(
                "too many bad rows: %d of %d rows (%.1f%%) have a two-digit year in 结案日期 (BAD_DATE), above the 5%% limit",
                file.rejectedRows(), file.rows(), 100.0 * file.rejectedRows() / file.rows()));
    }

    private RefusedResend namedForAnotherCourt(Path directory) throws IOException {
        Court court = Courts.byCode("豫1302");
        DeliveryStyle style = CourtStyles.of(court, Feed.TRIAL).toBuilder()
                .fileName("卧龙区法院_{feed}_{y}年{m}月").plantings(List.of()).build();
        GeneratedFile file = write(directory, court, Feed.TRIAL, style);
        return new RefusedResend(file.file(), "豫1303", Feed.TRIAL.id(),
                "court disagrees with the file name: named for 卧龙 (豫1303), every case number is 宛城's (豫1302)");
    }

    private RefusedResend headerWithoutData(Path directory) throws IOException {
        Court court = Courts.byCode("豫1323");
        DeliveryStyle style = CourtStyles.of(court, Feed.EXECUTION);
        Layout layout = Layout.of(Feed.EXECUTION, style, Rng.of(seed, "column-order", court.code(), Feed.EXECUTION));
        Path path = directory.resolve(style.fileName(Feed.EXECUTION, month) + style.format().extension());
        try (TableFile file = TableFile.open(style.format(), path, DeliveryWriter.reportDate(month), true)) {
            file.startSheet(style.sheetName(Feed.EXECUTION));
            file.write(layout.columns().stream().map(c -> (CellValue) new CellValue.Text(c.header())).toList());
            List<CellValue> totals = new ArrayList<>(Collections.nCopies(layout.width(), CellValue.BLANK));
            totals.set(0, new CellValue.Text("合计"));
            totals.set(layout.indexOf(Field.APPLIED_AMOUNT), new CellValue.Text("0"));
            file.write(totals);
        }
        return new RefusedResend(path, court.code(), Feed.EXECUTION.id(),
                "no data rows: only the header and a 合计 row; an empty snapshot would erase the published month");
    }

    private RefusedResend missingRequiredColumn(Path directory) throws IOException {
        Court court = Courts.byCode("豫1329");
        DeliveryStyle style = CourtStyles.of(court, Feed.TRIAL).toBuilder()
                .omit(Field.FILED_ON).plantings(List.of()).build();
        GeneratedFile file = write(directory, court, Feed.TRIAL, style);
        return new RefusedResend(file.file(), court.code(), Feed.TRIAL.id(), "required column 立案日期 is missing");
    }

    private RefusedResend truncated(Path directory) throws IOException {
        Court court = Courts.byCode("豫1327");
        DeliveryStyle style = CourtStyles.of(court, Feed.TRIAL).toBuilder().plantings(List.of()).build();
        GeneratedFile file = write(directory, court, Feed.TRIAL, style);
        try (RandomAccessFile bytes = new RandomAccessFile(file.file().toFile(), "rw")) {
            bytes.setLength(bytes.length() / 2);
        }
        return new RefusedResend(file.file(), court.code(), Feed.TRIAL.id(),
                "unreadable: the .xlsx is cut off after half its bytes, as by a broken upload");
    }

    /** A summary by 类型代字 (旧存, 新收, 已结, 未结) where the case list should be: it has no 案号 header. */
    private RefusedResend summaryInsteadOfCases(Path directory) throws IOException {
        Court court = Courts.byCode("豫1326");
        Map<String, int[]> counts = new TreeMap<>();
        LocalDate yearStart = LocalDate.of(month.getYear(), 1, 1);
        Snapshot snapshot = new Snapshot(world, court, Feed.TRIAL, month, false);
        for (SimCase c : snapshot) {
            int[] count = counts.computeIfAbsent(c.no().type(), t -> new int[4]);
            count[c.filedOn().isBefore(yearStart) ? 0 : 1]++;
            count[c.closedBy(snapshot.asOf()) ? 2 : 3]++;
        }
        Path path = directory.resolve("淅川县法院-审判案件-" + month + ".xlsx");
        try (TableFile file = TableFile.open(OutputFormat.XLSX, path, DeliveryWriter.reportDate(month), true)) {
            file.startSheet("汇总");
            file.write(List.of(new CellValue.Text(court.name() + month.getYear() + "年1-" + month.getMonthValue()
                    + "月审判案件汇总")));
            file.write(List.of(new CellValue.Text("类型代字"), new CellValue.Text("旧存"), new CellValue.Text("新收"),
                    new CellValue.Text("已结"), new CellValue.Text("未结")));
            for (Map.Entry<String, int[]> entry : counts.entrySet()) {
                List<CellValue> row = new ArrayList<>();
                row.add(new CellValue.Text(entry.getKey()));
                for (int n : entry.getValue()) {
                    row.add(new CellValue.Number(BigDecimal.valueOf(n), null));
                }
                file.write(row);
            }
        }
        return new RefusedResend(path, court.code(), Feed.TRIAL.id(),
                "no header row: the workbook holds only a 汇总 summary by case type, not the case list");
    }

    private GeneratedFile write(Path directory, Court court, Feed feed, DeliveryStyle style) throws IOException {
        return new DeliveryWriter(world, seed, court, feed, month, style).writeTo(directory);
    }
}
