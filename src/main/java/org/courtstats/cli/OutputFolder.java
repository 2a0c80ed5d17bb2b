package org.courtstats.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.courtstats.UserError;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The file a command writes with {@code --out}. Its folder must exist: a mistyped path would
 * otherwise create folders nobody looks in, and the file would seem lost. Checked before the
 * warehouse starts; a file that cannot be written says why in one Chinese line.
 */
final class OutputFolder {

    private OutputFolder() {
    }

    /** A workbook: named .xlsx (a usage error otherwise), in an existing folder. */
    static void requireWorkbook(CommandSpec spec, Path file) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new ParameterException(spec.commandLine(), "--out 的文件名须以 .xlsx 结尾：" + file);
        }
        requireExisting(file);
    }

    /** What to tell the user when writing the file failed. */
    static UserError cannotWrite(Path file, IOException e) {
        return new UserError("无法写入文件“" + file.toAbsolutePath().normalize() + "”：" + Warehouse.rootMessage(e)
                + "。请检查目录是否存在、是否有写权限、文件是否正在 Excel 中打开。", e);
    }

    static void requireExisting(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UserError("目录“" + folder + "”不存在，未写文件。请检查 --out 的路径，"
                    + "或先创建该目录（mkdir -p " + folder + "）再运行。");
        }
    }
}
