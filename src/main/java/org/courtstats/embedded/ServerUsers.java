package org.courtstats.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which courtstats processes use the embedded server of a data directory, so that it stays up while
 * any of them does and is stopped by the last one to leave.
 *
 * <p>Each user holds a lease: an exclusive lock on a file of its own in {@code pgdata.users/}. The
 * operating system drops the lock when the process ends, kill -9 included, so a lease file that
 * nobody holds is stale and is removed. Leases are taken, counted and given back only in the
 * data directory's turn ({@link #turn}, a lock on {@code pgdata.start-lock}), which also
 * serialises initdb, starting and stopping: two processes never start a server on one directory.
 *
 * <p>File locks belong to the whole JVM, and on Linux closing any channel of a file drops every lock
 * the JVM holds on it: a lease of this JVM is therefore never opened again to test it, and the turn
 * is taken by one thread of the JVM at a time.
 */
final class ServerUsers {

    private static final Logger log = LoggerFactory.getLogger(ServerUsers.class);
    private static final ReentrantLock TURN_IN_THIS_JVM = new ReentrantLock();
    private static final Set<Path> LEASES_OF_THIS_JVM = ConcurrentHashMap.newKeySet();

    private ServerUsers() {
    }

    /** The data directory's turn: only its holder starts, stops, joins or leaves the server. */
    static Turn turn(Path dataDirectory) throws IOException {
        TURN_IN_THIS_JVM.lock();
        try {
            Path file = sibling(dataDirectory, ".start-lock");
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                if (channel.tryLock() == null) {
                    log.info("Waiting for another courtstats process to finish starting or stopping the warehouse in {}",
                            dataDirectory);
                    channel.lock();
                }
                return new Turn(channel);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            TURN_IN_THIS_JVM.unlock();
            throw e;
        }
    }

    /** Takes a lease for this process; call in the turn. */
    static Lease take(Turn turn, Path dataDirectory) throws IOException {
        Path directory = Files.createDirectories(sibling(dataDirectory, ".users"));
        Path file = directory.resolve(ProcessHandle.current().pid() + "-" + UUID.randomUUID());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        channel.lock();
        LEASES_OF_THIS_JVM.add(file);
        return new Lease(file, channel);
    }

    /** How many leases are held, apart from {@code mine} (null: all); removes stale ones. Call in the turn. */
    static int othersThan(Turn turn, Path dataDirectory, Lease mine) throws IOException {
        Path directory = sibling(dataDirectory, ".users");
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        int held = 0;
        try (DirectoryStream<Path> leases = Files.newDirectoryStream(directory)) {
            for (Path lease : leases) {
                if (mine != null && lease.equals(mine.file)) {
                    continue;
                }
                if (LEASES_OF_THIS_JVM.contains(lease) || isHeld(lease)) {
                    held++;
                } else {
                    Files.deleteIfExists(lease);
                }
            }
        }
        return held;
    }

    private static boolean isHeld(Path lease) throws IOException {
        try (FileChannel channel = FileChannel.open(lease, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (NoSuchFileException gone) {
            return false;
        }
    }

    private static Path sibling(Path dataDirectory, String suffix) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + suffix);
    }

    /** The data directory's turn, held until closed. */
    static final class Turn implements AutoCloseable {
        private final FileChannel channel;

        private Turn(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public void close() throws IOException {
            try {
                channel.close();
            } finally {
                TURN_IN_THIS_JVM.unlock();
            }
        }
    }

    /** One process's use of the server, until given back (or until the process ends). */
    static final class Lease {
        private final Path file;
        private final FileChannel channel;

        private Lease(Path file, FileChannel channel) {
            this.file = file;
            this.channel = channel;
        }

        /** Gives the lease back; call in the turn. */
        void giveBack(Turn turn) throws IOException {
            LEASES_OF_THIS_JVM.remove(file);
            channel.close();
            Files.deleteIfExists(file);
        }
    }
}
