package org.courtstats.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.courtstats.samples.files.CellValue;
import org.courtstats.samples.files.OutputFormat;
import org.courtstats.samples.files.TableFile;
import org.courtstats.samples.quirks.CourtStyles;
import org.courtstats.samples.quirks.DateStyle;
import org.courtstats.samples.quirks.DeliveryStyle;
import org.courtstats.samples.quirks.PlantedIssue;
import org.courtstats.samples.quirks.RegisterStyle;
import org.courtstats.samples.quirks.RegisterTable;
import org.courtstats.samples.world.Court;
import org.courtstats.samples.world.Feed;
import org.courtstats.samples.world.Lexicon;
import org.courtstats.samples.world.Register;
import org.courtstats.samples.world.Registers;
import org.courtstats.samples.world.Rng;
import org.courtstats.samples.world.World;

/**
 * Writes one register delivery (四类案件, 联系法官, 网上立案): a court's year-to-date register as of the
 * month's end, laid out like the court's case file it follows. The 四类案件 register flags only cases
 * that the court's trial delivery of the month publishes, so it replays that delivery first.
 */
final class RegisterWriter {

    private final World world;
    private final long seed;
    private final Court court;
    private final Register register;
    private final YearMonth month;
    private final RegisterStyle style;
    private final OutputFormat trialFormat;

    /** @param trialFormat the format the trial delivery is written in, or null for the court's own */
    RegisterWriter(World world, long seed, Court court, Register register, YearMonth month, RegisterStyle style,
                   OutputFormat trialFormat) {
        this.world = world;
        this.seed = seed;
        this.court = court;
        this.register = register;
        this.month = month;
        this.style = style;
        this.trialFormat = trialFormat;
    }

    GeneratedFile writeTo(Path directory) throws IOException {
        RegisterTable table = table();
        Path path = directory.resolve(style.fileName(month) + style.format().extension());
        Files.createDirectories(directory);
        DeliveryStyle look = style.look();
        List<PlantedIssue> issues = new ArrayList<>();
        List<RegisterTable.Row> rows = table.rows();
        try (TableFile file = TableFile.open(style.format(), path, DeliveryWriter.reportDate(month), true)) {
            if (look.extraSheet() == DeliveryStyle.ExtraSheet.NOTES_BEFORE) {
                writeNotesSheet(file);
            }
            file.startSheet(style.sheetName());
            file.columnWidths(table.headers().stream().map(h -> Math.max(h.length() * 2 + 2, 20)).toList());
            if (look.titleRows()) {
                int title = file.write(List.of(text(court.name() + period() + register.title() + "明细")));
                int date = file.write(List.of(text("制表日期：" + DateStyle.chinese(DeliveryWriter.reportDate(month)))));
                file.merge(title, title, 0, table.width() - 1);
                file.merge(date, date, 0, table.width() - 1);
            }
            file.write(table.headers().stream().map(RegisterWriter::text).toList());
            int blankAfter = look.blankRows() && rows.size() >= 10 ? rows.size() / 2 : -1;
            for (int i = 0; i < rows.size(); i++) {
                RegisterTable.Row row = rows.get(i);
                int rowNumber = file.write(row.cells());
                for (RegisterTable.Issue issue : row.issues()) {
                    int column = table.columns().indexOf(issue.column());
                    issues.add(new PlantedIssue(rowNumber, issue.defect().reason(register), table.header(issue.column()),
                            row.cells().get(column).display()));
                }
                if (i == blankAfter) {
                    file.skipRow();
                }
            }
            if (look.totalsRow()) {
                List<CellValue> totals = new ArrayList<>(Collections.nCopies(table.width(), CellValue.BLANK));
                totals.set(0, text("合计"));
                file.write(totals);
            }
            if (look.notesRows()) {
                Rng clerks = Rng.of(seed, "clerks", court.code());
                file.skipRow();
                file.write(List.of(text("制表人：" + Lexicon.personName(clerks))));
                file.write(List.of(text("审核人：" + Lexicon.personName(clerks))));
                file.write(List.of(text("填表说明：统计区间为" + month.getYear() + "年1月1日至"
                        + DateStyle.chinese(month.atEndOfMonth()) + "，每条" + unit() + "一行。")));
            }
            if (look.extraSheet() == DeliveryStyle.ExtraSheet.NOTES_AFTER) {
                writeNotesSheet(file);
            }
        }
        return new GeneratedFile(path, court.code(), register.id(), month, style.format().label(), rows.size(), 0,
                Files.size(path), List.copyOf(issues));
    }

    private RegisterTable table() {
        Registers registers = world.registers();
        return switch (register) {
            case SUPERVISION -> RegisterTable.supervision(style, court, month,
                    registers.supervision(court, month, trialDelivery().cleanCases()), registers, seed);
            case JUDGE_CONTACT -> RegisterTable.judgeContacts(style, court, month,
                    registers.judgeContacts(court, month), seed);
            case ONLINE_FILING -> RegisterTable.onlineFilings(style, court, month,
                    registers.onlineFilings(court, month), seed);
        };
    }

    /** The court's trial delivery of the month, as {@link SampleGenerator} writes it. */
    private DeliveryWriter trialDelivery() {
        DeliveryStyle trial = CourtStyles.of(court, Feed.TRIAL);
        return new DeliveryWriter(world, seed, court, Feed.TRIAL, month,
                trialFormat == null ? trial : trial.in(trialFormat));
    }

    private String unit() {
        return switch (register) {
            case SUPERVISION -> "标记案件";
            case JUDGE_CONTACT -> "申请";
            case ONLINE_FILING -> "网上立案申请";
        };
    }

    private String period() {
        return month.getYear() + "年" + (month.getMonthValue() == 1 ? "" : "1-") + month.getMonthValue() + "月";
    }

    private void writeNotesSheet(TableFile file) throws IOException {
        file.startSheet("说明");
        file.columnWidths(List.of(90));
        for (String line : List.of("填报说明",
                "一、本表为" + court.name() + period() + register.title() + "明细，每条" + unit() + "一行。",
                "二、时间按年月日时分填写；尚未办理的不填。",
                "三、数据来源：全国法院统一业务应用系统，导出于" + DateStyle.chinese(DeliveryWriter.reportDate(month)) + "。")) {
            file.write(List.of(text(line)));
        }
    }

    private static CellValue text(String text) {
        return new CellValue.Text(text);
    }
}
