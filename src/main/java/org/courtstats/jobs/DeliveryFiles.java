package org.courtstats.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The delivery files of a month's inbox folder ({@code inbox/2024-08/}, subfolders included),
 * leaving out, each with a line saying so, what office tools and operating systems leave behind
 * (Excel's lock files {@code ~$宛城.xlsx}, hidden files and folders, Thumbs.db, desktop.ini, partial
 * uploads), what is not a plain file (a named pipe, a device), and links whose target lies outside the
 * inbox: an inbox anyone can drop a file into must not become a way to copy {@code /etc/passwd} into
 * the archive. A link to a file inside the inbox is followed.
 */
final class DeliveryFiles {

    /** The files to load, in name order, and what was left out. */
    record Listing(List<Path> files, List<FileNotice> ignored) {
    }

    private DeliveryFiles() {
    }

    static Listing in(Path monthFolder) {
        List<Path> files = new ArrayList<>();
        List<FileNotice> ignored = new ArrayList<>();
        try {
            List<Path> inbox = List.of(monthFolder.toRealPath(), monthFolder.toAbsolutePath().getParent().toRealPath());
            Files.walkFileTree(monthFolder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (!dir.equals(monthFolder) && dir.getFileName().toString().startsWith(".")) {
                        ignored.add(FileNotice.ignored(name(dir) + "/", "隐藏文件夹，其中的文件均已忽略"));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String junk = junk(file.getFileName().toString());
                    if (junk != null) {
                        ignored.add(FileNotice.ignored(name(file), junk + "，已忽略"));
                    } else if (attributes.isSymbolicLink()) {
                        followLink(file);
                    } else if (attributes.isRegularFile()) {
                        files.add(file);
                    } else if (!attributes.isDirectory()) {
                        ignored.add(FileNotice.ignored(name(file), "不是普通文件（命名管道、设备等），已忽略"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    ignored.add(FileNotice.ignored(name(file), "无法读取（" + e.getMessage() + "），已忽略；请检查权限"));
                    return FileVisitResult.CONTINUE;
                }

                private void followLink(Path link) {
                    Path target;
                    try {
                        target = link.toRealPath();
                    } catch (IOException e) {
                        ignored.add(FileNotice.ignored(name(link), "是指向不存在的文件的链接，已忽略"));
                        return;
                    }
                    if (inbox.stream().noneMatch(target::startsWith)) {
                        ignored.add(FileNotice.ignored(name(link), "是指向收件目录以外（" + target
                                + "）的链接，未导入；请把报送文件本身放入收件目录"));
                    } else if (Files.isRegularFile(target)) {
                        files.add(link);
                    } else {
                        ignored.add(FileNotice.ignored(name(link), "是指向文件夹或特殊文件的链接，已忽略"));
                    }
                }

                private String name(Path path) {
                    return monthFolder.relativize(path).toString();
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(Comparator.naturalOrder());
        ignored.sort(Comparator.comparing(FileNotice::fileName));
        return new Listing(List.copyOf(files), List.copyOf(ignored));
    }

    /** What kind of left-behind file this is, in Chinese; null for a delivery. */
    private static String junk(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.startsWith("~$")) {
            return "Excel 打开文件时留下的锁定文件";
        }
        if (name.startsWith(".")) {
            return "隐藏文件";
        }
        if (lower.equals("thumbs.db") || lower.equals("desktop.ini")) {
            return "Windows 系统文件";
        }
        return lower.endsWith(".partial") ? "未传完的临时文件" : null;
    }
}
