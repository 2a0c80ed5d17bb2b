package org.courtstats.indicators;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.courtstats.UserError;
import org.courtstats.ingest.Cell;
import org.courtstats.ingest.RowCursor;
import org.courtstats.ingest.SourceRow;
import org.courtstats.ingest.Spreadsheet;
import org.courtstats.ingest.Spreadsheets;
import org.courtstats.ingest.UnreadableFileException;
import org.courtstats.normalize.ValueRejection;
import org.courtstats.normalize.Values;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the provincial standards (区间参考值) from a file kept in the repository
 * (jobs/load-standards/provincial-standards.csv): the file is the whole set, so loading it replaces
 * every standard in one transaction. A file with any bad line changes nothing. Any format the
 * delivery readers accept will do (CSV in UTF-8 or GBK as Excel saves it, or .xlsx).
 *
 * <p>Columns (header on the first row, English or Chinese): indicator_code 指标代码, applies_to
 * 适用窗口 (all, month, ytd; empty = all), valid_from 起始日期, lower_bound 下限, upper_bound 上限,
 * source 来源. Other columns (an indicator_name for readers, say) are ignored.
 */
@Component
public class ProvincialStandards {

    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("indicator_code", "indicator_code"), Map.entry("指标代码", "indicator_code"),
            Map.entry("applies_to", "applies_to"), Map.entry("适用窗口", "applies_to"),
            Map.entry("valid_from", "valid_from"), Map.entry("起始日期", "valid_from"),
            Map.entry("lower_bound", "lower_bound"), Map.entry("下限", "lower_bound"),
            Map.entry("upper_bound", "upper_bound"), Map.entry("上限", "upper_bound"),
            Map.entry("source", "source"), Map.entry("来源", "source"));
    private static final Set<String> WINDOWS = Set.of("all", "month", "ytd");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    ProvincialStandards(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** A standard as read from the file. */
    public record Standard(String indicatorCode, String appliesTo, LocalDate validFrom, BigDecimal lowerBound,
                           BigDecimal upperBound, String source) {
    }

    /**
     * @return the standards now in force, as loaded
     * @throws UserError naming the file, row and column of the first problem; nothing is changed
     */
    public List<Standard> replaceFrom(Path file) {
        List<Standard> standards = read(file);
        transaction.executeWithoutResult(status -> {
            jdbc.update("delete from core.indicator_standard");
            for (Standard standard : standards) {
                jdbc.update("insert into core.indicator_standard (indicator_code, applies_to, valid_from, lower_bound,"
                                + " upper_bound, source) values (?, ?, ?, ?, ?, ?)",
                        standard.indicatorCode(), standard.appliesTo(), Date.valueOf(standard.validFrom()),
                        standard.lowerBound(), standard.upperBound(), standard.source());
            }
        });
        return standards;
    }

    private List<Standard> read(Path file) {
        String name = file.getFileName().toString();
        Set<String> indicators = new HashSet<>(jdbc.queryForList("select indicator_code from core.indicator", String.class));
        try (Spreadsheet spreadsheet = Spreadsheets.open(file);
             RowCursor rows = spreadsheet.rows(spreadsheet.sheets().get(0))) {
            SourceRow header = rows.next();
            if (header == null) {
                throw new UserError("标准文件“" + name + "”是空的。");
            }
            Map<String, Integer> columns = columns(name, header);
            List<Standard> standards = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            SourceRow row;
            while ((row = rows.next()) != null) {
                Standard standard = standard(name, row, columns, indicators);
                if (!keys.add(standard.indicatorCode() + "/" + standard.appliesTo() + "/" + standard.validFrom())) {
                    throw new UserError(place(name, row) + "：指标" + standard.indicatorCode() + "在同一起始日期、同一窗口有两行标准。");
                }
                standards.add(standard);
            }
            return standards;
        } catch (UnreadableFileException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    private static Map<String, Integer> columns(String name, SourceRow header) {
        Map<String, Integer> columns = ReferenceFileHeader.columns(header, HEADERS);
        for (String required : List.of("indicator_code", "valid_from")) {
            if (!columns.containsKey(required)) {
                throw new UserError("标准文件“" + name + "”第1行缺少“" + required + "”列。表头应为：indicator_code, applies_to,"
                        + " valid_from, lower_bound, upper_bound, source（或 指标代码, 适用窗口, 起始日期, 下限, 上限, 来源）。");
            }
        }
        return columns;
    }

    private static Standard standard(String name, SourceRow row, Map<String, Integer> columns, Set<String> indicators) {
        String code = text(row, columns, "indicator_code");
        if (code == null || !indicators.contains(code)) {
            throw new UserError(place(name, row) + "：指标代码“" + (code == null ? "" : code)
                    + "”不在指标目录（core.indicator）中。");
        }
        String appliesTo = text(row, columns, "applies_to");
        appliesTo = appliesTo == null ? "all" : appliesTo;
        if (!WINDOWS.contains(appliesTo)) {
            throw new UserError(place(name, row) + "：适用窗口“" + appliesTo + "”应为 all、month 或 ytd。");
        }
        LocalDate validFrom;
        try {
            validFrom = Values.date(cell(row, columns, "valid_from"));
        } catch (ValueRejection e) {
            throw new UserError(place(name, row) + "：起始日期" + e.getMessage() + "。");
        }
        if (validFrom == null) {
            throw new UserError(place(name, row) + "：起始日期为空。");
        }
        BigDecimal lower = bound(name, row, columns, "lower_bound");
        BigDecimal upper = bound(name, row, columns, "upper_bound");
        if (lower == null && upper == null) {
            throw new UserError(place(name, row) + "：下限和上限至少要填一个。");
        }
        if (lower != null && upper != null && lower.compareTo(upper) > 0) {
            throw new UserError(place(name, row) + "：下限 " + lower.toPlainString() + " 大于上限 " + upper.toPlainString() + "。");
        }
        return new Standard(code, appliesTo, validFrom, lower, upper, text(row, columns, "source"));
    }

    private static BigDecimal bound(String name, SourceRow row, Map<String, Integer> columns, String column) {
        String text = text(row, columns, column);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text);
        } catch (NumberFormatException e) {
            throw new UserError(place(name, row) + "：" + ("lower_bound".equals(column) ? "下限" : "上限") + "“" + text
                    + "”不是数字。");
        }
    }

    private static Cell cell(SourceRow row, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null ? Cell.BLANK : row.cell(index);
    }

    private static String text(SourceRow row, Map<String, Integer> columns, String column) {
        try {
            return Values.text(cell(row, columns, column));
        } catch (ValueRejection e) {
            throw new UserError("第" + row.rowNumber() + "行：" + e.getMessage());
        }
    }

    private static String place(String name, SourceRow row) {
        return "标准文件“" + name + "”第" + row.rowNumber() + "行";
    }
}
