package org.courtstats.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive copy: hashed from the copy itself and kept only when it holds the bytes found, renamed
 * into place, checked when already there, and then not copied again.
 */
class DeliveryArchiveTest {

    @TempDir
    Path temp;

    @Test
    void keepsACopyNamedByTheChecksumOfItsOwnBytes() throws Exception {
        DeliveryArchive archive = new DeliveryArchive(temp.resolve("archive"));
        Path file = Files.writeString(temp.resolve("宛城.csv"), "案号,立案日期\r\n");

        DeliveryArchive.Kept kept = archive.keep(file, DeliveryArchive.sha256(file));

        assertThat(kept.sha256()).isEqualTo(DeliveryArchive.sha256(file));
        assertThat(kept.path()).isEqualTo(archive.pathOf(kept.sha256(), "宛城.csv"));
        assertThat(Files.readAllBytes(kept.path())).isEqualTo(Files.readAllBytes(file));
        assertThat(kept.repaired()).isFalse();
        assertThat(archive.keep(file, kept.sha256())).as("kept again: the same copy").isEqualTo(kept);
        try (Stream<Path> files = Files.walk(temp.resolve("archive"))) {
            assertThat(files.filter(Files::isRegularFile)).as("no temporary copy left").containsExactly(kept.path());
        }
    }

    @Test
    void anArchivedFileWithOtherBytesThanItsNameSaysIsReplaced() throws Exception {
        DeliveryArchive archive = new DeliveryArchive(temp.resolve("archive"));
        Path file = Files.writeString(temp.resolve("宛城.csv"), "案号,立案日期\r\n");
        Path corrupt = archive.pathOf(DeliveryArchive.sha256(file), "宛城.csv");
        Files.createDirectories(corrupt.getParent());
        Files.writeString(corrupt, "another version");

        DeliveryArchive.Kept kept = archive.keep(file, DeliveryArchive.sha256(file));

        assertThat(kept.repaired()).isTrue();
        assertThat(kept.path()).isEqualTo(corrupt);
        assertThat(Files.readAllBytes(corrupt)).isEqualTo(Files.readAllBytes(file));
    }

    /**
     * A court's file rewritten in place (truncated, then written: empty for a moment) over and over
     * while it is archived: whatever the timing, the checksum recorded is that of the archived bytes,
     * or the file is reported as changing. Before, the checksum came from one read and the copy from
     * another, and an empty copy could be kept under the checksum of a full version.
     */
    @Test
    void aFileRewrittenInPlaceWhileItIsArchivedIsNeverKeptUnderTheChecksumOfOtherBytes() throws Exception {
        Path file = temp.resolve("宛城.csv");
        byte[] first = version('1', 2_000_000);
        byte[] second = version('2', 3_000_000);
        Files.write(file, first);
        AtomicBoolean stop = new AtomicBoolean();
        CompletableFuture<Void> rewriter = CompletableFuture.runAsync(() -> {
            for (int i = 0; !stop.get(); i++) {
                try {
                    Files.write(file, i % 2 == 0 ? second : first);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        int changing = 0;
        try {
            for (int attempt = 0; attempt < 40; attempt++) {
                try {
                    // A fresh archive each time: one holding a version already would not copy it again.
                    DeliveryArchive archive = new DeliveryArchive(temp.resolve("archive-" + attempt));
                    DeliveryArchive.Kept kept = archive.keep(file, DeliveryArchive.sha256(file));
                    byte[] archived = Files.readAllBytes(kept.path());
                    assertThat(DeliveryArchive.sha256(kept.path())).isEqualTo(kept.sha256());
                    assertThat((long) archived.length).isEqualTo(kept.size());
                } catch (DeliveryArchive.SourceChangedException expected) {
                    changing++;
                }
            }
        } finally {
            stop.set(true);
            rewriter.join();
        }
        assertThat(changing).as("the rewrites were seen").isPositive();
    }

    /** A slow upload: the bytes at the end keep changing (64 KB writes) while the file is copied. */
    @Test
    void aFileWrittenToWhileItIsCopiedIsReportedAsChanging() throws Exception {
        DeliveryArchive archive = new DeliveryArchive(temp.resolve("archive"));
        Path file = temp.resolve("宛城.csv");
        Files.write(file, version('1', 32_000_000));
        Files.setLastModifiedTime(file, FileTime.fromMillis(0));
        AtomicBoolean stop = new AtomicBoolean();
        CompletableFuture<Void> uploader = CompletableFuture.runAsync(() -> {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ByteBuffer block = ByteBuffer.wrap(version('2', 64 * 1024));
                while (!stop.get()) {
                    channel.write(block.rewind(), 32_000_000 - 64 * 1024);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> Files.getLastModifiedTime(file).toMillis() > 0);

            assertThatThrownBy(() -> archive.keep(file, DeliveryArchive.sha256(file)))
                    .isInstanceOf(DeliveryArchive.SourceChangedException.class);
        } finally {
            stop.set(true);
            uploader.join();
        }
        try (Stream<Path> files = Files.walk(temp.resolve("archive"))) {
            assertThat(files.filter(Files::isRegularFile)).as("nothing archived").isEmpty();
        }
    }

    /**
     * Issue #12.2: bytes the archive holds already are neither read from the inbox again nor copied
     * (a month imported again with most files unchanged copied every one of them). Here the inbox
     * file is gone by the second time: only the archive is read.
     */
    @Test
    void bytesArchivedAlreadyAreNotReadFromTheInboxOrCopiedAgain() throws Exception {
        DeliveryArchive archive = new DeliveryArchive(temp.resolve("archive"));
        Path file = Files.writeString(temp.resolve("宛城.csv"), "案号,立案日期\r\n");
        String found = DeliveryArchive.sha256(file);
        DeliveryArchive.Kept kept = archive.keep(file, found);
        Files.delete(file);

        assertThat(archive.keep(file, found)).isEqualTo(kept);
    }

    /** A file whose bytes are no longer those its import found and hashed changed in between: nothing is kept. */
    @Test
    void aFileWhoseBytesAreNotThoseFoundIsReportedAsChanging() throws Exception {
        DeliveryArchive archive = new DeliveryArchive(temp.resolve("archive"));
        Path file = Files.writeString(temp.resolve("宛城.csv"), "案号,立案日期\r\n");
        String found = DeliveryArchive.sha256(file);
        Files.writeString(file, "案号,立案日期\r\n（2024）豫1302民初1号,2024-08-01\r\n");

        assertThatThrownBy(() -> archive.keep(file, found)).isInstanceOf(DeliveryArchive.SourceChangedException.class)
                .hasMessageContaining(found);
        try (Stream<Path> files = Files.walk(temp.resolve("archive"))) {
            assertThat(files.filter(Files::isRegularFile)).as("nothing archived").isEmpty();
        }
    }

    private static byte[] version(char mark, int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) mark);
        return bytes;
    }
}
