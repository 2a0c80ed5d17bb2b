package org.courtstats.jobs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** What identifies an import run among the job's parameters: the names and checksums of its files. */
final class RunFingerprint {

    private RunFingerprint() {
    }

    /**
     * Names and checksums of the files as found. A file that could not be read counts by its name
     * alone (the run refuses it); the checksums the run records are those of its own copies, which
     * hold the bytes found.
     */
    static String of(List<RunDiscovery.Found> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RunDiscovery.Found file : files) {
                String bytes = file.sha256() == null ? "unreadable" : file.sha256();
                digest.update((file.name() + "\0" + bytes + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
