package org.courtstats.inspection;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.courtstats.ingest.ColumnBinding;
import org.courtstats.ingest.FileFormat;
import org.courtstats.ingest.HeaderDetector;
import org.courtstats.ingest.HeaderMatch;
import org.courtstats.ingest.Messages;
import org.courtstats.ingest.RowCursor;
import org.courtstats.ingest.SheetInfo;
import org.courtstats.ingest.SourceRow;
import org.courtstats.ingest.Spreadsheet;
import org.courtstats.ingest.Spreadsheets;
import org.courtstats.ingest.UnreadableFileException;
import org.courtstats.normalize.CaseNumber;
import org.courtstats.normalize.CaseNumberParser;
import org.courtstats.normalize.RowNormalizer;
import org.courtstats.vocabulary.CaseField;
import org.courtstats.vocabulary.CaseType;
import org.courtstats.vocabulary.Court;
import org.courtstats.vocabulary.Feed;
import org.courtstats.vocabulary.FieldSpec;
import org.courtstats.vocabulary.ReferenceData;
import org.courtstats.vocabulary.RefusalCode;

/**
 * Decides, before any row is loaded, whether a delivery can be loaded at all and as what: it opens
 * the file, finds the first visible sheet with a feed's header, samples the first data rows to learn
 * the court from their case numbers, and checks the court and month that the file name or title rows
 * name. Every refusal of feeds.md section 6 that does not depend on counting rejected rows is decided
 * here, so that a refused file touches nothing.
 */
public final class DeliveryInspector {

    /** Case numbers sampled to learn the court; the rows beyond are checked one by one when loaded. */
    static final int SAMPLED_DATA_ROWS = 500;
    /** 2024年8月, 2024年1-8月, 2024年1至8月; not a day such as 2024年9月2日 (an export date). */
    private static final Pattern CHINESE_MONTH =
            Pattern.compile("(20\\d{2})\\s*年\\s*(?:\\d{1,2}\\s*[-－~～—至到]\\s*)?(\\d{1,2})\\s*月(?!\\s*\\d{1,2}\\s*日)");
    /** 202408, 2024-08, 2024_08, 2024.08 not inside a longer number nor followed by a day (2024-09-02). */
    private static final Pattern NUMERIC_MONTH =
            Pattern.compile("(?<!\\d)(20\\d{2})[-_.]?(0[1-9]|1[0-2])(?!\\d)(?![-_.]\\d)");

    private final ReferenceData reference;
    private final CaseNumberParser caseNumbers;
    private final HeaderDetector headers;

    public DeliveryInspector(ReferenceData reference, CaseNumberParser caseNumbers) {
        this.reference = reference;
        this.caseNumbers = caseNumbers;
        this.headers = new HeaderDetector(reference.feeds());
    }

    /**
     * @param fileName the name the court gave the file (it may name the court and the month)
     * @throws DeliveryRefusedException with the Chinese reason when the delivery must be refused whole
     */
    public Inspection inspect(Path file, String fileName, YearMonth period) throws DeliveryRefusedException {
        String namedCourt = reference.courtNamedIn(fileName).map(Court::code).orElse(null);
        try {
            checkPeriodInName(fileName, period);
            return inspectContent(file, fileName);
        } catch (DeliveryRefusedException refusal) {
            throw refusal.knowing(namedCourt, reference.feeds().namedIn(fileName).orElse(null));
        }
    }

    private Inspection inspectContent(Path file, String fileName) throws DeliveryRefusedException {
        try (Spreadsheet spreadsheet = Spreadsheets.open(file)) {
            List<String> ignored = new ArrayList<>();
            String hiddenWithHeader = null;
            for (SheetInfo sheet : spreadsheet.sheets()) {
                SheetSample sample = sample(spreadsheet, sheet);
                if (sample.readings().isEmpty()) {
                    ignored.add(sheet.name());
                    continue;
                }
                if (sheet.hidden()) {
                    hiddenWithHeader = hiddenWithHeader == null ? sheet.name() : hiddenWithHeader;
                    ignored.add(sheet.name());
                    continue;
                }
                String place = Messages.at(fileName, isWorkbook(spreadsheet.format()) ? sheet.name() : null, 0);
                HeaderMatch header = chooseFeed(sample, fileName);
                try {
                    requireColumns(place, header);
                    refuseDuplicateColumns(place, header);
                    requireOriginalCaseNumbers(place, header, sample);
                    String court = courtOf(fileName, place, header, sample);
                    List<String> after = spreadsheet.sheets().stream()
                            .filter(other -> other.index() > sheet.index()).map(SheetInfo::name).toList();
                    ignored.addAll(after);
                    return new Inspection(spreadsheet.format(), sheet, header, court, List.copyOf(ignored));
                } catch (DeliveryRefusedException refusal) {
                    throw refusal.knowing(null, header.feed());
                }
            }
            if (hiddenWithHeader != null) {
                throw new DeliveryRefusedException(RefusalCode.NO_HEADER, Messages.file(fileName) + "的数据在隐藏的工作表“"
                        + hiddenWithHeader + "”中，可见的工作表都没有表头。请取消隐藏该工作表（或删除其他工作表）后重新报送。");
            }
            throw new DeliveryRefusedException(RefusalCode.NO_HEADER, Messages.file(fileName) + "的前"
                    + HeaderDetector.LAST_HEADER_ROW + "行中找不到表头：表头行须包含“案号”列（联系法官、网上立案为“申请编号”列）和“立案日期”等列"
                    + "（各报表的列名见填报说明）。请使用系统导出的明细表原样报送。");
        } catch (UnreadableFileException e) {
            throw new DeliveryRefusedException(RefusalCode.UNREADABLE_FILE, e.getMessage());
        }
    }

