package org.courtstats.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the bytes of every delivery, named by their SHA-256, so that what was loaded can always be
 * shown and reloaded, whatever happens to the inbox. Loads read from the archived copy.
 */
@Component
public class DeliveryArchive {

    private final Path root;

    DeliveryArchive(@Value("${courtstats.archive-dir}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The SHA-256 of a file's bytes, in lowercase hex. */
    public static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Copies the file into the archive unless its bytes are already there, as
     * {@code ab/abcdef…/原文件名.xlsx}: the checksum identifies the bytes, the file keeps the name the
     * court gave it (a CSV's only sheet is named after it). The copy is written to a temporary name
     * and moved, so a crash never leaves a partial file under its final name.
     *
     * @return the archived copy
     */
    public Path keep(Path file, String sha256) {
        Path target = root.resolve(sha256.substring(0, 2)).resolve(sha256).resolve(file.getFileName().toString());
        if (Files.exists(target)) {
            return target;
        }
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), "copy", ".partial");
            Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot archive " + file + " into " + root + ": " + e.getMessage(), e);
        }
    }
}
