package org.courtstats.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the bytes of every delivery, named by their SHA-256, so that what was loaded can always be
 * shown and reloaded, whatever happens to the inbox. Loads read from the archived copy.
 *
 * <p>The checksum recorded is always that of the archived copy: a copy is hashed as it is written
 * and kept only when it holds the bytes the import found and hashed. A court's file rewritten in
 * place between two reads would otherwise be recorded under the checksum of one version while the
 * archive holds another (or nothing), and that version could then never be loaded again.
 */
@Component
public class DeliveryArchive {

    private static final Logger log = LoggerFactory.getLogger(DeliveryArchive.class);
    private static final int BUFFER_SIZE = 64 * 1024;

    private final Path root;

    DeliveryArchive(@Value("${courtstats.archive-dir}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * A file as kept: where its copy is, the checksum and size of the copy, and whether a file already
     * archived under that checksum held other bytes and was replaced (every decision taken on that
     * earlier copy was taken on bytes the court did not send).
     */
    public record Kept(Path path, String sha256, long size, boolean repaired) {
    }

    /** The inbox file could not be read (permission denied, an I/O error): nothing was archived. */
    public static final class UnreadableSourceException extends Exception {
        UnreadableSourceException(Path file, IOException cause) {
            super(file + ": " + cause.getMessage(), cause);
        }
    }

    /** The inbox file changed (size or modification time) while it was copied: it is still being written. */
    public static final class SourceChangedException extends Exception {
        SourceChangedException(Path file, String what) {
            super(file + ": " + what);
        }
    }

    /** The SHA-256 of a file's bytes, in lowercase hex. */
    public static String sha256(Path file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), newDigest())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Keeps the bytes of a file that was hashed when its import found it, as {@code
     * ab/abcdef…/原文件名.xlsx}: the checksum identifies the bytes, the file keeps the name the court
     * gave it (a CSV's only sheet is named after it). When the archive holds those bytes under that
     * name already (checked against the checksum), nothing is read from the inbox or written: a month
     * imported again copies only what changed. Otherwise the file is copied to a temporary file in the
     * archive, hashed as it is written, flushed to disk and renamed into place in one step, so a crash
     * never leaves a partial file under a final name; a copy whose bytes are not those that were found
     * means the file changed in between, and nothing is kept. An archived file that does not hold the
     * bytes its name says is replaced by the new copy.
     *
     * @param found the SHA-256 of the file's bytes when its import found it
     * @throws UnreadableSourceException when the inbox file cannot be opened or read
     * @throws SourceChangedException     when its size or modification time changed during the copy, or
     *                                    its bytes since they were found
     * @throws UncheckedIOException       when the archive cannot be written (a full disk …)
     */
    public Kept keep(Path file, String found) throws UnreadableSourceException, SourceChangedException {
        Path target = pathOf(found, file.getFileName().toString());
        boolean repaired = false;
        if (Files.exists(target)) {
            if (target.equals(file.toAbsolutePath().normalize())) {
                // A rerun from the archive: the checksum was just taken from this very copy.
                return new Kept(target, found, size(target), false);
            }
            if (found.equals(sha256(target))) {
                return new Kept(target, found, size(target), false);
            }
            log.warn("{}: archived file does not hold the bytes its name says; replacing it with the copy of {}",
                    target, file);
            repaired = true;
        }
        BasicFileAttributes before = attributes(file);
        Path partial = createPartial();
        try {
            MessageDigest digest = newDigest();
            long copied = copy(file, partial, digest);
            BasicFileAttributes after = attributes(file);
            if (before.size() != after.size() || copied != after.size()
                    || !before.lastModifiedTime().equals(after.lastModifiedTime())) {
                throw new SourceChangedException(file, "size " + before.size() + " -> " + after.size() + " (" + copied
                        + " bytes read), modified " + before.lastModifiedTime() + " -> " + after.lastModifiedTime());
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            if (!sha256.equals(found)) {
                throw new SourceChangedException(file, "SHA-256 " + found + " when found, " + sha256 + " when copied");
            }
            Files.createDirectories(target.getParent());
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new Kept(target, sha256, copied, repaired);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot archive " + file + " into " + root + ": " + e.getMessage(), e);
        } finally {
            deletePartial(partial);
        }
    }

    private static long size(Path archived) {
        try {
            return Files.size(archived);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the bytes of this checksum are kept under this file name. */
    public Path pathOf(String sha256, String fileName) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256).resolve(fileName);
    }

    /** Copies while hashing; failures to read the source are told apart from failures to write the archive. */
    private static long copy(Path file, Path partial, MessageDigest digest)
            throws IOException, UnreadableSourceException {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new UnreadableSourceException(file, e);
        }
        try (in; FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE);
             OutputStream out = Channels.newOutputStream(channel)) {
            byte[] buffer = new byte[BUFFER_SIZE];
            long copied = 0;
            while (true) {
                int n;
                try {
                    n = in.read(buffer);
                } catch (IOException e) {
                    throw new UnreadableSourceException(file, e);
                }
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
                digest.update(buffer, 0, n);
                copied += n;
            }
            channel.force(true);
            return copied;
        }
    }

    private static BasicFileAttributes attributes(Path file) throws UnreadableSourceException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new UnreadableSourceException(file, e);
        }
    }

    /** In the archive's own folder, so that the final rename never crosses file systems. */
    private Path createPartial() {
        try {
            Files.createDirectories(root);
            return Files.createTempFile(root, "incoming-", ".partial");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write into the archive " + root + ": " + e.getMessage(), e);
        }
    }

    private static void deletePartial(Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            log.warn("Cannot delete the temporary copy {}: {}", partial, e.getMessage());
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
