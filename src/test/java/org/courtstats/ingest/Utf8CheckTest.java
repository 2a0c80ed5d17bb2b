package org.courtstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast UTF-8 check agrees with the JDK's strict decoder on where a file stops being UTF-8. */
class Utf8CheckTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"", "41", "0a0a41", "c2a9", "e4b8ad", "f09f9880", "efbbbf41",
            "c0af", "c1bf", "e080af", "eda080", "edbfbf", "f08f8080", "f4908080", "f5808080", "ff", "80",
            "e4b8", "0ae4b80a", "c2", "41c20a41", "e4b8ade4", "eeb880", "ef bfbf"})
    void agreesWithTheStrictDecoderOnEdgeCases(String hex) throws IOException {
        byte[] bytes = bytes(hex.replace(" ", ""));
        assertThat(TextEncoding.firstInvalidUtf8Line(write(bytes), 0)).as(hex).isEqualTo(decoderLine(bytes));
    }

    @Test
    void agreesWithTheStrictDecoderOnDamagedChineseText() throws IOException {
        Random random = new Random(6);
        byte[] text = "案号,立案日期\n（2024）豫1302民初1号,2024年1月2日\n宛城区 😀 ｱ\n".repeat(40).getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 500; round++) {
            byte[] bytes = text.clone();
            for (int damage = random.nextInt(3); damage > 0; damage--) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            int length = random.nextInt(bytes.length + 1);
            byte[] cut = java.util.Arrays.copyOf(bytes, length);
            assertThat(TextEncoding.firstInvalidUtf8Line(write(cut), 0)).as("round %d", round).isEqualTo(decoderLine(cut));
        }
    }

    private Path write(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(temp, "text", ".csv");
        Files.write(file, bytes);
        return file;
    }

    /** The line of the first byte the JDK's strict decoder rejects (decoding byte by byte), or 0. */
    private static int decoderLine(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(bytes));
            return 0;
        } catch (CharacterCodingException e) {
            // Find the error offset: the longest prefix that decodes, allowing a cut-off sequence.
            int good = 0;
            for (int end = 1; end <= bytes.length; end++) {
                var prefix = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
                ByteBuffer in = ByteBuffer.wrap(bytes, 0, end);
                var out = java.nio.CharBuffer.allocate(end + 2);
                if (prefix.decode(in, out, false).isError()) {
                    break;
                }
                good = end;
            }
            int line = 1;
            for (int i = 0; i < good && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    private static byte[] bytes(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }
}
