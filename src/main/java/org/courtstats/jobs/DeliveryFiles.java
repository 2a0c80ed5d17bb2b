package org.courtstats.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The delivery files of a month's inbox folder ({@code inbox/2024-08/}, subfolders included),
 * leaving out what office tools and operating systems leave behind: Excel's lock files
 * ({@code ~$宛城.xlsx}), hidden files, Thumbs.db and desktop.ini.
 */
final class DeliveryFiles {

    private DeliveryFiles() {
    }

    static List<Path> in(Path monthFolder) {
        try (Stream<Path> paths = Files.walk(monthFolder)) {
            return paths.filter(Files::isRegularFile)
                    .filter(DeliveryFiles::isDelivery)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isDelivery(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !name.startsWith("~$") && !lower.equals("thumbs.db")
                && !lower.equals("desktop.ini") && !lower.endsWith(".partial");
    }
}
