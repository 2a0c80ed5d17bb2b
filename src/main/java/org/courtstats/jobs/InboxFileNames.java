package org.courtstats.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Refuses to start an import whose inbox holds file names the JVM cannot name. The JVM decodes file
 * names with the locale's encoding (sun.jnu.encoding, fixed at start-up: on Java 17 neither
 * -Dsun.jnu.encoding nor -Dfile.encoding changes it); without a UTF-8 locale (LANG and LC_ALL unset,
 * C or POSIX, as cron and systemd run) it is ASCII, every Chinese name reads as U+FFFD, and opening
 * the file by that name fails half-way through the run with "Malformed input". Found before
 * anything is registered, and said in Chinese and English (the Chinese may print as "?" there).
 */
final class InboxFileNames {

    private InboxFileNames() {
    }

    /** @throws ImportException naming the encoding, the folder and what to set */
    static void check(Path monthFolder) {
        List<Path> unnamable;
        try (Stream<Path> paths = Files.walk(monthFolder)) {
            unnamable = paths.filter(path -> !nameable(path)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (unnamable.isEmpty()) {
            return;
        }
        String encoding = System.getProperty("sun.jnu.encoding");
        if (!Charset.forName(encoding).newEncoder().canEncode("法院")) {
            throw new ImportException("收件目录“" + monthFolder + "”中有 " + unnamable.size() + " 个文件名无法读取：本进程没有"
                    + " UTF-8 区域设置（LANG、LC_ALL 未设置或为 C/POSIX），Java 的文件名编码为 " + encoding + "，中文文件名无法识别。"
                    + "请设置 LANG=C.UTF-8 和 LC_ALL=C.UTF-8 后重新运行（jobs/monthly-import 中的脚本和 systemd 服务已设置）。"
                    + " / " + unnamable.size() + " file name(s) in " + monthFolder + " cannot be read: the JVM's file-name"
                    + " encoding is " + encoding + " because no UTF-8 locale is set. Run with LANG=C.UTF-8 LC_ALL=C.UTF-8.");
        }
        throw new ImportException("收件目录“" + monthFolder + "”中有 " + unnamable.size() + " 个文件名不是 " + encoding
                + " 编码（例如在 GBK 系统上打包的压缩文件），无法读取：" + unnamable.get(0) + "。请把文件改名后重新运行。"
                + " / " + unnamable.size() + " file name(s) in " + monthFolder + " are not in " + encoding + ": rename them.");
    }

    /**
     * Undecodable bytes read as U+FFFD, and the name then does not lead back to the file: encoding it
     * fails (ASCII) or gives other bytes (UTF-8).
     */
    private static boolean nameable(Path path) {
        try {
            return Path.of(path.toString()).equals(path);
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
