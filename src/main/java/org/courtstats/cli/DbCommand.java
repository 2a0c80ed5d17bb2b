package org.courtstats.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.courtstats.embedded.EmbeddedWarehouse;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code db [--port N]}: serves the embedded warehouse so that psql and BI tools can connect. */
@Command(name = "db",
        mixinStandardHelpOptions = true,
        description = {"启动内置数据仓库并保持运行，供 psql 和 BI 工具连接，按 Ctrl-C 停止。",
                "Starts the embedded warehouse (migrated to the current schema) and serves it until Ctrl-C."})
class DbCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "15432", paramLabel = "N",
            description = "监听端口，默认 ${DEFAULT-VALUE}。Port to listen on.")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        ConfigurableApplicationContext context = Warehouse.startForReading(Map.of("courtstats.embedded.port", port));
        if (context.getBeanProvider(EmbeddedWarehouse.class).getIfAvailable() == null) {
            context.close();
            spec.commandLine().getErr().println("错误：已通过 spring.datasource.url 配置了外部数据库，无需启动内置数据仓库。");
            return 2;
        }
        EmbeddedWarehouse warehouse = context.getBean(EmbeddedWarehouse.class);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.close();
            stopped.countDown();
        }, "warehouse-shutdown"));
        if (warehouse.port() != port) {
            out.println("注意：内置数据仓库已由另一个 courtstats 进程在端口 " + warehouse.port() + " 上提供服务，"
                    + "--port " + port + " 未生效，请连接端口 " + warehouse.port() + "。本命令运行期间，"
                    + "即使那个进程先结束，服务器也会继续在端口 " + warehouse.port() + " 上运行。");
        }
        out.println("数据仓库已就绪 (warehouse ready)，端口 (port) " + warehouse.port() + "。");
        out.println("  psql:  PGPASSFILE=" + warehouse.passwordFile() + " " + warehouse.psqlCommand());
        out.println("  JDBC:  " + warehouse.jdbcUrl() + "  (user postgres, localhost only)");
        out.println("超级用户 postgres 的密码保存在 " + warehouse.passwordFile() + "（.pgpass 格式，仅本账户可读），"
                + "可作 PGPASSFILE 使用，或把其中一行加入 ~/.pgpass；所有连接都须提供密码。");
        out.println("BI 工具请读取 mart 模式下的视图，如 mart.indicator_value；请用只读用户组 courtstats_bi 中的登录名连接"
                + "（创建方法见 README“For BI users”）。按 Ctrl-C 停止。");
        out.flush();
        stopped.await();
        return 0;
    }
}
