package org.courtstats.samples.quirks;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.courtstats.samples.files.CellValue;

/** How a court writes money (feeds.md section 3). */
enum AmountStyle {
    /** A number cell shown with thousands separators. */
    CELL_NUMBER,
    /** {@code 1234.5} */
    TEXT_PLAIN,
    /** {@code 1,234.50} */
    TEXT_GROUPED,
    /** {@code ￥1234.5} (full-width yuan sign, which GBK can encode) */
    TEXT_FULLWIDTH_YUAN,
    /** {@code ¥1234.5} */
    TEXT_YUAN,
    /** {@code 1234.5元} */
    TEXT_YUAN_SUFFIX,
    /** {@code １２３４.５}: full-width digits, as typed with a Chinese input method. */
    TEXT_FULLWIDTH_DIGITS;

    CellValue cell(BigDecimal value) {
        String plain = value.stripTrailingZeros().toPlainString();
        return switch (this) {
            case CELL_NUMBER -> new CellValue.Number(value, "#,##0.00");
            case TEXT_PLAIN -> new CellValue.Text(plain);
            case TEXT_GROUPED -> new CellValue.Text(grouped(value));
            case TEXT_FULLWIDTH_YUAN -> new CellValue.Text("￥" + plain);
            case TEXT_YUAN -> new CellValue.Text("¥" + plain);
            case TEXT_YUAN_SUFFIX -> new CellValue.Text(plain + "元");
            case TEXT_FULLWIDTH_DIGITS -> new CellValue.Text(FullWidth.digits(plain));
        };
    }

    private static String grouped(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }
}
