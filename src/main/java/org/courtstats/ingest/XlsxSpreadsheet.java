package org.courtstats.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * An .xlsx workbook read without POI's object model: {@link XSSFReader} hands out the package parts,
 * the workbook and sheet XML are pulled with StAX ({@link XlsxRowCursor}), so memory does not grow
 * with the number of rows. What is held for the whole file: the shared strings (one Java string per
 * distinct text in the workbook), the styles table and the sheet list.
 *
 * <p>The zip is opened by {@link ZipSecureFile} before POI sees it, so POI's zip-bomb limits apply
 * and a zip without a readable central directory (a truncated download) is refused at once;
 * {@code OPCPackage.open(File)} would instead fall back to reading every entry into memory.
 */
final class XlsxSpreadsheet implements Spreadsheet {

    private static final Set<String> WORKBOOK_CONTENT_TYPES = Set.of(
            XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(),
            XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_ADDIN_WORKBOOK.getContentType());

    private record SheetPart(SheetInfo info, String relationshipId) {
    }

    private final String fileName;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final List<String> sharedStrings;
    private final boolean[] dateStyles;
    private final List<SheetPart> sheetParts = new ArrayList<>();
    private boolean date1904;

    static Spreadsheet open(Path file) {
        String fileName = file.getFileName().toString();
        String where = Messages.file(fileName);
        ZipSecureFile zip;
        try {
            zip = new ZipSecureFile(file.toFile());
        } catch (IOException e) {
            throw PoiFailures.translate(where, e);
        }
        OPCPackage pkg = null;
        try {
            if (zip.getEntry("[Content_Types].xml") == null) {
                throw notAWorkbookZip(where, zip);
            }
            pkg = OPCPackage.open(new ZipFileZipEntrySource(zip));
            return new XlsxSpreadsheet(fileName, pkg);
        } catch (Exception e) {
            if (pkg != null) {
                pkg.revert();
            }
            closeQuietly(zip);
            throw PoiFailures.translate(where, e);
        }
    }

    private XlsxSpreadsheet(String fileName, OPCPackage pkg) throws Exception {
        this.fileName = fileName;
        this.pkg = pkg;
        String where = Messages.file(fileName);
        PackagePart main = mainPart(where, pkg);
        String contentType = main.getContentType();
        if (!WORKBOOK_CONTENT_TYPES.contains(contentType)) {
            throw new UnreadableFileException(where + describeOtherOfficeFile(contentType));
        }
        this.reader = new XSSFReader(pkg);
        this.dateStyles = dateStyles(reader.getStylesTable());
        this.sharedStrings = readSharedStrings(pkg);
        try (InputStream in = reader.getWorkbookData()) {
            readWorkbook(in);
        }
    }

    @Override
    public FileFormat format() {
        return FileFormat.XLSX;
    }

    @Override
    public List<SheetInfo> sheets() {
        return sheetParts.stream().map(SheetPart::info).toList();
    }

    @Override
    public RowCursor rows(SheetInfo sheet) {
        SheetPart part = sheetParts.stream().filter(p -> p.info().equals(sheet)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a sheet of " + fileName + ": " + sheet));
        InputStream in = null;
        try {
            in = reader.getSheet(part.relationshipId());
            return new XlsxRowCursor(fileName, sheet.name(), in, sharedStrings, dateStyles, date1904);
        } catch (Exception e) {
            closeQuietly(in);
            throw PoiFailures.translate(Messages.at(fileName, sheet.name(), 0), e);
        }
    }

    @Override
    public void close() {
        // A package opened for reading is released by revert(); close() would try to save it.
        pkg.revert();
    }

    /** The package's main part, refusing Strict Open XML, which POI's streaming reader cannot read. */
    private static PackagePart mainPart(String where, OPCPackage pkg) throws Exception {
        PackageRelationship core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
        if (core == null) {
            if (pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).getRelationship(0) != null) {
                throw new UnreadableFileException(where + "是“Strict Open XML 电子表格”格式，无法读取；"
                        + "请在 Excel 中打开后另存为普通的“Excel 工作簿（.xlsx）”再报送");
            }
            throw new UnreadableFileException(where + "已损坏或不完整（缺少工作簿主体），无法打开；请重新导出后报送");
        }
        PackagePart main = pkg.getPart(core);
        if (main == null) {
            throw new UnreadableFileException(where + "已损坏或不完整（缺少工作簿主体），无法打开；请重新导出后报送");
        }
        return main;
    }

