package org.courtstats.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.courtstats.UserError;
import org.courtstats.vocabulary.Feed;
import org.courtstats.vocabulary.FeedDeclarationException;
import org.courtstats.vocabulary.FeedDeclarations;
import org.courtstats.warehouse.FeedRepository;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code feeds --dir DIR}: declares the feeds of a folder's YAML files (jobs/feeds/README.md). */
@Command(name = "feeds",
        mixinStandardHelpOptions = true,
        description = {"载入报表声明：文件夹中每个 .yaml 文件声明一种报表（列名、别名、取值类型、必填、可选值、类型代字），"
                + "替换仓库中同一代码的报表声明，下次导入即按新声明读取。说明见 jobs/feeds/README.md。",
                "Declares the feeds of DIR's .yaml files (replacing the declarations of the same codes); the next import reads them."})
class FeedsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "jobs/feeds",
            description = "报表声明所在的文件夹（默认 ${DEFAULT-VALUE}）。")
    Path dir;

    @Override
    public Integer call() {
        List<Feed> feeds = read(dir);
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = Warehouse.start(Map.of())) {
            try {
                context.getBean(FeedRepository.class).declare(feeds);
            } catch (FeedDeclarationException e) {
                throw new UserError(e.getMessage() + "。未作任何更改。");
            }
        }
        ConsoleTable table = new ConsoleTable(false, false, true, true);
        table.row("报表", "名称", "列数", "类型代字数");
        for (Feed feed : feeds) {
            table.row(feed.code(), feed.label(), feed.fields().size(), feed.caseTypes().size());
        }
        table.print(out);
        out.println("已载入 " + feeds.size() + " 种报表的声明，下次导入即按新声明读取。");
        out.flush();
        return 0;
    }

    /** Every declaration of the folder, checked together before any is loaded. */
    static List<Feed> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UserError("找不到报表声明文件夹“" + dir + "”。请用 --dir 指定存放 .yaml 报表声明的文件夹。");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UserError("无法读取文件夹“" + dir + "”：" + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new UserError("文件夹“" + dir + "”中没有 .yaml 报表声明文件。");
        }
        List<Feed> feeds = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                        .toString();
                Feed feed = FeedDeclarations.parse(name, text);
                if (!name.equals(feed.code() + ".yaml")) {
                    throw new UserError("报表声明文件“" + name + "”声明的是报表 " + feed.code() + "：文件名须为“"
                            + feed.code() + ".yaml”。未作任何更改。");
                }
                feeds.add(feed);
            } catch (CharacterCodingException e) {
                throw new UserError("报表声明文件“" + name + "”不是 UTF-8 编码。请以 UTF-8 保存后重试。未作任何更改。");
            } catch (IOException e) {
                throw new UserError("无法读取报表声明文件“" + name + "”：" + e.getMessage());
            } catch (FeedDeclarationException e) {
                throw new UserError(e.getMessage() + "。未作任何更改。");
            }
        }
        try {
            FeedDeclarations.checked(feeds);
        } catch (FeedDeclarationException e) {
            throw new UserError(e.getMessage() + "。未作任何更改。");
        }
        return feeds;
    }
}
