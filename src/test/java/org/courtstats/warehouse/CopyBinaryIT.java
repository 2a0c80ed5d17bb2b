package org.courtstats.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.courtstats.support.WarehouseTest;
import org.courtstats.warehouse.CopyBinary.ColumnType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows sent in binary COPY arrive as the same values COPY text gives for them: the server reads the
 * binary format without checking it, so every type and edge is compared with what it stores from text.
 */
@WarehouseTest
class CopyBinaryIT {

    private static final ColumnType[] TYPES = {ColumnType.BIGINT, ColumnType.INTEGER, ColumnType.TEXT,
            ColumnType.DATE, ColumnType.BOOLEAN, ColumnType.NUMERIC, ColumnType.JSONB};
    private static final String COLUMNS = "(b bigint, i integer, t text, d date, f boolean, n numeric(18, 2), j jsonb)";

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void tables() {
        jdbc.execute("create table public.copy_binary " + COLUMNS);
        jdbc.execute("create table public.copy_text " + COLUMNS);
    }

    @AfterEach
    void dropTables() {
        jdbc.execute("drop table public.copy_binary, public.copy_text");
    }

    @Test
    void everyTypeArrivesAsFromCopyText() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {1L, 1, "（2024）豫1302民初123号", LocalDate.of(2024, 8, 1), true, new BigDecimal("12.50"),
                "{\"a\":1}"});
        rows.add(new Object[] {null, null, null, null, null, null, null});
        rows.add(new Object[] {-9_000_000_000L, -2_147_483_648, "tab\tnew\nline\\back", LocalDate.of(1999, 12, 31), false,
                new BigDecimal("-0.05"), "{\"日期\":\"2024-08-01T09:30:00\"}"});
        rows.add(new Object[] {Long.MAX_VALUE, Integer.MAX_VALUE, "nul\0dropped 𠀀 emoji 😀", LocalDate.of(2000, 1, 1), true,
                new BigDecimal("100000.00"), "[]"});
        for (String amount : List.of("0", "0.00", "1", "9999.99", "10000", "10000.01", "1234567890123456.78",
                "0.01", "-1", "50000000", "3E+3")) {
            rows.add(new Object[] {0L, 0, "", LocalDate.of(2024, 2, 29), false, new BigDecimal(amount), null});
        }

        copyBinary(rows);
        copyText(rows);

        List<String> binary = contents("copy_binary");
        assertThat(binary).hasSize(rows.size());
        assertThat(binary).isEqualTo(contents("copy_text"));
        assertThat(binary).contains("1|1|（2024）豫1302民初123号|2024-08-01|true|12.50|{\"a\": 1}",
                "∅|∅|∅|∅|∅|∅|∅",
                "-9000000000|-2147483648|tab\tnew\nline\\back|1999-12-31|false|-0.05|{\"日期\": \"2024-08-01T09:30:00\"}",
                "9223372036854775807|2147483647|nuldropped 𠀀 emoji 😀|2000-01-01|true|100000.00|[]",
                "0|0||2024-02-29|false|1234567890123456.78|∅", "0|0||2024-02-29|false|3000.00|∅");
    }

    @Test
    void aChunkSentInPiecesIsOneCopy() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            rows.add(new Object[] {(long) i, i, "row " + i, LocalDate.of(2024, 8, 1).plusDays(i % 40), i % 2 == 0,
                    BigDecimal.valueOf(i, 2), null});
        }
        try (Connection connection = dataSource.getConnection()) {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy public.copy_binary from stdin with (format binary)");
            CopyBinary buffer = new CopyBinary(64);
            for (Object[] row : rows) {
                append(buffer, row);
                if (buffer.size() > 1_000) {
                    buffer.sendTo(copy);
                }
            }
            buffer.end().sendTo(copy);
            assertThat(copy.endCopy()).isEqualTo(5_000);
        }
        assertThat(jdbc.queryForObject("select sum(n) from public.copy_binary", BigDecimal.class))
                .isEqualByComparingTo(BigDecimal.valueOf(4_999L * 5_000 / 2, 2));
    }

    private void copyBinary(List<Object[]> rows) throws Exception {
        CopyBinary buffer = new CopyBinary(64);
        for (Object[] row : rows) {
            append(buffer, row);
        }
        buffer.end();
        try (Connection connection = dataSource.getConnection()) {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy public.copy_binary from stdin with (format binary)");
            buffer.sendTo(copy);
            copy.endCopy();
        }
    }

    private static void append(CopyBinary buffer, Object[] row) {
        buffer.row(row.length);
        for (int i = 0; i < row.length; i++) {
            buffer.value(row[i], TYPES[i]);
        }
    }

    private void copyText(List<Object[]> rows) throws Exception {
        CopyText text = new CopyText(64);
        for (Object[] row : rows) {
            Arrays.stream(row).forEach(text::value);
            text.endLine();
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy public.copy_text from stdin", text.stream());
        }
    }

    private List<String> contents(String table) {
        return jdbc.queryForList("select concat_ws('|', coalesce(b::text, '∅'), coalesce(i::text, '∅'),"
                + " coalesce(t, '∅'), coalesce(d::text, '∅'), coalesce(f::text, '∅'), coalesce(n::text, '∅'),"
                + " coalesce(j::text, '∅')) from public." + table + " order by b nulls first, i, n, t", String.class);
    }
}
