package org.courtstats.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.util.FileSystemUtils;

/**
 * Points the commands a test class runs in this JVM (through {@code CourtstatsCommand.commandLine()})
 * at a throw-away embedded warehouse of the class's own, in a temporary folder removed afterwards:
 * each command starts it on that data directory, as a statistician's command starts theirs.
 * Register it as a static field: {@code @RegisterExtension static final CommandsOnTheirOwnWarehouse
 * warehouse = new CommandsOnTheirOwnWarehouse();}. Its set-up runs before the class's
 * {@code @BeforeAll} methods, so those may already run commands.
 */
public final class CommandsOnTheirOwnWarehouse implements BeforeAllCallback, AfterAllCallback {

    private Path dataDirectory;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dataDirectory = Files.createTempDirectory("courtstats-commands-");
        System.setProperty("courtstats.data-dir", dataDirectory.toString());
        System.setProperty("courtstats.embedded.durable", "false");
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        System.clearProperty("courtstats.data-dir");
        System.clearProperty("courtstats.embedded.durable");
        FileSystemUtils.deleteRecursively(dataDirectory);
    }
}