    private static boolean isWorkbook(FileFormat format) {
        return format == FileFormat.XLSX || format == FileFormat.XLS;
    }

    /** A sheet's leading rows, the header readings they give, and the first data rows below. */
    private record SheetSample(List<SourceRow> leadingRows, List<HeaderMatch> readings, List<SourceRow> dataRows) {
    }

    private SheetSample sample(Spreadsheet spreadsheet, SheetInfo sheet) {
        List<SourceRow> leading = new ArrayList<>();
        try (RowCursor rows = spreadsheet.rows(sheet)) {
            SourceRow row;
            while ((row = rows.next()) != null && row.rowNumber() <= HeaderDetector.LAST_HEADER_ROW + 1) {
                leading.add(row);
            }
            List<HeaderMatch> readings = headers.detect(row == null ? leading : append(leading, row));
            if (readings.isEmpty()) {
                return new SheetSample(leading, readings, List.of());
            }
            int lastHeaderRow = readings.get(0).lastHeaderRow();
            List<SourceRow> data = new ArrayList<>();
            for (SourceRow candidate : append(leading, row)) {
                if (candidate != null && candidate.rowNumber() > lastHeaderRow && isData(candidate)) {
                    data.add(candidate);
                }
            }
            while (data.size() < SAMPLED_DATA_ROWS && (row = rows.next()) != null) {
                if (isData(row)) {
                    data.add(row);
                }
            }
            return new SheetSample(leading, readings, data);
        }
    }

    private static List<SourceRow> append(List<SourceRow> rows, SourceRow row) {
        List<SourceRow> all = new ArrayList<>(rows);
        if (row != null) {
            all.add(row);
        }
        return all;
    }

    private static boolean isData(SourceRow row) {
        return !RowNormalizer.isTotalsOrNotes(row);
    }

    /**
     * The best reading by headers; when the headers fit two feeds equally well (only shared columns
     * such as 案号, 立案日期, 结案方式), the feed most sampled case numbers belong to decides.
     */
    private HeaderMatch chooseFeed(SheetSample sample, String fileName) {
        List<HeaderMatch> readings = sample.readings();
        HeaderMatch best = readings.get(0);
        List<HeaderMatch> tied = readings.stream()
                .filter(r -> r.specificMatches() == best.specificMatches() && r.bindings().size() == best.bindings().size())
                .toList();
        if (tied.size() == 1) {
            return best;
        }
        // Registers without 案号 (联系法官, 网上立案 with only 申请编号 and 申请时间) have no case numbers
        // to vote: the feed the file name names decides between them.
        Optional<HeaderMatch> named = reference.feeds().namedIn(fileName)
                .flatMap(feed -> tied.stream().filter(r -> r.feed().equals(feed) && !feed.isKeyedByCaseNumber()).findFirst());
        if (named.isPresent()) {
            return named.get();
        }
        Map<String, Long> feedVotes = sampledCaseNumbers(best, sample).stream()
                .map(number -> reference.caseType(number.typeCode()).map(type -> type.feed()).orElse(""))
                .collect(Collectors.groupingBy(feed -> feed, Collectors.counting()));
        return tied.stream()
                .max(Comparator.comparingLong((HeaderMatch r) -> feedVotes.getOrDefault(r.feed().code(), 0L))
                        .thenComparing(HeaderMatch::isComplete))
                .orElse(best);
    }

    private static void requireColumns(String place, HeaderMatch header) throws DeliveryRefusedException {
        if (header.isComplete()) {
            return;
        }
        String missing = header.missingColumns().stream()
                .map(DeliveryInspector::describeHeaders)
                .collect(Collectors.joining("；"));
        throw new DeliveryRefusedException(RefusalCode.MISSING_COLUMN, place
                + "第" + header.headerRow() + "行的表头（识别为" + header.feed().label() + "）缺少必需的列：" + missing
                + "。请补上该列后重新报送。");
    }

