package org.courtstats.embedded;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spares zonky reading the PostgreSQL binaries at every start. zonky unpacks the binaries archive
 * (15 MB, inside the jar) into a folder named after the archive's MD5, and so reads and hashes the
 * whole archive at every start only to find the folder it unpacked the first time: about a second
 * of every command's start (from zonky's "Detected a Linux x86_64 system" to "Postgres binaries at"
 * in the log), most of what starting PostgreSQL costs.
 *
 * <p>Once the binaries are unpacked, this resolver gives zonky a few bytes naming the archive instead
 * (where it lies in the jar, which names the binaries' version): zonky's folder for those bytes is a
 * link, made the first time, to the folder it unpacked. Without the link (the first start, a
 * cleaned temporary folder, other binaries) zonky gets the real archive, exactly as before.
 */
final class UnpackedBinaries implements PgBinaryResolver {

    private static final Logger log = LoggerFactory.getLogger(UnpackedBinaries.class);
    /** zonky's marker of a folder whose unpacking finished. */
    private static final String UNPACKED = ".exists";

    private final Path workingDirectory;
    /** Set when zonky was given the real archive: the link to make once it is unpacked, and its digest. */
    private Path linkToMake;
    private MessageDigest archiveDigest;

    UnpackedBinaries() {
        // Where zonky unpacks (EmbeddedPostgres.getWorkingDirectory).
        String override = System.getProperty("ot.epg.working-dir");
        this.workingDirectory = override != null ? Path.of(override)
                : Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg");
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        Optional<byte[]> name = archiveName(system, machineHardware);
        if (name.isPresent() && Files.exists(folderFor(name.get()).resolve(UNPACKED))) {
            return new ByteArrayInputStream(name.get());
        }
        linkToMake = name.map(this::folderFor).orElse(null);
        archiveDigest = md5();
        return new DigestInputStream(DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware), archiveDigest);
    }

    /**
     * After zonky read the real archive and started the server from its folder: links the folder of
     * the archive's name to it, for the next starts.
     */
    void remember() {
        if (linkToMake == null) {
            return;
        }
        Path unpacked = workingDirectory.resolve("PG-" + HexFormat.of().formatHex(archiveDigest.digest()));
        Path link = linkToMake;
        linkToMake = null;
        try {
            if (Files.exists(unpacked.resolve(UNPACKED))) {
                Files.deleteIfExists(link); // a link to a folder that was cleaned away
                Files.createSymbolicLink(link, unpacked.getFileName());
            }
        } catch (FileAlreadyExistsException anotherProcessMadeIt) {
            // the same link, made by a command started at the same time
        } catch (IOException | UnsupportedOperationException e) {
            log.debug("Could not link {} to {}; the next start reads the binaries again: {}", link, unpacked, e.getMessage());
        }
    }

    private Path folderFor(byte[] archiveName) {
        return workingDirectory.resolve("PG-" + HexFormat.of().formatHex(md5().digest(archiveName)));
    }

    /** Where the archive zonky would unpack lies on the class path (the binaries jar and its version). */
    private static Optional<byte[]> archiveName(String system, String machineHardware) {
        String resource = "postgres-" + system.toLowerCase(Locale.ROOT) + "-" + machineHardware.toLowerCase(Locale.ROOT) + ".txz";
        URL archive = UnpackedBinaries.class.getClassLoader().getResource(resource);
        return Optional.ofNullable(archive)
                .map(url -> ("courtstats unpacked binaries of " + url).getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
