package org.courtstats.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.courtstats.indicators.ProvincialStandards;
import org.courtstats.jobs.MonthlyImport;
import org.courtstats.support.InputSamplesWarehouse;
import org.courtstats.support.InputSamplesWarehouseTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The bulletin as the report command writes it: a sheet per case domain, and 行政 一审服判息诉率 on the cover. */
@InputSamplesWarehouseTest
class BulletinDomainSheetsIT {

    @TempDir
    static Path temp;
    static XSSFWorkbook workbook;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void writeTheBulletinOfAugust(@Autowired MonthlyImport imports, @Autowired ProvincialStandards standards,
                                         @Autowired JdbcTemplate jdbc, @Autowired BulletinFigures figures)
            throws IOException {
        InputSamplesWarehouse.load(imports, standards, jdbc);
        MonthFigures month = figures.of(YearMonth.of(2024, 8));
        Path file = temp.resolve("2024年8月通报.xlsx");
        BulletinWorkbook.write(month, figures.domains(month), file);
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
    }

    @AfterAll
    static void close() throws IOException {
        workbook.close();
    }

    @Test
    void aSheetPerDomainAfterTheGroups() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        assertThat(names).containsExactly("全市概况", "审判", "执行", "诉前调解", "审判管理", "民事案件", "刑事案件", "行政案件", "执行案件");
    }

    @Test
    void theAdministrativeSheetRanksTheCourtsOnTheDomainsValues() {
        XSSFSheet sheet = workbook.getSheet("行政案件");
        Row title = rowStartingWith(sheet, "一审服判息诉率");
        BigDecimal first = jdbc.queryForObject("""
                select value from mart.indicator_by_slice
                where period = '2024-08' and time_window = 'month' and indicator_code = 'acceptance_rate'
                  and slice_kind = 'domain' and slice_value = '行政' and rank = 1
                order by court_code limit 1
                """, BigDecimal.class);
        Row best = sheet.getRow(title.getRowNum() + 1);
        assertThat(best.getCell(2).getNumericCellValue()).isEqualTo(1.0);
        assertThat(BigDecimal.valueOf(best.getCell(1).getNumericCellValue())).isEqualByComparingTo(first);
    }

    @Test
    void theCoverQuotesTheAdministrativeAcceptanceRate() {
        XSSFSheet cover = workbook.getSheet(CoverSheet.NAME);
        BigDecimal value = jdbc.queryForObject("""
                select value from mart.indicator_by_slice
                where period = '2024-08' and time_window = 'month' and indicator_code = 'acceptance_rate'
                  and slice_kind = 'domain' and slice_value = '行政' and court_code = '全市'
                """, BigDecimal.class);
        Row row = null;
        for (Row candidate : cover) {
            if (candidate.getCell(1) != null && "行政一审服判息诉率".equals(candidate.getCell(1).toString())) {
                row = candidate;
            }
        }
        assertThat(row).isNotNull();
        assertThat(BigDecimal.valueOf(row.getCell(3).getNumericCellValue())).isEqualByComparingTo(value);
    }

    private static Row rowStartingWith(XSSFSheet sheet, String text) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).toString().startsWith(text)) {
                return row;
            }
        }
        throw new AssertionError("no row starting with " + text);
    }
}
