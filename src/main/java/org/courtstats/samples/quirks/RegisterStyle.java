package org.courtstats.samples.quirks;

import java.time.YearMonth;
import java.util.List;
import org.courtstats.samples.files.OutputFormat;
import org.courtstats.samples.world.Register;

/**
 * How one court's register file looks: the look of the court's case file it follows (format, name,
 * title and notes rows, extra sheet, shuffled columns, date, case-number and empty spellings,
 * vocabulary), how it writes date-times, and the bad rows it carries.
 */
public record RegisterStyle(Register register, DeliveryStyle look, DateTimeStyle dateTimes,
                            List<RegisterDefect> defects) {

    public OutputFormat format() {
        return look.format();
    }

    public String fileName(YearMonth month) {
        return look.fileName(register.word(), month);
    }

    public String sheetName() {
        return look.sheetName(register.word());
    }

    /** This style in another format, as {@link DeliveryStyle#in} does for a case file. */
    public RegisterStyle in(OutputFormat target) {
        DeliveryStyle converted = look.in(target);
        DateTimeStyle times = !target.excel() && dateTimes.excelOnly() ? DateTimeStyle.TEXT_ISO : dateTimes;
        return new RegisterStyle(register, converted, times, defects);
    }
}
