package org.courtstats.normalize;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.courtstats.ingest.Cell;
import org.courtstats.ingest.ColumnBinding;
import org.courtstats.ingest.SourceRow;
import org.courtstats.vocabulary.CaseField;
import org.courtstats.vocabulary.CaseType;
import org.courtstats.vocabulary.Feed;
import org.courtstats.vocabulary.FieldSpec;
import org.courtstats.vocabulary.ReasonCode;
import org.courtstats.vocabulary.ReferenceData;
import org.courtstats.vocabulary.Requirement;

/**
 * Turns one data row of a delivery into a typed case record, or a rejection with every reason that
 * applies (so the court can fix the row in one go), or a skip. Pure: no I/O, no state between rows,
 * safe to share between threads.
 *
 * <p>Rules (feeds.md sections 1, 3, 6): a malformed value rejects the row whatever the column; a
 * case closed before 1 January of the period's year is outside every window and skipped; 立案,
 * 结案 and 登记 dates after the period's end are errors (审限届满日期 may lie in the future).
 * Duplicate case numbers need the whole file and are found when the delivery is published.
 */
public final class RowNormalizer {

    private static final List<String> NOT_DATA_PREFIXES =
            List.of("合计", "总计", "小计", "制表人", "审核人", "填表说明", "说明", "注");

    /**
     * Added to a missing value of a workbook: merged cells over data rows hold their value in the first
     * row only, so a court sees a value in Excel that the file does not have for the other rows. They
     * are not filled down: the value may be meant for one row only (an amount), and a guess would go
     * unseen, while a rejection names the row.
     */
    private static final String MERGED_CELL_HINT =
            "（如在 Excel 中看到此格有值，它多半在合并单元格中：合并单元格只有第一行存有值，请取消合并后逐行填写）";

    private final Delivery delivery;
    private final List<ColumnBinding> bindings;
    private final List<String> headersAsWritten;
    private final CaseNumberParser caseNumbers;
    private final ReferenceData reference;
    private final LocalDate windowStart;
    private final LocalDate periodEnd;
    /** The column of the date-time a register is dated by (申请时间), or null: filed_on is declared. */
    private final ColumnBinding datedBy;
    /** The fields whose empty cell stands for a value (实际执行到位金额: 0), asked of every row. */
    private final List<FieldSpec> withEmptyValues;
    /** Whether the feed has 实际执行到位金额 to check against 申请执行标的额. */
    private final boolean checksRecovery;

    /**
     * The delivery a row belongs to: file, month, court (from its case numbers) and feed.
     */
    public record Delivery(String fileName, boolean isWorkbook, YearMonth period, String courtCode, Feed feed) {
    }

    /**
     * @param headersAsWritten the header text of every column as the court wrote it (index = column),
     *                         known or not, to keep a rejected row whole
     */
    public RowNormalizer(Delivery delivery, List<ColumnBinding> bindings, List<String> headersAsWritten,
                         CaseNumberParser caseNumbers, ReferenceData reference) {
        this.delivery = delivery;
        this.bindings = List.copyOf(bindings);
        this.headersAsWritten = List.copyOf(headersAsWritten);
        this.caseNumbers = caseNumbers;
        this.reference = reference;
        this.windowStart = LocalDate.of(delivery.period().getYear(), 1, 1);
        this.periodEnd = delivery.period().atEndOfMonth();
        this.withEmptyValues = delivery.feed().fields().stream().filter(spec -> spec.whenEmpty() != null).toList();
        this.checksRecovery = delivery.feed().field(CaseField.RECOVERED_AMOUNT).isPresent();
        this.datedBy = delivery.feed().datedBy() == null ? null : this.bindings.stream()
                .filter(binding -> binding.spec().code().equals(delivery.feed().datedBy())).findFirst().orElse(null);
    }

    public NormalizedRow normalize(SourceRow row) {
        if (isTotalsOrNotes(row) || isRepeatedHeader(row)) {
            return new NormalizedRow(row, NormalizedRow.Outcome.SKIPPED_NOT_DATA, null, List.of(), null, null);
        }
        RowCheck check = new RowCheck(row);
        for (ColumnBinding binding : bindings) {
            check.read(binding);
        }
        LocalDate closedOn = (LocalDate) check.values.get(CaseField.CLOSED_ON);
        if (closedOn != null && closedOn.isBefore(windowStart)) {
            return new NormalizedRow(row, NormalizedRow.Outcome.SKIPPED_OUT_OF_WINDOW, null, List.of(), null, null);
        }
        check.dateByDatedBy();
        check.checkCaseNumber();
        check.checkOtherCaseNumbers();
        check.checkRequiredValues();
        check.checkDates();
        check.fillEmptyValues();
        check.checkAmounts();
        return check.result();
    }

