package org.courtstats.samples.quirks;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.courtstats.samples.files.OutputFormat;
import org.courtstats.samples.world.Feed;
import org.courtstats.samples.world.Field;

/**
 * Everything that makes one court's file of one feed look the way it does: format, file name,
 * layout, how values are spelled, and the bad rows it carries. {@link CourtStyles} holds each
 * court's; {@link #builder()} starts from a plain, canonical .xlsx.
 *
 * @param fileName     the name without extension; {@code {feed}} {@code {y}} {@code {m}} {@code {mm}}
 *                     {@code {yyyymm}} are replaced, the court's name is written literally
 * @param amountStyles the usual way of writing amounts first; the others appear in some rows
 * @param emptyMarkers what an empty cell holds ("" for blank); several alternate by row
 * @param omitted      columns left out: 原审案号 where a basic court's system has none; a required
 *                     column only in a resend meant to be refused
 */
public record DeliveryStyle(OutputFormat format, String fileName, String sheetName, boolean titleRows,
                     ExtraSheet extraSheet, HeaderNaming naming, boolean shuffled, List<Field> extraColumns,
                     DeadlineColumns deadlineColumns, boolean deadlineGroup, boolean hearingsAsYesNo,
                     AmountHeader amountHeader, boolean totalsRow, boolean notesRows, boolean blankRows,
                     DateStyle filedDates, DateStyle closedDates, DateStyle deadlineDates,
                     List<AmountStyle> amountStyles, List<String> emptyMarkers, YesNoStyle yesNo,
                     Vocabulary vocabulary, CaseNoStyle caseNos, boolean padded, List<Planting> plantings,
                     boolean oldClosedRows, Set<Field> omitted) {

    /** A second sheet beside the data: notes before it, or a summary or notes after it. */
    public enum ExtraSheet { NONE, NOTES_BEFORE, SUMMARY_AFTER, NOTES_AFTER }

    /** Which of 审限届满日期 and 是否超审限 the export has. */
    enum DeadlineColumns { BOTH, DEADLINE_ONLY, OVERDUE_ONLY }

    /**
     * How amount columns say their unit: not at all (yuan), {@code （万元）} in the header, or an upper
     * merged cell {@code 金额（万元）} / {@code 金额（元）} over the amount columns.
     */
    enum AmountHeader { PLAIN, WAN_IN_HEADER, WAN_GROUP, YUAN_GROUP }

    static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * This style in another format. A workbook style written as text keeps its layout and spellings but
     * writes what only cells can hold as the nearest text: dates as ISO text, amounts as plain numbers,
     * TRUE/FALSE as 是/否, merged header groups as plain headers, and only the data sheet.
     */
    public DeliveryStyle in(OutputFormat target) {
        Builder builder = toBuilder().format(target);
        if (!target.excel()) {
            builder.asText();
        }
        return builder.build();
    }

    public String fileName(Feed feed, YearMonth month) {
        return fileName(feed.title(), month);
    }

    /** The name with {@code word} for {@code {feed}}: a register's file is named like the court's case files. */
    public String fileName(String word, YearMonth month) {
        return fileName.replace("{feed}", word)
                .replace("{yyyymm}", String.format("%04d%02d", month.getYear(), month.getMonthValue()))
                .replace("{y}", String.valueOf(month.getYear()))
                .replace("{mm}", String.format("%02d", month.getMonthValue()))
                .replace("{m}", String.valueOf(month.getMonthValue()));
    }

    public String sheetName(Feed feed) {
        return sheetName(feed.title());
    }

    public String sheetName(String word) {
        return sheetName.replace("{feed}", word);
    }

    DateStyle dateStyle(Field field) {
        return switch (field) {
            case FILED_ON -> filedDates;
            case CLOSED_ON -> closedDates;
            default -> deadlineDates;
        };
    }

    public static final class Builder {
        private OutputFormat format = OutputFormat.XLSX;
        private String fileName;
        private String sheetName = "Sheet1";
        private boolean titleRows;
        private ExtraSheet extraSheet = ExtraSheet.NONE;
        private HeaderNaming naming = HeaderNaming.CANONICAL;
        private boolean shuffled;
        private List<Field> extraColumns = new ArrayList<>();
        private DeadlineColumns deadlineColumns = DeadlineColumns.BOTH;
        private boolean deadlineGroup;
        private boolean hearingsAsYesNo;
        private AmountHeader amountHeader = AmountHeader.PLAIN;
        private boolean totalsRow;
        private boolean notesRows;
        private boolean blankRows;
        private DateStyle filedDates = DateStyle.CELL_ISO;
        private DateStyle closedDates = DateStyle.CELL_ISO;
        private DateStyle deadlineDates = DateStyle.CELL_ISO;
        private List<AmountStyle> amountStyles = List.of(AmountStyle.CELL_NUMBER);
        private List<String> emptyMarkers = List.of("");
        private YesNoStyle yesNo = YesNoStyle.CHINESE;
        private Vocabulary vocabulary = Vocabulary.CANONICAL;
        private CaseNoStyle caseNos = CaseNoStyle.STANDARD;
        private boolean padded;
        private List<Planting> plantings = new ArrayList<>();
        private boolean oldClosedRows;
        private Set<Field> omitted = EnumSet.noneOf(Field.class);

        private Builder() {
        }

        private Builder(DeliveryStyle s) {
            format = s.format;
            fileName = s.fileName;
            sheetName = s.sheetName;
            titleRows = s.titleRows;
            extraSheet = s.extraSheet;
            naming = s.naming;
            shuffled = s.shuffled;
            extraColumns = new ArrayList<>(s.extraColumns);
            deadlineColumns = s.deadlineColumns;
            deadlineGroup = s.deadlineGroup;
            hearingsAsYesNo = s.hearingsAsYesNo;
            amountHeader = s.amountHeader;
            totalsRow = s.totalsRow;
            notesRows = s.notesRows;
            blankRows = s.blankRows;
            filedDates = s.filedDates;
            closedDates = s.closedDates;
            deadlineDates = s.deadlineDates;
            amountStyles = s.amountStyles;
            emptyMarkers = s.emptyMarkers;
            yesNo = s.yesNo;
            vocabulary = s.vocabulary;
            caseNos = s.caseNos;
            padded = s.padded;
            plantings = new ArrayList<>(s.plantings);
            oldClosedRows = s.oldClosedRows;
            omitted = EnumSet.noneOf(Field.class);
            omitted.addAll(s.omitted);
        }

        Builder format(OutputFormat value) {
            format = value;
            return this;
        }

        public Builder fileName(String value) {
            fileName = value;
            return this;
        }

        Builder sheetName(String value) {
            sheetName = value;
            return this;
        }

        /** A title row and a 制表日期 row above the header. */
        Builder titleRows() {
            titleRows = true;
            return this;
        }

        Builder extraSheet(ExtraSheet value) {
            extraSheet = value;
            return this;
        }

        Builder naming(HeaderNaming value) {
            naming = value;
            return this;
        }

        Builder shuffled() {
            shuffled = true;
            return this;
        }

        Builder extraColumns(Field... fields) {
            extraColumns = new ArrayList<>(List.of(fields));
            return this;
        }

        Builder deadlineColumns(DeadlineColumns value) {
            deadlineColumns = value;
            return this;
        }

        /** A two-row header with 审限 merged over 审限届满日期 and 是否超审限. */
        Builder deadlineGroup() {
            deadlineGroup = true;
            return this;
        }

        /** 是否开庭 (是/否) instead of 开庭次数. */
        Builder hearingsAsYesNo() {
            hearingsAsYesNo = true;
            return this;
        }

        Builder amountHeader(AmountHeader value) {
            amountHeader = value;
            return this;
        }

        /** A 合计 row under the data. */
        Builder totalsRow() {
            totalsRow = true;
            return this;
        }

        /** 制表人, 审核人 and 填表说明 rows at the bottom. */
        Builder notesRows() {
            notesRows = true;
            return this;
        }

        /** Two blank rows somewhere in the data. */
        Builder blankRows() {
            blankRows = true;
            return this;
        }

        Builder dates(DateStyle value) {
            filedDates = value;
            closedDates = value;
            deadlineDates = value;
            return this;
        }

        Builder filedDates(DateStyle value) {
            filedDates = value;
            return this;
        }

        Builder closedDates(DateStyle value) {
            closedDates = value;
            return this;
        }

        Builder deadlineDates(DateStyle value) {
            deadlineDates = value;
            return this;
        }

        Builder amounts(AmountStyle... values) {
            amountStyles = List.of(values);
            return this;
        }

        Builder emptyMarkers(String... values) {
            emptyMarkers = List.of(values);
            return this;
        }

        Builder yesNo(YesNoStyle value) {
            yesNo = value;
            return this;
        }

        Builder vocabulary(Vocabulary value) {
            vocabulary = value;
            return this;
        }

        Builder caseNos(CaseNoStyle value) {
            caseNos = value;
            return this;
        }

        /** Spaces and U+3000 around some text values. */
        Builder padded() {
            padded = true;
            return this;
        }

        Builder plant(Defect... defects) {
            for (Defect defect : defects) {
                plantings.add(Planting.few(defect));
            }
            return this;
        }

        public Builder plantings(List<Planting> values) {
            plantings = new ArrayList<>(values);
            return this;
        }

        /** A handful of 民初 cases closed last December, which the pipeline skips. */
        Builder oldClosedRows() {
            oldClosedRows = true;
            return this;
        }

        public Builder omit(Field field) {
            omitted.add(field);
            return this;
        }

        private void asText() {
            extraSheet = ExtraSheet.NONE;
            deadlineGroup = false;
            amountHeader = switch (amountHeader) {
                case WAN_GROUP -> AmountHeader.WAN_IN_HEADER;
                case YUAN_GROUP -> AmountHeader.PLAIN;
                default -> amountHeader;
            };
            filedDates = filedDates.excelOnly() ? DateStyle.TEXT_ISO : filedDates;
            closedDates = closedDates.excelOnly() ? DateStyle.TEXT_ISO : closedDates;
            deadlineDates = deadlineDates.excelOnly() ? DateStyle.TEXT_ISO : deadlineDates;
            amountStyles = amountStyles.stream().map(a -> a == AmountStyle.CELL_NUMBER ? AmountStyle.TEXT_PLAIN : a)
                    .distinct().toList();
            yesNo = yesNo == YesNoStyle.BOOLEAN_CELLS ? YesNoStyle.CHINESE : yesNo;
        }

        public DeliveryStyle build() {
            if (fileName == null) {
                throw new IllegalStateException("a style needs a file name");
            }
            DeliveryStyle style = new DeliveryStyle(format, fileName, sheetName, titleRows, extraSheet, naming,
                    shuffled, List.copyOf(extraColumns), deadlineColumns, deadlineGroup, hearingsAsYesNo,
                    amountHeader, totalsRow, notesRows, blankRows, filedDates, closedDates, deadlineDates,
                    amountStyles, emptyMarkers, yesNo, vocabulary, caseNos, padded, List.copyOf(plantings),
                    oldClosedRows, Set.copyOf(omitted));
            style.check();
            return style;
        }
    }

    /** Refuses combinations a real export cannot have, so a style table edit fails at once. */
    private void check() {
        boolean twoRows = deadlineGroup || amountHeader == AmountHeader.WAN_GROUP
                || amountHeader == AmountHeader.YUAN_GROUP;
        if (!format.excel()) {
            if (twoRows || extraSheet != ExtraSheet.NONE || yesNo == YesNoStyle.BOOLEAN_CELLS
                    || filedDates.excelOnly() || closedDates.excelOnly() || deadlineDates.excelOnly()
                    || amountStyles.contains(AmountStyle.CELL_NUMBER)) {
                throw new IllegalStateException(fileName + ": a text file holds text only, on one sheet, one header row");
            }
        }
        if (twoRows && shuffled) {
            throw new IllegalStateException(fileName + ": merged header groups need their columns side by side");
        }
        boolean wan = amountHeader == AmountHeader.WAN_GROUP || amountHeader == AmountHeader.WAN_IN_HEADER;
        if (wan && (amountStyles.contains(AmountStyle.TEXT_YUAN_SUFFIX) || amountStyles.contains(AmountStyle.TEXT_YUAN)
                || amountStyles.contains(AmountStyle.TEXT_FULLWIDTH_YUAN))) {
            throw new IllegalStateException(fileName + ": a yuan sign contradicts a 万元 header");
        }
    }
}
