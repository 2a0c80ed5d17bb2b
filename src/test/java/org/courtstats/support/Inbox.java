package org.courtstats.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes small delivery files into an inbox folder for tests. */
public final class Inbox {

    private final Path root;

    public Inbox(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** Writes a CSV in the given charset; each row is a list of cells, the first row the header. */
    public Path csv(String period, String fileName, Charset charset, List<List<String>> rows) throws IOException {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            text.append(String.join(",", row.stream().map(Inbox::quote).toList())).append("\r\n");
        }
        Path file = folder(period).resolve(fileName);
        Files.write(file, text.toString().getBytes(charset));
        return file;
    }

    public Path csv(String period, String fileName, List<List<String>> rows) throws IOException {
        return csv(period, fileName, StandardCharsets.UTF_8, rows);
    }

    /**
     * Writes an .xlsx with a title row above the header; cells that parse as yyyy-MM-dd become real
     * date cells, so the reader's date handling is exercised.
     */
    public Path xlsx(String period, String fileName, String title, List<List<String>> rows) throws IOException {
        Path file = folder(period).resolve(fileName);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CreationHelper helper = workbook.getCreationHelper();
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(helper.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            Sheet sheet = workbook.createSheet("案件明细");
            sheet.createRow(0).createCell(0).setCellValue(title);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    String value = cells.get(c);
                    if (value.isEmpty()) {
                        continue;
                    }
                    org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                    if (r > 0 && value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                        cell.setCellValue(LocalDate.parse(value));
                        cell.setCellStyle(dateStyle);
                    } else {
                        cell.setCellValue(value);
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    /**
     * Writes, for every court of the city not in {@code courtsWithData}, a delivery of the feed holding
     * one case filed last year and still pending: the month is complete (every court reported, so the
     * 全市 values are published) without changing anything received or closed in the window.
     */
    public void pendingOnlyDeliveriesOfTheOtherCourts(String period, String feed, java.util.Set<String> courtsWithData)
            throws IOException {
        int lastYear = Integer.parseInt(period.substring(0, 4)) - 1;
        for (org.courtstats.vocabulary.Court court : References.data().courts()) {
            if (courtsWithData.contains(court.code())) {
                continue;
            }
            String caseNo = "（" + lastYear + "）" + court.code();
            List<List<String>> rows = switch (feed) {
                case "trial" -> List.of(List.of("案号", "立案日期", "结案日期", "结案方式"),
                        List.of(caseNo + "民初999号", lastYear + "-12-01", "", ""));
                case "execution" -> List.of(List.of("执行案号", "立案日期", "结案日期", "结案方式", "申请执行标的额"),
                        List.of(caseNo + "执999号", lastYear + "-12-01", "", "", "1000"));
                case "mediation" -> List.of(List.of("诉前调解案号", "登记日期", "办结日期", "调解结果"),
                        List.of(caseNo + "民诉前调999号", lastYear + "-12-01", "", ""));
                // Flags the pending trial case of the trial delivery written for the court by this method.
                case "supervision" -> List.of(List.of("案号", "标记日期", "类别", "监管日期", "反馈日期"),
                        List.of(caseNo + "民初999号", lastYear + "-12-01", "疑难复杂", "", ""));
                case "judge_contact" -> List.of(List.of("申请编号", "申请时间", "回复时间"),
                        List.of("LX999-" + court.code(), lastYear + "-12-01 09:00", ""));
                case "online_filing" -> List.of(List.of("申请编号", "提交时间", "审核时间", "审核结果"),
                        List.of("WS999-" + court.code(), lastYear + "-12-01 09:00", "", ""));
                default -> throw new IllegalArgumentException(feed);
            };
            // The registers keyed by 申请编号 take their court from the file name; their numbers differ so
            // that no two files have the same bytes (which one import takes as one file).
            csv(period, court.shortName() + "_" + feed + ".csv", rows);
        }
    }

    private Path folder(String period) throws IOException {
        return Files.createDirectories(root.resolve(period));
    }

    private static String quote(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
