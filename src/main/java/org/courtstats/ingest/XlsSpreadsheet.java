package org.courtstats.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.hssf.eventusermodel.AbortableHSSFListener;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.model.InternalWorkbook;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * A legacy .xls (BIFF8) workbook read with POI's HSSF event API, never HSSFWorkbook.
 *
 * <p>Opening makes one pass over the workbook globals (sheet names and visibility, the 1904 date
 * flag), which is also where a password is detected: POI decrypts a workbook that is only
 * write-protected (Excel encrypts those with its built-in default password) and raises
 * {@code EncryptedDocumentException} for a real open password, which refuses the file.
 *
 * <p>{@link #rows} makes a second pass up to the end of the requested sheet and keeps that sheet's
 * rows in memory: BIFF8 has at most 65,536 rows a sheet, and records of one row need not be adjacent,
 * so collecting them is both bounded and the simplest way to hand them out in row order. Record
 * handling: RK and MulRK numbers arrive as {@link NumberRecord}s (the event stream converts them),
 * a formula's string result arrives in the {@link StringRecord} that follows it.
 */
final class XlsSpreadsheet implements Spreadsheet {

    private final String fileName;
    private final POIFSFileSystem fs;
    private final List<BoundSheetRecord> boundSheets;
    private final List<SheetInfo> sheets = new ArrayList<>();
    private final boolean date1904;

    private XlsSpreadsheet(String fileName, POIFSFileSystem fs, Globals globals) {
        this.fileName = fileName;
        this.fs = fs;
        this.boundSheets = globals.boundSheets;
        this.date1904 = globals.date1904;
        for (BoundSheetRecord sheet : boundSheets) {
            sheets.add(new SheetInfo(sheets.size(), sheet.getSheetname(), sheet.isHidden() || sheet.isVeryHidden()));
        }
    }

    /** Opens an OLE2 compound file, refusing those that hold something other than a BIFF8 workbook. */
    static Spreadsheet open(Path file) {
        String fileName = file.getFileName().toString();
        String where = Messages.file(fileName);
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw PoiFailures.translate(where, e);
        }
        try {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                // Excel stores a password-protected .xlsx encrypted inside an OLE2 file.
                throw PoiFailures.passwordProtected(where, null);
            }
            if (root.hasEntry(InternalWorkbook.OLD_WORKBOOK_DIR_ENTRY_NAME)) {
                throw PoiFailures.oldExcel(where, null);
            }
            if (InternalWorkbook.WORKBOOK_DIR_ENTRY_NAMES.stream().noneMatch(root::hasEntry)) {
                throw new UnreadableFileException(where + describeOtherCompoundFile(root));
            }
            Globals globals = new Globals();
            process(root, globals);
            if (globals.biffVersion != BOFRecord.VERSION) {
                throw PoiFailures.oldExcel(where, null);
            }
            return new XlsSpreadsheet(fileName, fs, globals);
        } catch (Exception e) {
            closeQuietly(fs);
            throw PoiFailures.translate(where, e);
        }
    }

    @Override
    public FileFormat format() {
        return FileFormat.XLS;
    }

    @Override
    public List<SheetInfo> sheets() {
        return List.copyOf(sheets);
    }

    @Override
    public RowCursor rows(SheetInfo sheet) {
        if (sheet.index() < 0 || sheet.index() >= sheets.size() || !sheets.get(sheet.index()).equals(sheet)) {
            throw new IllegalArgumentException("not a sheet of " + fileName + ": " + sheet);
        }
        SheetCollector collector = new SheetCollector(substreamOf(boundSheets.get(sheet.index())), sheet.name());
        try {
            process(fs.getRoot(), collector);
        } catch (Exception e) {
            throw PoiFailures.translate(Messages.at(fileName, sheet.name(), collector.lastRow), e);
        }
        return new ListCursor(collector.rows());
    }

    @Override
    public void close() {
        closeQuietly(fs);
    }

    /**
     * The position of a sheet's substream in the workbook stream (the globals are 0). Substreams
     * follow the order of their BOF offsets, which need not be the order of the sheet tabs.
     */
    private int substreamOf(BoundSheetRecord sheet) {
        BoundSheetRecord[] byPosition = BoundSheetRecord.orderByBofPosition(boundSheets);
        for (int i = 0; i < byPosition.length; i++) {
            if (byPosition[i] == sheet) {
                return i + 1;
            }
        }
        throw new IllegalStateException("sheet record not in its own workbook");
    }

    private static void process(DirectoryNode root, AbortableHSSFListener listener) throws Exception {
        HSSFRequest request = new HSSFRequest();
        request.addListenerForAllRecords(listener);
        new HSSFEventFactory().abortableProcessWorkbookEvents(request, root);
    }

    private static String describeOtherCompoundFile(DirectoryNode root) {
        if (root.hasEntry("WordDocument")) {
            return "实为 Word 文档（.doc），不是表格；" + Messages.SEND_EXPORT;
        }
        if (root.hasEntry("PowerPoint Document")) {
            return "实为 PowerPoint 演示文稿（.ppt），不是表格；" + Messages.SEND_EXPORT;
        }
        return "是 Office 复合文档，但其中没有 Excel 工作簿；" + Messages.SEND_EXPORT;
    }

    private static void closeQuietly(POIFSFileSystem fs) {
        try {
            fs.close();
        } catch (IOException ignored) {
            // Opened read-only: nothing is lost by a failed close.
        }
    }

    /** Collects the workbook globals and stops at the first sheet substream. */
    private static final class Globals extends AbortableHSSFListener {
        final List<BoundSheetRecord> boundSheets = new ArrayList<>();
        int biffVersion = -1;
        boolean date1904;

        @Override
        public short abortableProcessRecord(Record record) {
            if (record instanceof BOFRecord bof) {
                if (biffVersion >= 0) {
                    return 1;
                }
                biffVersion = bof.getVersion();
                // An older BIFF version would be misread record by record: stop and refuse it.
                return (short) (biffVersion == BOFRecord.VERSION ? 0 : 1);
            }
            if (record instanceof BoundSheetRecord sheet) {
                boundSheets.add(sheet);
            } else if (record instanceof DateWindow1904Record window) {
                date1904 = window.getWindowing() == 1;
            }
            return 0;
        }
    }

    /** Collects the cells of one sheet substream, then stops the event stream at its end. */
    private final class SheetCollector extends AbortableHSSFListener {
        private final int targetSubstream;
        private final String sheetName;
        private final FormatTrackingHSSFListener formats = new FormatTrackingHSSFListener(record -> { });
        private final Map<Integer, Boolean> dateFormats = new HashMap<>();
        private final TreeMap<Integer, ArrayList<Cell>> cells = new TreeMap<>();
        private SSTRecord sharedStrings;
        private int depth;
        private int substream = -1;
        private FormulaRecord pendingString;
        int lastRow;

        SheetCollector(int targetSubstream, String sheetName) {
            this.targetSubstream = targetSubstream;
            this.sheetName = sheetName;
        }

        @Override
        public short abortableProcessRecord(Record record) {
            if (record instanceof BOFRecord) {
                // Charts embedded in a sheet nest their own BOF..EOF: only depth 1 is the sheet itself.
                if (depth++ == 0) {
                    substream++;
                }
                return 0;
            }
            if (record instanceof EOFRecord) {
                depth--;
                return (short) (depth == 0 && substream == targetSubstream ? 1 : 0);
            }
            formats.processRecord(record);
            if (record instanceof SSTRecord sst) {
                sharedStrings = sst;
            } else if (depth == 1 && substream == targetSubstream) {
                cell(record);
            }
            return 0;
        }

        private void cell(Record record) {
            if (record instanceof StringRecord string) {
                if (pendingString != null) {
                    put(pendingString, Cell.text(string.getString()));
                    pendingString = null;
                }
            } else if (record instanceof LabelSSTRecord label) {
                int index = label.getSSTIndex();
                if (sharedStrings == null || index < 0 || index >= sharedStrings.getNumUniqueStrings()) {
                    throw new UnreadableFileException(Messages.at(fileName, sheetName, label.getRow() + 1)
                            + "已损坏（引用了不存在的共享字符串），无法读取；请重新导出后报送");
                }
                put(label, Cell.text(sharedStrings.getString(index).getString()));
            } else if (record instanceof LabelRecord label) {
                put(label, Cell.text(label.getValue()));
            } else if (record instanceof NumberRecord number) {
                put(number, numeric(number, number.getValue()));
            } else if (record instanceof BoolErrRecord boolErr) {
                put(boolErr, boolErr.isBoolean() ? Cell.bool(boolErr.getBooleanValue()) : ExcelValues.error(boolErr.getErrorValue()));
            } else if (record instanceof FormulaRecord formula) {
                formula(formula);
            }
        }

        private void formula(FormulaRecord formula) {
            switch (formula.getCachedResultTypeEnum()) {
                case NUMERIC -> put(formula, numeric(formula, formula.getValue()));
                case BOOLEAN -> put(formula, Cell.bool(formula.getCachedBooleanValue()));
                case ERROR -> put(formula, ExcelValues.error(formula.getCachedErrorValue()));
                // An empty string result has no STRING record after it.
                case STRING -> pendingString = formula.hasCachedResultString() ? formula : null;
                default -> { }
            }
        }

        private Cell numeric(CellValueRecordInterface record, double value) {
            int formatIndex = formats.getFormatIndex(record);
            boolean date = dateFormats.computeIfAbsent(formatIndex,
                    index -> ExcelValues.isDateFormat(index, formats.getFormatString(record)));
            return ExcelValues.numeric(BigDecimal.valueOf(value), date, date1904);
        }

        private void put(CellValueRecordInterface record, Cell cell) {
            int rowNumber = record.getRow() + 1;
            lastRow = rowNumber;
            int column = Short.toUnsignedInt(record.getColumn());
            ArrayList<Cell> row = cells.computeIfAbsent(rowNumber, k -> new ArrayList<>());
            while (row.size() <= column) {
                row.add(Cell.BLANK);
            }
            row.set(column, cell);
        }

        List<SourceRow> rows() {
            List<SourceRow> rows = new ArrayList<>(cells.size());
            for (Map.Entry<Integer, ArrayList<Cell>> entry : cells.entrySet()) {
                List<Cell> row = entry.getValue();
                int last = row.size() - 1;
                while (last >= 0 && row.get(last).isBlank()) {
                    last--;
                }
                if (last >= 0) {
                    rows.add(new SourceRow(sheetName, entry.getKey(), List.copyOf(row.subList(0, last + 1))));
                }
            }
            return rows;
        }
    }

    /** Hands out the rows collected from one sheet. */
    private static final class ListCursor implements RowCursor {
        private Iterator<SourceRow> rows;

        ListCursor(List<SourceRow> rows) {
            this.rows = rows.iterator();
        }

        @Override
        public SourceRow next() {
            return rows != null && rows.hasNext() ? rows.next() : null;
        }

        @Override
        public void close() {
            rows = null;
        }
    }
}
