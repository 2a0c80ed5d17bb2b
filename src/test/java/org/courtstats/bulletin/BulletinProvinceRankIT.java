package org.courtstats.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.courtstats.indicators.ProvinceFigures;
import org.courtstats.indicators.ProvincialStandards;
import org.courtstats.jobs.MonthlyImport;
import org.courtstats.support.InputSamplesWarehouse;
import org.courtstats.support.InputSamplesWarehouseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The bulletin's cover shows 全省第 N beside the city's figures where the province's figures give one. */
@InputSamplesWarehouseTest
class BulletinProvinceRankIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BulletinFigures figures;
    @Autowired
    ProvinceFigures province;
    @TempDir
    Path temp;

    @BeforeAll
    static void loadTheSamples(@Autowired MonthlyImport imports, @Autowired ProvincialStandards standards,
                               @Autowired JdbcTemplate jdbc) {
        InputSamplesWarehouse.load(imports, standards, jdbc);
    }

    @BeforeEach
    void startWithoutTheProvincesFigures() {
        jdbc.update("delete from core.province_figure");
    }

    @AfterEach
    void putTheExampleBack() {
        InputSamplesWarehouse.loadTheProvinceExample(province, jdbc);
    }

    @Test
    void theCoverShowsTheProvinceRankWhereThereIsOne() throws IOException {
        province.load(Path.of("jobs/load-province/province-figures-example.csv"));
        int month = jdbc.queryForObject("select rank from mart.province_rank where period = '2024-08' and is_own_city"
                + " and time_window = 'month' and indicator_code = 'exec_recovery_rate'", Integer.class);
        int ytd = jdbc.queryForObject("select rank from mart.province_rank where period = '2024-08' and is_own_city"
                + " and time_window = 'ytd' and indicator_code = 'exec_recovery_rate'", Integer.class);

        try (XSSFWorkbook workbook = write()) {
            XSSFSheet cover = workbook.getSheet(CoverSheet.NAME);
            assertThat(cover.getRow(CoverSheet.HEADER_ROW).getCell(8).getStringCellValue()).isEqualTo("全省排名");
            assertThat(row(cover, "执行到位率").getCell(8).getStringCellValue())
                    .isEqualTo("本月全省第" + month + "，累计第" + ytd);
            assertThat(row(cover, "执行新收").getCell(8).getStringCellValue()).as("not in the province's figures").isEmpty();
        }
    }

    @Test
    void withoutTheProvincesFiguresTheCoverSaysSo() throws IOException {
        try (XSSFWorkbook workbook = write()) {
            XSSFSheet cover = workbook.getSheet(CoverSheet.NAME);
            assertThat(row(cover, "执行到位率").getCell(8).getStringCellValue()).isEmpty();
            boolean said = false;
            for (Row row : cover) {
                said |= row.getCell(0) != null && row.getCell(0).toString().startsWith("7. 尚未载入本月省通报数据");
            }
            assertThat(said).isTrue();
        }
    }

    private XSSFWorkbook write() throws IOException {
        Path file = temp.resolve("通报.xlsx");
        BulletinWorkbook.write(figures.of(YearMonth.of(2024, 8)), file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static Row row(XSSFSheet sheet, String indicatorName) {
        for (Row row : sheet) {
            if (row.getCell(1) != null && indicatorName.equals(row.getCell(1).toString())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + indicatorName);
    }
}
