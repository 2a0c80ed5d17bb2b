package org.courtstats.cli;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import javax.management.ObjectName;

/**
 * A read-only command runs for seconds, and HotSpot's optimizing compiler (C2) spent about half of
 * its CPU time compiling code that did not run long enough to repay it: {@code status} on the sample
 * warehouse used 7.1 s of CPU, 3.4 s with {@code -XX:TieredStopAtLevel=1}, on the 2 shared cores
 * where that is also most of its wall time. A JVM flag cannot be set from inside the JVM and
 * {@code java -jar} takes none from the jar, but a compiler directive can be added at run time
 * (JEP 165; what {@code jcmd PID Compiler.directives_add} does): it excludes C2, so methods stay
 * compiled by C1. Only for the commands that read (an import's loading threads run for minutes and
 * keep C2), and only in a JVM of the command's own: the directive lasts as long as the JVM, and tests
 * that run commands in theirs keep C2. Best effort: where the JVM has no such command, nothing
 * changes ({@code jcmd PID Compiler.directives_print} shows whether it was added). Silent: it runs
 * while Spring Boot is still configuring logging, when logback's default would print a line on the
 * user's terminal.
 */
final class ShortRunCompilation {

    private static final String NO_C2 = "[{ match: \"*.*\", c2: { Exclude: true } }]";
    /** When the directive was added, for the startup report (-Dcourtstats.startup-steps); null until then. */
    private static volatile Instant added;
    private static volatile boolean allowed;

    private ShortRunCompilation() {
    }

    /** The JVM is the command's own (it was started by {@code java -jar}). */
    static void allow() {
        allowed = true;
    }

    /**
     * Excludes C2 where allowed, in the background: the platform MBean server it needs takes a few
     * hundred milliseconds to make.
     */
    static void start() {
        if (!allowed) {
            return;
        }
        Thread thread = new Thread(ShortRunCompilation::excludeC2, "short-run-compilation");
        thread.setDaemon(true);
        thread.start();
    }

    static Optional<Instant> added() {
        return Optional.ofNullable(added);
    }

    private static void excludeC2() {
        try {
            Path directives = Files.createTempFile("courtstats-compiler-", ".json");
            directives.toFile().deleteOnExit(); // should the command end first
            try {
                Files.writeString(directives, NO_C2, StandardCharsets.UTF_8);
                ManagementFactory.getPlatformMBeanServer().invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                        new Object[] {new String[] {directives.toString()}}, new String[] {String[].class.getName()});
                added = Instant.now();
            } finally {
                Files.deleteIfExists(directives);
            }
        } catch (Exception | LinkageError noDirective) {
            // the JVM compiles as usual
        }
    }
}
