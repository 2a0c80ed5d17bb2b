package org.courtstats.bulletin;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A horizontal bar chart of one ranking table: a bar per basic court for the month and one for the
 * year to date, the best ranked in the month on top. The chart reads the table's cells, so it shows what the
 * table shows (and follows any correction made in the cells).
 */
final class RankingChart {

    private static final int COURT_COLUMN = 0;
    private static final int MONTH_COLUMN = 1;
    private static final int YEAR_TO_DATE_COLUMN = 4;
    /** Values within this share of the largest are clustered: bars from zero would all look alike. */
    private static final double CLUSTERED_SPREAD = 0.3;

    private RankingChart() {
    }

    /**
     * @param values   the values the bars draw, to place the start of the value axis
     * @param titleRow the table's title row; the courts follow it, 全市 is on {@code lastRow} and left out
     */
    static void draw(XSSFSheet sheet, IndicatorValue indicator, List<BigDecimal> values, int titleRow, int lastRow,
                     int firstColumn, int endColumn) {
        double start = axisStart(values);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        // A little below the top of its row: a frame starting exactly on a page break shows its top
        // edge at the foot of the page before.
        XSSFClientAnchor anchor = drawing.createAnchor(0, Units.toEMU(2), 0, 0, firstColumn, titleRow, endColumn,
                lastRow + 1);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(indicator.indicatorName() + "（" + Formats.unitName(indicator.unit()) + "）"
                + (start > 0 ? "　横轴自" + BigDecimal.valueOf(start).stripTrailingZeros().toPlainString() + "起" : ""));
        chart.setTitleOverlay(false);
        // The title's run carries its own size: LibreOffice ignores the title's default text properties.
        chart.getTitle().getBody().getParagraph(0).getTextRuns().forEach(run -> {
            run.setFontSize(10d);
            run.setBold(true);
        });
        // Beside the bars, not under them: the height is for the 14 courts' names.
        chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);

        XDDFCategoryAxis courtAxis = chart.createCategoryAxis(AxisPosition.LEFT);
        // Categories run bottom to top unless reversed; reversed, the value axis would move to the
        // top unless it crosses at the last category.
        courtAxis.setOrientation(AxisOrientation.MAX_MIN);
        // Small enough for all 14 names to show: LibreOffice leaves out every other one when they crowd.
        courtAxis.getOrAddTextProperties().setFontSize(7.5d);
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.BOTTOM);
        valueAxis.setCrosses(AxisCrosses.MAX);
        valueAxis.setNumberFormat(Formats.value(indicator.unit(), indicator.decimals(), false));
        valueAxis.getOrAddTextProperties().setFontSize(8d);
        valueAxis.setMinimum(start);

        CellRangeAddress courts = new CellRangeAddress(titleRow + 1, lastRow - 1, COURT_COLUMN, COURT_COLUMN);
        XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet, courts);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, courtAxis, valueAxis);
        bars.setBarDirection(BarDirection.BAR);
        bars.setBarGrouping(BarGrouping.CLUSTERED);
        bars.setVaryColors(false);
        addSeries(sheet, bars, names, titleRow, lastRow, MONTH_COLUMN, PresetColor.STEEL_BLUE);
        // A rate or an average reads the same over a month and a year; a figure per 10 000 residents
        // adds up over the year, and beside it the month's bars would be slivers.
        if (!indicator.unit().equals("per_10k")) {
            addSeries(sheet, bars, names, titleRow, lastRow, YEAR_TO_DATE_COLUMN, PresetColor.SILVER);
        }
        chart.plot(bars);
    }

    /**
     * Where the value axis starts. At zero, unless the values cluster far from it (结收比 of 96–108%,
     * 结案率 of 97–100%), where bars from zero all look equal and hide what the ranking is about:
     * then a round number a step below the lowest value, and the chart's title says so, since a bar
     * of such a chart is not proportional to its value.
     */
    static double axisStart(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return 0;
        }
        double min = values.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        if (min <= 0 || max - min > CLUSTERED_SPREAD * max) {
            return 0;
        }
        double step = roundStep((max - min) / 4);
        return Math.max(0, Math.floor(min / step) * step - step);
    }

    /** 1, 2 or 5 times a power of ten, at least the given step (at least 0.1 when all values are equal). */
    private static double roundStep(double atLeast) {
        double step = Math.pow(10, Math.floor(Math.log10(Math.max(atLeast, 0.1))));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (step * factor >= atLeast) {
                return step * factor;
            }
        }
        return step * 10;
    }

    private static void addSeries(XSSFSheet sheet, XDDFBarChartData bars, XDDFDataSource<String> names, int titleRow,
                                  int lastRow, int column, PresetColor color) {
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(titleRow + 1, lastRow - 1, column, column));
        XDDFChartData.Series series = bars.addSeries(names, values);
        series.setTitle(GroupSheet.COLUMNS.get(column),
                new CellReference(sheet.getSheetName(), GroupSheet.HEADER_ROW, column, true, true));
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(color)));
        series.setShapeProperties(shape);
    }
}
