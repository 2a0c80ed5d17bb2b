package org.courtstats.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.courtstats.UserError;

/**
 * The folder a command writes its file into must exist: a mistyped path would otherwise create
 * folders nobody looks in, and the file would seem lost. Checked before the warehouse starts.
 */
final class OutputFolder {

    private OutputFolder() {
    }

    static void requireExisting(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UserError("目录“" + folder + "”不存在，未写文件。请检查 --out 的路径，"
                    + "或先创建该目录（mkdir -p " + folder + "）再运行。");
        }
    }
}