    /**
     * Whether a row is a totals or notes row (feeds.md section 5): its first non-empty cell starts
     * with 合计, 总计, 小计, 制表人, 审核人, 填表说明, 说明 or 注.
     */
    public static boolean isTotalsOrNotes(SourceRow row) {
        for (Cell cell : row.cells()) {
            if (!cell.isBlank()) {
                // Asked of every row: compared in place, without a stripped copy of the cell.
                String text = cell.text();
                int start = 0;
                while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                for (String prefix : NOT_DATA_PREFIXES) {
                    if (text.startsWith(prefix, start)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * Long exports repeat the header on every printed page. Asked of every row, so it compares in
     * place rather than building whitespace-free copies of each cell.
     */
    private boolean isRepeatedHeader(SourceRow row) {
        int needed = Math.max(2, (bindings.size() + 1) / 2);
        int misses = 0;
        int matches = 0;
        for (ColumnBinding binding : bindings) {
            if (equalsIgnoringWhiteSpace(row.cell(binding.column()).text(), binding.header())) {
                matches++;
            } else if (++misses > bindings.size() - needed) {
                return false;
            }
        }
        return matches >= needed;
    }

    /** Whether {@code text} is {@code header} with white space (ASCII, full-width, no-break) anywhere. */
    static boolean equalsIgnoringWhiteSpace(String text, String header) {
        int h = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0') {
                continue;
            }
            if (h == header.length() || header.charAt(h) != c) {
                return false;
            }
            h++;
        }
        return h == header.length();
    }

    /** The checks of one row, collecting every issue before deciding its fate. */
    private final class RowCheck {
        private final SourceRow row;
        /** The row's values so far; null is no value. Becomes the loaded record as it is. */
        private final CaseRecord values = new CaseRecord();
        private final Map<CaseField, ColumnBinding> boundFields = new EnumMap<>(CaseField.class);
        /** Fields whose cell was malformed: no "missing" or consistency message is added on top. */
        private final java.util.Set<String> malformed = new java.util.HashSet<>();
        private final List<RowIssue> issues = new ArrayList<>(2);
        private CaseType caseType;

        RowCheck(SourceRow row) {
            this.row = row;
        }

        private boolean has(CaseField field) {
            return values.get(field) != null;
        }

        private boolean has(FieldSpec spec) {
            return spec.isCaseColumn() ? has(spec.field()) : values.extra(spec.code()) != null;
        }

        private boolean isMalformed(CaseField field) {
            return malformed.contains(field.column());
        }

        private void set(FieldSpec spec, Object value) {
            if (spec.isCaseColumn()) {
                values.set(spec.field(), value);
            } else {
                values.setExtra(spec.code(), value);
            }
        }

        void read(ColumnBinding binding) {
            FieldSpec spec = binding.spec();
            if (spec.isCaseColumn()) {
                boundFields.put(spec.field(), binding);
            }
            Cell cell = row.cell(binding.column());
            try {
                Object value = FieldValues.read(binding.type(), spec, cell, binding.multiplier());
                if (value != null) {
                    set(spec, value);
                }
            } catch (ValueRejection rejection) {
                malformed.add(spec.code());
                issue(binding, cell.text(), rejection.reason(), rejection.getMessage());
            }
        }

        /** A register dated by a date-time (申请时间): its date is the row's filed_on, which windows count from. */
        void dateByDatedBy() {
            String datedBy = delivery.feed().datedBy();
            if (datedBy != null && values.extra(datedBy) instanceof java.time.LocalDateTime at) {
                values.set(CaseField.FILED_ON, at.toLocalDate());
            }
        }

        /**
         * A case number in a field of the feed's own (联系法官's 关联案号): it must parse, and is kept
         * canonical; it is not checked against the court or the feed, which a register does not say.
         */
        void checkOtherCaseNumbers() {
            for (ColumnBinding binding : bindings) {
                FieldSpec spec = binding.spec();
                if (spec.isCaseColumn() || binding.type() != org.courtstats.vocabulary.ValueType.CASE_NO
                        || !(values.extra(spec.code()) instanceof String text)) {
                    continue;
                }
                try {
                    CaseNumber number = caseNumbers.parse(text);
                    values.setExtra(spec.code(), number.text());
                } catch (ValueRejection rejection) {
                    malformed.add(spec.code());
                    values.setExtra(spec.code(), null);
                    issue(binding, row.cell(binding.column()).text(), rejection.reason(), rejection.getMessage());
                }
            }
        }

        void checkCaseNumber() {
            String text = (String) values.get(CaseField.CASE_NO);
            if (text == null) {
                return;
            }
            ColumnBinding binding = boundFields.get(CaseField.CASE_NO);
            // The problems quote the value as read; the raw value on record is the cell as written
            // (a leading tab or carriage return included), so the court can find it.
            String raw = row.cell(binding.column()).text();
            values.set(CaseField.CASE_NO_RAW, raw);
            CaseNumber number;
            try {
                number = caseNumbers.parse(text);
            } catch (ValueRejection rejection) {
                malformed.add(CaseField.CASE_NO.column());
                issue(binding, raw, rejection.reason(), rejection.getMessage());
                values.set(CaseField.CASE_NO, null);
                return;
            }
            values.set(CaseField.CASE_NO, number.text());
            if (number.format() == CaseNumber.Format.OLD) {
                malformed.add(CaseField.CASE_NO.column());
                issue(binding, raw, ReasonCode.BAD_CASE_NO, "案号" + Quote.of(text)
                        + "是2016年以前的旧式案号（含“字第”），不含法院代字，本栏须填写新式案号");
                return;
            }
            values.set(CaseField.CASE_YEAR, number.year());
            values.set(CaseField.CASE_COURT_CODE, number.courtCode());
            values.set(CaseField.CASE_TYPE_CODE, number.typeCode());
            values.set(CaseField.CASE_SERIAL, number.number());
            if (!number.courtCode().equals(delivery.courtCode())) {
                issue(binding, raw, ReasonCode.WRONG_COURT, "案号" + Quote.of(text) + "属于"
                        + reference.courtLabel(number.courtCode()) + "（" + number.courtCode() + "），不是"
                        + reference.courtLabel(delivery.courtCode()) + "（" + delivery.courtCode() + "）的案件");
            }
            caseType = reference.caseType(number.typeCode()).orElse(null);
            if (caseType == null) {
                issue(binding, raw, ReasonCode.UNKNOWN_TYPE_CODE,
                        "案号" + Quote.of(text) + "的类型代字“" + number.typeCode() + "”不在类型代字表中");
            } else if (!delivery.feed().carries(number.typeCode())) {
                String belongsTo = reference.feeds().labelOf(caseType.feed());
                issue(binding, raw, ReasonCode.WRONG_FEED, "案号" + Quote.of(text) + "是" + caseType.name()
                        + "案件（类型代字“" + number.typeCode() + "”），属于" + belongsTo + "，不应报在"
                        + delivery.feed().label() + "表中");
            }
            readLinkedCaseNumber(CaseField.ORIGINAL_CASE_NO, CaseField.ORIGINAL_COURT_CODE, CaseField.ORIGINAL_TYPE_CODE, true);
            readLinkedCaseNumber(CaseField.FILED_CASE_NO, null, null, true);
            readLinkedCaseNumber(CaseField.BASIS_CASE_NO, CaseField.BASIS_COURT_CODE, CaseField.BASIS_TYPE_CODE, false);
        }

        /**
         * A case number in another column (原审案号, 转立案案号, 执行依据). An old-format number is kept
         * with a warning: it names no court, so whatever it would attribute counts for none.
         */
        private void readLinkedCaseNumber(CaseField field, CaseField courtField, CaseField typeField,
                                          boolean mustBeCaseNumber) {
            String text = (String) values.get(field);
            if (text == null) {
                return;
            }
            ColumnBinding binding = boundFields.get(field);
            String raw = row.cell(binding.column()).text();
            java.util.Optional<CaseNumber> parsed = caseNumbers.tryParse(text);
            if (parsed.isEmpty()) {
                if (mustBeCaseNumber) {
                    try {
                        caseNumbers.parse(text);
                    } catch (ValueRejection rejection) {
                        malformed.add(field.column());
                        values.set(field, null);
                        issue(binding, raw, rejection.reason(), rejection.getMessage());
                    }
                }
                return;
            }
            CaseNumber number = parsed.get();
            values.set(field, number.text());
            if (number.format() == CaseNumber.Format.OLD) {
                issue(binding, raw, ReasonCode.OLD_FORMAT_CASE_NO, binding.spec().label() + Quote.of(text)
                        + "是旧式案号，不含法院代字，无法归属到法院");
                return;
            }
            if (courtField != null) {
                values.set(courtField, number.courtCode());
                values.set(typeField, number.typeCode());
            }
        }

        void checkRequiredValues() {
            for (ColumnBinding binding : bindings) {
                FieldSpec spec = binding.spec();
                if (has(spec) || malformed.contains(spec.code())) {
                    continue;
                }
                FieldSpec requiredWith = spec.requiredWith() == null ? null
                        : delivery.feed().field(spec.requiredWith()).orElseThrow();
                boolean required = switch (binding.spec().requirement()) {
                    case REQUIRED -> true;
                    case REQUIRED_WHEN_CLOSED -> has(CaseField.CLOSED_ON);
                    case REQUIRED_FOR_SECOND_INSTANCE -> caseType != null && caseType.isSecondInstance();
                    case OPTIONAL -> requiredWith != null && has(requiredWith);
                };
                if (required && requiredWith != null) {
                    issue(binding, "", ReasonCode.MISSING_VALUE, "已填写" + label(requiredWith) + "，但"
                            + Quote.of(binding.header()) + "为空" + mergedCellHint());
                } else if (required) {
                    String why = switch (binding.spec().requirement()) {
                        case REQUIRED_WHEN_CLOSED -> "已填写" + label(CaseField.CLOSED_ON) + "，但"
                                + Quote.of(binding.header()) + "为空";
                        case REQUIRED_FOR_SECOND_INSTANCE -> caseType.name() + "案件须填写" + Quote.of(binding.header())
                                + "，上诉、改判、发回重审按它归属一审法院";
                        default -> Quote.of(binding.header()) + "为空";
                    };
                    issue(binding, "", ReasonCode.MISSING_VALUE, why + mergedCellHint());
                }
            }
            if (caseType != null && caseType.isSecondInstance()) {
                // The delivery is refused whole for the missing column (found when inspecting it or,
                // beyond the rows sampled there, when publishing); each row says why as well.
                delivery.feed().fields().stream()
                        .filter(spec -> spec.requirement() == Requirement.REQUIRED_FOR_SECOND_INSTANCE)
                        .filter(spec -> !boundFields.containsKey(spec.field()))
                        .forEach(spec -> issue(spec.code(), spec.label(), "", "", ReasonCode.MISSING_VALUE,
                                caseType.name() + "案件须填写" + Quote.of(spec.label()) + "，但文件中没有这一列"));
            }
            // Only a feed that records 原审案号 can miss it: a 四类案件 flag of a retrial names the case only.
            if (caseType != null && caseType.isRetrial() && delivery.feed().field(CaseField.ORIGINAL_CASE_NO).isPresent()
                    && !has(CaseField.ORIGINAL_CASE_NO) && !isMalformed(CaseField.ORIGINAL_CASE_NO)) {
                noOriginalCaseNumber();
            }
            ColumnBinding closedOn = boundFields.get(CaseField.CLOSED_ON);
            if (closedOn != null && has(CaseField.DISPOSITION)
                    && !has(CaseField.CLOSED_ON) && !isMalformed(CaseField.CLOSED_ON)) {
                issue(closedOn, "", ReasonCode.MISSING_VALUE, "已填写" + label(CaseField.DISPOSITION) + "，但"
                        + Quote.of(closedOn.header()) + "为空" + mergedCellHint());
            }
        }

        /** A retrial or retrial application without 原审案号: a real case, attributed to no court. */
        private void noOriginalCaseNumber() {
            ColumnBinding binding = boundFields.get(CaseField.ORIGINAL_CASE_NO);
            String column = binding != null ? binding.header()
                    : delivery.feed().field(CaseField.ORIGINAL_CASE_NO).map(FieldSpec::label).orElse("原审案号");
            String where = binding != null ? "" : "，文件中也没有这一列";
            issue(CaseField.ORIGINAL_CASE_NO.column(), column, Quote.of(column) + "列", "", ReasonCode.NO_ORIGINAL_CASE_NO,
                    caseType.name() + "案件未填写" + Quote.of(column) + where + "，无法归属原审法院");
        }

        void checkDates() {
            LocalDate filedOn = (LocalDate) values.get(CaseField.FILED_ON);
            LocalDate closedOn = (LocalDate) values.get(CaseField.CLOSED_ON);
            if (filedOn != null && filedOn.isAfter(periodEnd)) {
                afterPeriod(CaseField.FILED_ON, filedOn);
            }
            if (closedOn != null && closedOn.isAfter(periodEnd)) {
                afterPeriod(CaseField.CLOSED_ON, closedOn);
            }
            if (filedOn != null && closedOn != null && closedOn.isBefore(filedOn)) {
                ColumnBinding binding = boundFields.get(CaseField.CLOSED_ON);
                issue(binding, row.cell(binding.column()).text(), ReasonCode.CLOSED_BEFORE_FILED,
                        label(CaseField.CLOSED_ON) + " " + closedOn + " 早于" + label(CaseField.FILED_ON) + " " + filedOn);
            }
        }

        private void afterPeriod(CaseField field, LocalDate date) {
            ColumnBinding binding = field == CaseField.FILED_ON && datedBy != null ? datedBy : boundFields.get(field);
            issue(binding, row.cell(binding.column()).text(), ReasonCode.AFTER_PERIOD,
                    Quote.of(binding.header()) + " " + date + " 晚于统计月份" + delivery.period() + "的月末 " + periodEnd);
        }

        /** The values the feed declares for an empty cell or a missing column (实际执行到位金额: 0). */
        void fillEmptyValues() {
            for (FieldSpec spec : withEmptyValues) {
                if (!has(spec) && !malformed.contains(spec.code())) {
                    set(spec, spec.whenEmpty());
                }
            }
        }

        void checkAmounts() {
            if (!checksRecovery) {
                return;
            }
            BigDecimal applied = (BigDecimal) values.get(CaseField.APPLIED_AMOUNT);
            BigDecimal recovered = (BigDecimal) values.get(CaseField.RECOVERED_AMOUNT);
            if (applied != null && recovered != null && recovered.compareTo(applied) > 0) {
                ColumnBinding binding = boundFields.get(CaseField.RECOVERED_AMOUNT);
                issue(binding, row.cell(binding.column()).text(), ReasonCode.RECOVERED_EXCEEDS_APPLIED,
                        "实际执行到位金额 " + recovered.toPlainString() + " 元大于申请执行标的额 "
                                + applied.toPlainString() + " 元");
            }
        }

        NormalizedRow result() {
            // The row's key: its 案号, or the key of a register keyed otherwise (申请编号), which
            // duplicates and the review's continuity compare.
            String caseNo = delivery.feed().isKeyedByCaseNumber() ? (String) values.get(CaseField.CASE_NO)
                    : (String) values.extra(delivery.feed().keyField());
            if (issues.isEmpty()) {
                return new NormalizedRow(row, NormalizedRow.Outcome.LOADED, values, List.of(), caseNo, null);
            }
            boolean rejected = issues.stream().anyMatch(RowIssue::isError);
            String rawRow = rawRowJson(row);
            if (rejected) {
                return new NormalizedRow(row, NormalizedRow.Outcome.REJECTED, null, List.copyOf(issues), caseNo, rawRow);
            }
            return new NormalizedRow(row, NormalizedRow.Outcome.LOADED, values, List.copyOf(issues), caseNo, rawRow);
        }

        private String mergedCellHint() {
            return delivery.isWorkbook() ? MERGED_CELL_HINT : "";
        }

        private String label(FieldSpec spec) {
            return bindings.stream().filter(b -> b.spec() == spec).findFirst()
                    .map(b -> Quote.of(b.header())).orElse(Quote.of(spec.label()));
        }

        private String label(CaseField field) {
            ColumnBinding binding = boundFields.get(field);
            return binding != null ? Quote.of(binding.header())
                    : Quote.of(delivery.feed().field(field).map(FieldSpec::label).orElse(field.column()));
        }

        private void issue(ColumnBinding binding, String rawValue, ReasonCode reason, String detail) {
            issue(binding.spec().code(), binding.header(), Quote.of(binding.header()) + "列", rawValue, reason, detail);
        }

        private void issue(String field, String header, String where, String rawValue, ReasonCode reason,
                           String detail) {
            String place = "文件" + Quote.of(delivery.fileName())
                    + (delivery.isWorkbook() ? "工作表" + Quote.of(row.sheet()) : "")
                    + "第" + row.rowNumber() + "行" + where;
            String message = place + "：" + detail + "。" + reason.fix() + "。";
            issues.add(new RowIssue(field, header, rawValue, reason, message));
        }
    }

    private String rawRowJson(SourceRow row) {
        StringBuilder json = new StringBuilder(256).append('{');
        List<Cell> cells = row.cells();
        boolean first = true;
        for (int column = 0; column < cells.size(); column++) {
            Cell cell = cells.get(column);
            if (cell.isBlank()) {
                continue;
            }
            String header = column < headersAsWritten.size() && !headersAsWritten.get(column).isEmpty()
                    ? headersAsWritten.get(column) : columnLetters(column);
            if (!first) {
                json.append(',');
            }
            first = false;
            Json.appendString(json, header);
            json.append(':');
            Json.appendString(json, cell.text());
        }
        return json.append('}').toString();
    }

    /** Excel's column name (A, B, …, AA) of a 0-based column. */
    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
