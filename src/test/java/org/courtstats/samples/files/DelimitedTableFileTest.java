package org.courtstats.samples.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.courtstats.samples.SampleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DelimitedTableFileTest {

    @TempDir
    Path dir;

    @Test
    void quotesOnlyFieldsThatNeedItAndEndsLinesWithCrLf() throws IOException {
        Path file = dir.resolve("a.csv");
        try (TableFile csv = TableFile.open(OutputFormat.CSV_UTF8_BOM, file, LocalDate.of(2024, 9, 2), false)) {
            csv.startSheet("a");
            csv.write(List.of(new CellValue.Text("（2024）豫1321民初1号"), new CellValue.Text("1,234.50"),
                    new CellValue.Text("C:\\temp\\new")));
            csv.skipRow();
        }
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0] & 0xff).isEqualTo(0xef);
        assertThat(SampleFiles.decode(bytes)).isEqualTo("（2024）豫1321民初1号,\"1,234.50\",C:\\temp\\new\r\n,,\r\n");
    }

    @Test
    void gbkFilesAreGbkAndRefuseCharactersGbkCannotHold() throws IOException {
        Path file = dir.resolve("b.csv");
        try (TableFile csv = TableFile.open(OutputFormat.CSV_GBK, file, LocalDate.of(2024, 9, 2), false)) {
            csv.startSheet("b");
            csv.write(List.of(new CellValue.Text("方城县人民法院"), new CellValue.Text("￥1234.5")));
        }
        assertThat(new String(Files.readAllBytes(file), Charset.forName("GBK"))).isEqualTo("方城县人民法院,￥1234.5\r\n");

        Path bad = dir.resolve("c.csv");
        assertThatThrownBy(() -> {
            try (TableFile csv = TableFile.open(OutputFormat.CSV_GBK, bad, LocalDate.of(2024, 9, 2), false)) {
                csv.startSheet("c");
                csv.write(List.of(new CellValue.Text("\uD83D\uDE00")));
            }
        }).isInstanceOf(IOException.class);
    }
}