    /** Two columns for one field whose values count: reading either one could give other figures. */
    private static void refuseDuplicateColumns(String place, HeaderMatch header) throws DeliveryRefusedException {
        if (header.duplicateColumns().isEmpty()) {
            return;
        }
        String duplicates = header.duplicateColumns().stream()
                .map(duplicate -> RowNormalizer.columnLetters(duplicate.first().column()) + "列“" + duplicate.first().header()
                        + "”和" + RowNormalizer.columnLetters(duplicate.column()) + "列“" + duplicate.header() + "”都是“"
                        + duplicate.first().spec().label() + "”")
                .collect(Collectors.joining("；"));
        throw new DeliveryRefusedException(RefusalCode.DUPLICATE_COLUMN, place + "第" + header.headerRow() + "行的表头中，"
                + duplicates + "，无法判断以哪一列为准。请删除多余的一列（或改为其他列名）后重新报送。");
    }

    /**
     * feeds.md 2.1: a delivery that holds second-instance cases (民终, 刑终, 行终) but no 原审案号 column
     * is refused, since their appeals, reversals and remands would be attributed to nobody. Decided
     * here on the sampled rows; a second-instance case further down is refused when publishing.
     */
    private void requireOriginalCaseNumbers(String place, HeaderMatch header, SheetSample sample)
            throws DeliveryRefusedException {
        Optional<FieldSpec> original = header.feed().field(CaseField.ORIGINAL_CASE_NO);
        if (original.isEmpty() || header.bindings().stream()
                .anyMatch(binding -> binding.spec().field() == CaseField.ORIGINAL_CASE_NO)) {
            return;
        }
        List<CaseNumber> secondInstance = sampledCaseNumbers(header, sample).stream()
                .filter(number -> reference.caseType(number.typeCode()).map(CaseType::isSecondInstance).orElse(false))
                .toList();
        if (!secondInstance.isEmpty()) {
            throw new DeliveryRefusedException(RefusalCode.MISSING_COLUMN, missingOriginalColumn(place,
                    secondInstance.get(0).text(), describeHeaders(original.get())));
        }
    }

    /** The refusal of a delivery with second-instance cases and no 原审案号 column, in Chinese. */
    public static String missingOriginalColumn(String place, String exampleCaseNo, String originalHeaders) {
        return place + "含有二审案件（如" + exampleCaseNo + "），但没有原审案号列" + originalHeaders
                + "：二审案件的上诉、改判、发回重审须按原审案号归属一审法院，缺少该列会使这些数据无从归属。"
                + "请补上该列后重新报送。";
    }

    /** A field's headers for a message: “原审案号”（也可写作“一审案号”、“原案号”）. */
    public static String describeHeaders(FieldSpec spec) {
        List<String> names = spec.headers();
        return "“" + names.get(0) + "”" + (names.size() > 1
                ? "（也可写作" + names.subList(1, names.size()).stream().map(n -> "“" + n + "”")
                        .collect(Collectors.joining("、")) + "）" : "");
    }

    private String courtOf(String fileName, String place, HeaderMatch header, SheetSample sample)
            throws DeliveryRefusedException {
        if (sample.dataRows().isEmpty()) {
            throw new DeliveryRefusedException(RefusalCode.NO_DATA_ROWS, place
                    + "的表头下没有数据行。空报表会清空本院该月已发布的数据，因此不予接收；如本月确无案件，请与市中院审管办联系。");
        }
        if (header.feed().courtFromFileName()) {
            return courtNamedInFileName(fileName, place, header, sample);
        }
        Map<String, Long> votes = sampledCaseNumbers(header, sample).stream()
                .filter(CaseNumber::hasCourt)
                .collect(Collectors.groupingBy(CaseNumber::courtCode, Collectors.counting()));
        Optional<Map.Entry<String, Long>> top = votes.entrySet().stream().max(Map.Entry.comparingByValue());
        if (top.isEmpty()) {
            throw new DeliveryRefusedException(RefusalCode.UNKNOWN_COURT, Messages.file(fileName) + "前"
                    + sample.dataRows().size() + "行数据的“案号”都无法识别，无法确定报送法院。请核对案号列后重新报送。");
        }
        String code = top.get().getKey();
        long total = votes.values().stream().mapToLong(Long::longValue).sum();
        if (top.get().getValue() * 2 <= total) {
            throw new DeliveryRefusedException(RefusalCode.UNKNOWN_COURT, Messages.file(fileName) + "的案号分属多个法院（"
                    + votes.keySet().stream().sorted().collect(Collectors.joining("、"))
                    + "），无法确定报送法院。每个文件只应包含一个法院的案件。");
        }
        Court court = reference.court(code).orElseThrow(() -> new DeliveryRefusedException(RefusalCode.UNKNOWN_COURT,
                Messages.file(fileName) + "的案号属于“" + code + "”，不是本市法院的法院代字。请核对是否报错了文件。"));
        Optional<Court> named = reference.courtNamedIn(fileName);
        if (named.isPresent() && !named.get().code().equals(code)) {
            throw new DeliveryRefusedException(RefusalCode.COURT_MISMATCH, "文件名“" + fileName + "”写的是"
                    + named.get().name() + "，但文件中的案号属于" + court.name() + "（" + code
                    + "）。请核对是否报错了文件，或更正文件名后重新报送。");
        }
        for (SourceRow title : sample.leadingRows()) {
            if (title.rowNumber() >= header.headerRow()) {
                break;
            }
            String text = title.cells().stream().map(c -> c.text()).collect(Collectors.joining(" "));
            Optional<Court> inTitle = reference.courtNamedIn(text);
            if (inTitle.isPresent() && !inTitle.get().code().equals(code)) {
                throw new DeliveryRefusedException(RefusalCode.COURT_MISMATCH, place + "第" + title.rowNumber() + "行的标题写的是" + inTitle.get().name()
                        + "，但案号属于" + court.name() + "（" + code + "）。请核对是否报错了文件。");
            }
        }
        return code;
    }

