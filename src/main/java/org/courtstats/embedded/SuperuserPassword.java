package org.courtstats.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The password of the embedded warehouse's superuser ({@code postgres}), generated on the first start
 * and kept next to the data directory ({@code courtstats-data/pgdata.pgpass}), readable by the account
 * running courtstats only (mode 0600). The file is in libpq's {@code .pgpass} format, so psql reads it
 * as it is: {@code PGPASSFILE=courtstats-data/pgdata.pgpass psql -h localhost …}.
 *
 * <p>Not inside the data directory: initdb needs that empty, and the file must exist before initdb
 * so that the superuser never has a moment without a password.
 */
public final class SuperuserPassword {

    private static final String OWNER_ONLY = "rw-------";
    /** Hosts the server is reached by: it listens on localhost only. */
    private static final List<String> HOSTS = List.of("localhost", "127.0.0.1", "::1");

    private SuperuserPassword() {
    }

    /** Where the password of the warehouse in {@code dataDirectory} is kept. */
    public static Path fileOf(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".pgpass");
    }

    /**
     * The password kept for the warehouse in {@code dataDirectory}.
     *
     * @throws IllegalStateException when there is none (the warehouse has never been started by a
     *                               version that sets one)
     */
    public static String of(Path dataDirectory) {
        return read(dataDirectory).orElseThrow(() -> new IllegalStateException(
                "No superuser password file " + fileOf(dataDirectory) + " for the embedded warehouse in " + dataDirectory));
    }

    static Optional<String> read(Path dataDirectory) {
        Path file = fileOf(dataDirectory);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            // host:port:database:user:password; the password is generated without ':' or '\'.
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.substring(line.lastIndexOf(':') + 1))
                    .findFirst();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the superuser password file " + file + ": " + e.getMessage(), e);
        }
    }

    /** A new random password: 192 bits, URL-safe base64 (nothing that .pgpass or SQL would need escaped). */
    static String generate() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Writes the password file, mode 0600 from its creation on, replacing any older one atomically. */
    static void write(Path dataDirectory, String password) throws IOException {
        StringBuilder text = new StringBuilder()
                .append("# The embedded courtstats warehouse's superuser. Keep this file private (mode 0600);\n")
                .append("# use it as PGPASSFILE for psql. Deleting it makes the next start set a new password.\n");
        for (String host : HOSTS) {
            text.append(host.contains(":") ? host.replace(":", "\\:") : host).append(":*:*:")
                    .append(EmbeddedWarehouse.USER).append(':').append(password).append('\n');
        }
        writePrivate(fileOf(dataDirectory), text.toString());
    }

    /** A file that only the account running courtstats may read, written whole or not at all. */
    static void writePrivate(Path file, String text) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName() + ".", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(OWNER_ONLY)));
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
