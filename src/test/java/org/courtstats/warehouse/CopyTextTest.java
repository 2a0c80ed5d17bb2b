package org.courtstats.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CopyTextTest {

    @Test
    void writesEachKindOfValueInCopyTextFormat() throws IOException {
        CopyText copy = new CopyText(4);
        copy.value(42L).value(7).value(null).value(LocalDate.of(2024, 8, 1)).value(new BigDecimal("1234.50"))
                .value(true).value(false).value("（2024）豫1302民初1号").endLine();
        copy.value(new BigDecimal("1E+3")).value(LocalDate.of(999, 1, 2)).endLine();
        copy.value(0L).value(-305).value(Long.MAX_VALUE).value(Long.MIN_VALUE).value(10).endLine();

        assertThat(text(copy)).isEqualTo("42\t7\t\\N\t2024-08-01\t1234.50\tt\tf\t（2024）豫1302民初1号\n1000\t0999-01-02\n"
                + "0\t-305\t9223372036854775807\t-9223372036854775808\t10\n");
    }

    @Test
    void escapesWhatCopyWouldReadAsStructureAndDropsNul() throws IOException {
        CopyText copy = new CopyText(1);
        copy.value("a\\b\tc\nd\re\0f").endLine();

        assertThat(text(copy)).isEqualTo("a\\\\b\\tc\\nd\\re" + "f\n");
    }

    @Test
    void encodesEveryPlaneOfUnicodeAsUtf8() throws IOException {
        String text = "é中𠀀😀ｱ";
        CopyText copy = new CopyText(1);
        copy.value(text).value("\uD800x").endLine();

        assertThat(text(copy)).isEqualTo(text + "\t?x\n");
    }

    private static String text(CopyText copy) throws IOException {
        return new String(copy.stream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