    /**
     * The court of a register whose rows carry no 案号 (court_from: file_name): the one its file name
     * names; a title naming another court refuses it, as for the other feeds.
     */
    private String courtNamedInFileName(String fileName, String place, HeaderMatch header, SheetSample sample)
            throws DeliveryRefusedException {
        Court court = reference.courtNamedIn(fileName).orElseThrow(() -> new DeliveryRefusedException(
                RefusalCode.UNKNOWN_COURT, Messages.file(fileName) + "是" + header.feed().label()
                        + "，其数据行不含案号，报送法院只能从文件名确定，但文件名中没有本市法院的名称。请按“法院名称_"
                        + header.feed().fileNameWord() + "_年月”命名文件（例如 宛城区法院_" + header.feed().fileNameWord()
                        + "_2024年8月.xlsx）后重新报送。"));
        for (SourceRow title : sample.leadingRows()) {
            if (title.rowNumber() >= header.headerRow()) {
                break;
            }
            String text = title.cells().stream().map(c -> c.text()).collect(Collectors.joining(" "));
            Optional<Court> inTitle = reference.courtNamedIn(text);
            if (inTitle.isPresent() && !inTitle.get().code().equals(court.code())) {
                throw new DeliveryRefusedException(RefusalCode.COURT_MISMATCH, place + "第" + title.rowNumber()
                        + "行的标题写的是" + inTitle.get().name() + "，但文件名写的是" + court.name() + "。请核对是否报错了文件。");
            }
        }
        return court.code();
    }

    private List<CaseNumber> sampledCaseNumbers(HeaderMatch header, SheetSample sample) {
        Optional<ColumnBinding> caseNo = header.bindings().stream()
                .filter(binding -> binding.spec().field() == CaseField.CASE_NO).findFirst();
        if (caseNo.isEmpty()) {
            return List.of();
        }
        int column = caseNo.get().column();
        return sample.dataRows().stream()
                .map(row -> caseNumbers.tryParse(row.cell(column).text()))
                .flatMap(Optional::stream)
                .toList();
    }

    private static void checkPeriodInName(String fileName, YearMonth period) throws DeliveryRefusedException {
        Optional<YearMonth> named = periodNamedIn(fileName);
        if (named.isPresent() && !named.get().equals(period)) {
            throw new DeliveryRefusedException(RefusalCode.PERIOD_MISMATCH, "文件名“" + fileName + "”写的是"
                    + named.get().getYear() + "年" + named.get().getMonthValue() + "月，但它放在" + period.getYear() + "年"
                    + period.getMonthValue() + "月的目录中。请核对月份：本月报表应为截至" + period.getMonthValue()
                    + "月末的数据。");
        }
    }

    /** The reporting month a file name gives, if any (宛城区法院_审判案件_2024年8月.xlsx, …_202408.xls). */
    static Optional<YearMonth> periodNamedIn(String fileName) {
        for (Pattern pattern : List.of(CHINESE_MONTH, NUMERIC_MONTH)) {
            Matcher matcher = pattern.matcher(fileName);
            if (matcher.find()) {
                int month = Integer.parseInt(matcher.group(2));
                if (month >= 1 && month <= 12) {
                    return Optional.of(YearMonth.of(Integer.parseInt(matcher.group(1)), month));
                }
            }
        }
        return Optional.empty();
    }
}
