package org.courtstats.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.courtstats.UserError;
import org.courtstats.jobs.MonthlyImport;
import org.courtstats.support.BiLogin;
import org.courtstats.support.InputSamplesWarehouse;
import org.courtstats.support.InputSamplesWarehouseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The province's figures (省通报) loaded from a messy file, and this city's 全市 ranked among the
 * province's cities by each indicator's direction, on the sample warehouse (南阳's 全市 of 2024-08).
 */
@InputSamplesWarehouseTest
class ProvinceRankIT {

    static final Path EXAMPLE = Path.of("jobs/load-province/province-figures-example.csv");

    @Autowired
    JdbcTemplate jdbc;
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
    void theCitysOwnValueIsRankedAmongTheCitiesTiesSharingARank() throws IOException {
        BigDecimal own = jdbc.queryForObject("select value from mart.indicator_value where period = '2024-08'"
                + " and time_window = 'month' and court_code = '全市' and indicator_code = 'exec_recovery_rate'", BigDecimal.class);
        assertThat(own).isEqualByComparingTo("44.70");
        // 执行到位率 ↑: 郑州 50 first; 洛阳 ties with 南阳's own 44.70 (the file's 40 for 南阳 is the
        // province's figure, replaced by the city's own); 开封 40 after two seconds is fourth.
        // 平均审理天数 ↓ ranks the lowest first; 结收比 ◎ ranks every value at or above 100 first.
        BigDecimal ownDays = jdbc.queryForObject("select value from mart.indicator_value where period = '2024-08'"
                + " and time_window = 'month' and court_code = '全市' and indicator_code = 'avg_trial_days'", BigDecimal.class);
        Path file = csv("figures.csv",
                "城市,统计月份,统计窗口,指标,数值",
                "郑州市,2024-08,本月,执行到位率,50%",
                "洛阳市,2024-08,本月,执行到位率,44.70",
                "南阳市,2024-08,本月,执行到位率,40.00",
                "开封市,2024-08,本月,执行到位率,40",
                "郑州市,2024-08,本月,平均审理天数," + ownDays.add(BigDecimal.ONE),
                "洛阳市,2024-08,本月,avg_trial_days," + ownDays.subtract(BigDecimal.ONE),
                "郑州市,2024-08,本月,结收比,103.2",
                "洛阳市,2024-08,本月,结收比,100",
                "开封市,2024-08,本月,结收比,99.99");

        ProvinceFigures.Outcome outcome = province.load(file);

        assertThat(outcome.refusal()).isNull();
        assertThat(outcome.rejected()).isEmpty();
        assertThat(outcome.loaded()).hasSize(9);
        assertThat(ranks("exec_recovery_rate")).containsExactly(
                List.of("郑州", "50", 1, 4), List.of("洛阳", "44.70", 2, 4), List.of("南阳", "44.70", 2, 4),
                List.of("开封", "40", 4, 4));
        assertThat(jdbc.queryForObject("select value_source from mart.province_rank where period = '2024-08'"
                + " and indicator_code = 'exec_recovery_rate' and is_own_city", String.class)).isEqualTo("own");
        assertThat(ranks("avg_trial_days")).extracting(row -> row.get(0)).containsExactly("洛阳", "南阳", "郑州");
        BigDecimal ownClearance = jdbc.queryForObject("select value from mart.indicator_value where period = '2024-08'"
                + " and time_window = 'month' and court_code = '全市' and indicator_code = 'clearance_rate'", BigDecimal.class);
        List<List<Object>> clearance = ranks("clearance_rate");
        assertThat(clearance.subList(0, 2)).extracting(row -> row.get(2)).containsOnly(1);
        assertThat(clearance).filteredOn(row -> row.get(0).equals("开封")).extracting(row -> row.get(2))
                .containsExactly(ownClearance.compareTo(new BigDecimal("99.99")) > 0 ? 4 : 3);
        assertThat(outcome.ownRanks()).extracting(ProvinceFigures.OwnRank::indicatorName, ProvinceFigures.OwnRank::rank)
                .contains(tuple("执行到位率", 2));

        try (BiLogin bi = BiLogin.create(jdbc, "province_reader")) {
            assertThat(bi.jdbc().queryForObject("select rank from mart.province_rank where period = '2024-08'"
                    + " and time_window = 'month' and indicator_code = 'exec_recovery_rate' and city = '南阳'", Integer.class))
                    .isEqualTo(2);
        } finally {
            jdbc.execute("drop role if exists province_reader");
        }
    }

    @Test
    void theExampleFileGivesNanyangItsRanks() {
        ProvinceFigures.Outcome outcome = province.load(EXAMPLE);

        assertThat(outcome.refusal()).isNull();
        assertThat(outcome.rejected()).isEmpty();
        assertThat(outcome.headerRow()).as("below the title").isEqualTo(3);
        assertThat(outcome.loaded()).as("17 cities, 10 indicators, 2 windows").hasSize(17 * 10 * 2);
        assertThat(outcome.skipped()).as("the province's own row of each indicator and window, and the note").isEqualTo(21);
        assertThat(outcome.ownRanks()).hasSize(20).allSatisfy(rank -> assertThat(rank.citiesRanked()).isEqualTo(17));
        assertThat(jdbc.queryForObject("select count(*) from mart.province_rank where city = '南阳' and value_source = 'own'",
                Integer.class)).as("南阳 ranked on its own 全市 values").isEqualTo(20);
    }

    @Test
    void aBadRowIsRejectedWithWhatToFixAndTheOthersAreLoaded() throws IOException {
        StringBuilder rows = new StringBuilder("　２０２４年８月 各市指标（示例）\n\n 城 市 ,统计月份,统计窗口,指标（名称）,数值\n");
        String[] cities = {"郑州", "开封", "洛阳", "平顶山", "安阳", "鹤壁", "新乡", "焦作", "濮阳", "许昌", "漯河", "三门峡",
            "南阳", "商丘", "信阳", "周口", "驻马店"};
        for (String city : cities) {
            rows.append(city).append("市,2024年8月,本月,终本率,").append(40 + city.length()).append('\n');
            rows.append(city).append("市,2024年8月,1-8月,终本率,").append(41 + city.length()).append('\n');
        }
        for (String city : cities) {
            rows.append(city).append(",2024-08,当月,执行完毕率,").append(30 + city.length()).append("%\n");
        }
        rows.append("商丘市,2024年8月,本月,终本率,45\n");
        rows.append("信阳市,2024年8月,本月,终本率,四十\n");
        rows.append("全省,2024年8月,本月,终本率,42\n");
        Path file = Files.writeString(temp.resolve("终本率.csv"), rows, StandardCharsets.UTF_8);

        ProvinceFigures.Outcome outcome = province.load(file);

        assertThat(outcome.refusal()).isNull();
        assertThat(outcome.loaded()).hasSize(51);
        assertThat(outcome.rejected()).extracting(ProvinceFigures.Reject::row, ProvinceFigures.Reject::column,
                        ProvinceFigures.Reject::rawValue)
                .containsExactly(tuple(55, "城市", "商丘"),
                        tuple(56, "数值", "四十"));
        assertThat(outcome.rejected().get(0).message()).contains("与第 30 行重复");
        assertThat(outcome.rejected().get(1).message()).isEqualTo("第 56 行：数值“四十”不是数字，应写作 47.68 或 47.68%");
        assertThat(jdbc.queryForObject("select count(*) from core.province_figure where time_window = 'ytd'", Integer.class))
                .as("1-8月 is the year to date").isEqualTo(17);
    }

    @Test
    void aFileWithTooManyBadRowsOrNoHeaderIsRefusedAndChangesNothing() throws IOException {
        province.load(csv("good.csv", "城市,统计月份,统计窗口,指标,数值", "郑州市,2024-08,本月,终本率,40"));
        Path bad = csv("bad.csv", "城市,统计月份,统计窗口,指标,数值",
                "郑州市,2024-08,本月,终本率,50",
                "开封市,2024-13,本月,终本率,40",
                "洛阳市,2024-08,全年,终本率,40",
                "安阳市,2024-08,本月,结案数,40");

        ProvinceFigures.Outcome outcome = province.load(bad);

        assertThat(outcome.refusal()).isEqualTo("文件“bad.csv”的 4 行数据中有 3 行（75.0%）有错误，超过允许的 5%，"
                + "整份文件不予载入，原有的省通报数值不变。请按上面的清单逐行更正后重新载入。");
        assertThat(outcome.rejected()).extracting(ProvinceFigures.Reject::message).containsExactly(
                "第 3 行：统计月份“2024-13”无法识别，应写作 2024-08 或 2024年8月",
                "第 4 行：统计窗口“全年”无法识别，应为“本月”或“截至本月”（也可写 当月、本年累计、1-8月）",
                "第 5 行：指标“结案数”不在指标目录中，请写指标名称（如 执行到位率）或代码（如 exec_recovery_rate），可用的见 mart.indicator_catalogue");
        assertThat(jdbc.queryForObject("select value from core.province_figure where city = '郑州'", BigDecimal.class))
                .isEqualByComparingTo("40");

        assertThatThrownBy(() -> province.load(csv("summary.csv", "城市,执行到位率", "郑州,40")))
                .isInstanceOf(UserError.class)
                .hasMessage("文件“summary.csv”的前 20 行中没有找到省通报数据的表头。表头应包含：城市、统计月份、统计窗口（本月/截至本月）、"
                        + "指标（名称或代码）、数值（每行一个城市的一个指标）；请按 jobs/load-province/ 中的示例文件整理后重新载入。");
    }

    @Test
    void citiesAreNamedAsTheProvinceDoes() {
        for (String written : List.of("南阳", "南阳市", "河南省南阳市", "南阳市中级人民法院", "南阳中院", "南 阳")) {
            assertThat(ProvinceFigures.city(written)).as(written).isEqualTo("南阳");
        }
        assertThat(jdbc.queryForObject("select count(*) from mart.province_rank", Integer.class))
                .as("no figure loaded: nothing to rank").isZero();
    }

    private List<List<Object>> ranks(String indicator) {
        return jdbc.query("select city, value, rank, cities_ranked from mart.province_rank where period = '2024-08'"
                        + " and time_window = 'month' and indicator_code = ? order by rank, city desc",
                (rs, n) -> List.<Object>of(rs.getString(1), rs.getBigDecimal(2).toPlainString(), rs.getInt(3), rs.getInt(4)),
                indicator);
    }

    private Path csv(String name, String... lines) throws IOException {
        return Files.writeString(temp.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