    private static String describeOtherOfficeFile(String contentType) {
        if (contentType.contains("sheet.binary")) {
            return "是 Excel 二进制工作簿（.xlsb），无法读取；" + Messages.RESAVE_AS_XLSX;
        }
        if (contentType.contains("wordprocessingml")) {
            return "实为 Word 文档（.docx），不是表格；" + Messages.SEND_EXPORT;
        }
        if (contentType.contains("presentationml")) {
            return "实为 PowerPoint 演示文稿（.pptx），不是表格；" + Messages.SEND_EXPORT;
        }
        return "是 Office 文件，但不是 Excel 工作簿；" + Messages.SEND_EXPORT;
    }

    /** A zip without an Open XML content types part: an OpenDocument file or a plain archive. */
    private static UnreadableFileException notAWorkbookZip(String where, ZipSecureFile zip) throws IOException {
        ZipArchiveEntry mimetype = zip.getEntry("mimetype");
        if (mimetype != null) {
            String type;
            try (InputStream in = zip.getInputStream(mimetype)) {
                type = new String(in.readNBytes(200), StandardCharsets.US_ASCII);
            }
            if (type.contains("opendocument.spreadsheet")) {
                return new UnreadableFileException(where + "是 OpenDocument 表格（.ods），无法直接读取；"
                        + Messages.RESAVE_AS_XLSX);
            }
            return new UnreadableFileException(where + "是 OpenDocument 文档，不是表格；" + Messages.SEND_EXPORT);
        }
        return new UnreadableFileException(where + "是普通的 ZIP 压缩包，不是 Excel 工作簿；请解压后报送其中的 Excel 或 CSV 文件");
    }

    /** Whether each cell style (by index, the {@code s} of a cell) shows numbers as dates. */
    private static boolean[] dateStyles(StylesTable styles) {
        if (styles == null) {
            return new boolean[0];
        }
        boolean[] dates = new boolean[styles.getNumCellStyles()];
        for (int i = 0; i < dates.length; i++) {
            XSSFCellStyle style = styles.getStyleAt(i);
            if (style != null) {
                dates[i] = ExcelValues.isDateFormat(Short.toUnsignedInt(style.getDataFormat()),
                        style.getDataFormatString());
            }
        }
        return dates;
    }

    /**
     * Shared strings parsed once with StAX into plain strings. POI's ReadOnlySharedStringsTable
     * would parse them as well, but hands each out as a new XSSFRichTextString backed by an XMLBeans
     * object: measured here at 1.2 µs a cell, the largest cost of reading a million-row sheet.
     */
    private static List<String> readSharedStrings(OPCPackage pkg) throws Exception {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return List.of();
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            return XlsxXml.readSharedStrings(in);
        }
    }

    /** Sheet order, names, visibility and the date system, from workbook.xml. */
    private void readWorkbook(InputStream in) throws XMLStreamException {
        XMLStreamReader xml = XlsxXml.open(in);
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (XlsxXml.isDoctype(event)) {
                    throw XlsxXml.doctypeRefused();
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String element = xml.getLocalName();
                if ("workbookPr".equals(element)) {
                    String value = xml.getAttributeValue(null, "date1904");
                    date1904 = "1".equals(value) || "true".equals(value);
                } else if ("sheet".equals(element)) {
                    addSheet(xml);
                }
            }
        } finally {
            xml.close();
        }
    }

    private void addSheet(XMLStreamReader xml) {
        String name = null;
        String state = null;
        String relationshipId = null;
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String attribute = xml.getAttributeLocalName(i);
            String namespace = xml.getAttributeNamespace(i);
            if ("name".equals(attribute)) {
                name = xml.getAttributeValue(i);
            } else if ("state".equals(attribute)) {
                state = xml.getAttributeValue(i);
            } else if ("id".equals(attribute) && namespace != null && !namespace.isEmpty()) {
                relationshipId = xml.getAttributeValue(i);
            }
        }
        // Like POI, a sheet entry without a relationship has no data to read and is left out.
        if (relationshipId == null || relationshipId.isEmpty()) {
            return;
        }
        boolean hidden = "hidden".equals(state) || "veryHidden".equals(state);
        sheetParts.add(new SheetPart(new SheetInfo(sheetParts.size(), name == null ? "" : name, hidden), relationshipId));
    }

    private static void closeQuietly(AutoCloseable resource) {
        if (resource == null) {
            return;
        }
        try {
            resource.close();
        } catch (Exception ignored) {
            // Releasing after a failure: the failure itself is what gets reported.
        }
    }
}
