package org.courtstats.cli;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * The operators' log file, readable by its owner only: it records file paths, court data in messages
 * and the database's address. The file is created with mode 0600 (also after each roll-over) and a log
 * folder courtstats creates gets mode 0700, so that the rolled, compressed files are private too; an
 * existing file loses the others' and group's access. The process's umask would otherwise leave them
 * readable by every local user.
 */
public class PrivateLogFileAppender extends RollingFileAppender<ILoggingEvent> {

    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    @Override
    public void openFile(String fileName) throws IOException {
        makePrivate(Path.of(fileName).toAbsolutePath());
        super.openFile(fileName);
    }

    static void makePrivate(Path file) throws IOException {
        Path folder = file.getParent();
        if (!Files.exists(folder)) {
            createPrivateFolders(folder);
        }
        if (!Files.getFileStore(folder).supportsFileAttributeView("posix")) {
            return;
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException existing) {
            // Kept from an earlier run, or made a moment ago by a command started together with this one.
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static void createPrivateFolders(Path folder) throws IOException {
        if (folder.getParent() != null && !Files.exists(folder.getParent())) {
            Files.createDirectories(folder.getParent());
        }
        try {
            Files.createDirectory(folder);
        } catch (FileAlreadyExistsException madeTogether) {
            return; // by a command started at the same moment, which makes it private as this one would
        }
        if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(folder, EnumSet.of(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
        }
    }
}
