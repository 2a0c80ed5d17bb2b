package org.courtstats.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.courtstats.indicators.ProvincialStandards;
import org.courtstats.jobs.MonthlyImport;
import org.courtstats.support.InputSamplesWarehouse;
import org.courtstats.support.InputSamplesWarehouseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** export writes the month's mart.indicator_value whole, as a CSV and as an .xlsx. */
@InputSamplesWarehouseTest
class IndicatorExportIT {

    static final YearMonth AUGUST = YearMonth.of(2024, 8);

    @Autowired
    IndicatorExport export;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    @BeforeAll
    static void loadTheSamples(@Autowired MonthlyImport imports, @Autowired ProvincialStandards standards,
                               @Autowired JdbcTemplate jdbc) {
        InputSamplesWarehouse.load(imports, standards, jdbc);
    }

    @Test
    void theCsvIsUtf8WithABomAndHasEveryColumnAndRowOfTheMonth() throws Exception {
        Path file = temp.resolve("指标.csv");

        int rows = export.write(AUGUST, file);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String[]> lines = new CSVReaderBuilder(new StringReader(new String(bytes, 3, bytes.length - 3,
                StandardCharsets.UTF_8))).withCSVParser(new RFC4180ParserBuilder().build()).build().readAll();
        assertThat(rows).isEqualTo(InputSamplesWarehouse.VALUES_OF_A_MONTH).isEqualTo(lines.size() - 1);
        assertThat(lines.get(0)).containsExactlyElementsOf(exported());
        String[] clearance = lines.stream().filter(line -> line[2].equals("全市") && line[4].equals("clearance_rate")
                && line[1].equals("month")).findFirst().orElseThrow();
        assertThat(clearance[3]).isEqualTo("全市法院");
        assertThat(clearance[columns().size()]).isEqualTo("本月");
        assertThat(clearance[columns().size() + 1]).isEqualTo("审判");
        assertThat(clearance[columns().size() + 2]).isEqualTo("%");
        assertThat(clearance[10]).isEqualTo("101.48");
        assertThat(clearance[columns().indexOf("yoy_change")]).isEqualTo("-4.91");
        assertThat(clearance[columns().indexOf("meets_standard")]).isEqualTo("true");
        assertThat(clearance[columns().indexOf("rank")]).isEmpty();
    }

    @Test
    void theXlsxIsOnePlainTableWithNumbersAsNumbers() throws Exception {
        Path file = temp.resolve("指标.xlsx");

        export.write(AUGUST, file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(InputSamplesWarehouse.VALUES_OF_A_MONTH);
            List<String> header = StreamSupport.stream(sheet.getRow(0).spliterator(), false)
                    .map(cell -> cell.getStringCellValue()).toList();
            assertThat(header).containsExactlyElementsOf(exported());
            Row first = sheet.getRow(1);
            Map<String, Object> expected = jdbc.queryForMap("select * from mart.indicator_value where period = '2024-08'"
                    + " and indicator_code = ? and time_window = ? and court_code = ?",
                    first.getCell(4).getStringCellValue(), first.getCell(1).getStringCellValue(),
                    first.getCell(2).getStringCellValue());
            assertThat(first.getCell(4).getStringCellValue()).as("the catalogue's order").isEqualTo("trial_received");
            assertThat(first.getCell(10).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(BigDecimal.valueOf(first.getCell(10).getNumericCellValue()))
                    .isEqualByComparingTo((BigDecimal) expected.get("value"));
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void aMonthWithoutIndicatorsWritesNothing() throws Exception {
        Path file = temp.resolve("none.csv");

        assertThat(export.write(YearMonth.of(2020, 1), file)).isZero();
        assertThat(file).doesNotExist();
    }

    /** Issue 17.9: the view's columns, then the Chinese names of its codes. */
    private List<String> exported() {
        List<String> exported = new java.util.ArrayList<>(columns());
        exported.addAll(List.of("time_window_name", "group_name", "unit_name"));
        return exported;
    }

    private List<String> columns() {
        return jdbc.queryForList("select column_name from information_schema.columns where table_schema = 'mart'"
                + " and table_name = 'indicator_value' order by ordinal_position", String.class);
    }
}
