package org.courtstats.samples.quirks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.courtstats.samples.files.CellValue;
import org.courtstats.samples.world.CaseRef;
import org.courtstats.samples.world.Field;
import org.courtstats.samples.world.LogicalRow;
import org.courtstats.samples.world.Rng;
import org.courtstats.samples.world.SimCase;

/**
 * Spells a logical row the way one court's export does: its date and amount forms, empty markers,
 * yes/no words, case-number spellings, disposition names and stray spaces. Which variant a row gets
 * is decided by the case's key, so the same case is spelled the same way in every snapshot.
 */
public final class CellFormatter {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final String[] PADDINGS = {" %s", "%s ", "\u3000%s", "%s\u3000", "\u3000%s "};

    private final DeliveryStyle style;
    private final Layout layout;
    private final boolean excel;

    public CellFormatter(DeliveryStyle style, Layout layout, boolean excel) {
        this.style = style;
        this.layout = layout;
        this.excel = excel;
    }

    public List<CellValue> format(LogicalRow row) {
        SimCase source = row.source();
        List<CellValue> cells = new ArrayList<>(layout.width());
        for (Column column : layout.columns()) {
            cells.add(cell(column.field(), row.get(column.field()), source));
        }
        return cells;
    }

    private CellValue cell(Field field, Object value, SimCase source) {
        long key = source.key();
        if (value == null) {
            return empty(field, key);
        }
        if (value instanceof LogicalRow.Raw raw) {
            return new CellValue.Text(raw.text());
        }
        return switch (field.kind()) {
            case CASE_REF -> caseRef(field, (CaseRef) value, key);
            case TEXT -> text(field, (String) value, key);
            case DISPOSITION -> text(field, style.vocabulary().spell((String) value, source.no(), key), key);
            case DATE -> style.dateStyle(field).cell((LocalDate) value, Rng.key(key, field));
            case FLAG -> style.yesNo().cell((Boolean) value);
            case COUNT -> count(field, (Integer) value);
            case AMOUNT -> amount((BigDecimal) value, key);
        };
    }

    private CellValue empty(Field field, long key) {
        List<String> markers = style.emptyMarkers();
        String marker = markers.get((int) Math.floorMod(key + field.ordinal(), (long) markers.size()));
        return marker.isEmpty() ? CellValue.BLANK : new CellValue.Text(marker);
    }

    private CellValue caseRef(Field field, CaseRef ref, long key) {
        String text = ref.caseNo() != null ? style.caseNos().spell(ref.caseNo(), key + field.ordinal()) : ref.text();
        return text(field, text, key);
    }

    private CellValue text(Field field, String text, long key) {
        if (style.padded() && Rng.of(key, "padding", field).chance(0.1)) {
            return new CellValue.Text(String.format(PADDINGS[(int) Math.floorMod(key, (long) PADDINGS.length)], text));
        }
        return new CellValue.Text(text);
    }

    private CellValue count(Field field, int value) {
        if (field == Field.HEARINGS && style.hearingsAsYesNo()) {
            return new CellValue.Text(value > 0 ? "是" : "否");
        }
        return excel ? new CellValue.Number(BigDecimal.valueOf(value), null) : new CellValue.Text(String.valueOf(value));
    }

    /** An amount in the file's unit, in the row's amount style (mostly the court's usual one). */
    private CellValue amount(BigDecimal yuan, long key) {
        List<AmountStyle> styles = style.amountStyles();
        AmountStyle amountStyle = styles.size() > 1 && Rng.of(key, "amount-style").chance(0.15)
                ? styles.get(1 + (int) Math.floorMod(key, (long) styles.size() - 1)) : styles.get(0);
        return amountStyle.cell(inUnit(yuan));
    }

    /** A total in the file's unit and the court's usual amount style. */
    public CellValue total(BigDecimal yuan) {
        return style.amountStyles().get(0).cell(inUnit(yuan));
    }

    private BigDecimal inUnit(BigDecimal yuan) {
        return layout.amountsInWan() ? yuan.divide(TEN_THOUSAND, 6, RoundingMode.UNNECESSARY).stripTrailingZeros() : yuan;
    }
}
