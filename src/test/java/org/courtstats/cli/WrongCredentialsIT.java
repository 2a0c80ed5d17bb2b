package org.courtstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import javax.sql.DataSource;
import org.courtstats.support.WarehouseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;

/** A real server that refuses the configured login: one clear line, exit 1, nothing started. */
@WarehouseTest
class WrongCredentialsIT {

    @Autowired
    DataSource dataSource;

    @Test
    void aLoginTheServerRefusesIsOneClearLineAndExitOne() {
        String url = ((HikariDataSource) dataSource).getJdbcUrl();
        StringWriter err = new StringWriter();
        CommandLine commandLine = CourtstatsCommand.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));
        System.setProperty("spring.datasource.url", url);
        System.setProperty("spring.datasource.username", "no_such_login");
        System.setProperty("spring.datasource.password", "wrong");
        try {
            assertThat(commandLine.execute("status", "--period", "2024-08")).isEqualTo(1);
        } finally {
            System.clearProperty("spring.datasource.url");
            System.clearProperty("spring.datasource.username");
            System.clearProperty("spring.datasource.password");
        }
        assertThat(err.toString()).startsWith("错误：无法启动或连接数据库 " + url)
                .contains("no_such_login").contains("请检查数据库地址、用户名和密码").doesNotContain("Exception");
    }
}
