package org.courtstats.jobs;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.courtstats.warehouse.DeliveryArchive;

/** What identifies an import run among the job's parameters: the names and checksums of its files. */
final class RunFingerprint {

    private RunFingerprint() {
    }

    /**
     * Names and checksums of the files. A file that cannot be read counts by its name alone (the run
     * refuses it); the checksums the run records are those of its own copies.
     */
    static String of(List<DeliverySources.SourceFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (DeliverySources.SourceFile file : files) {
                String bytes;
                try {
                    bytes = DeliveryArchive.sha256(file.path());
                } catch (UncheckedIOException unreadable) {
                    bytes = "unreadable";
                }
                digest.update((file.name() + "\0" + bytes + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
