package org.courtstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void hidesThePasswordOfAUrlInEveryFormPgjdbcTakes() {
        assertThat(Secrets.mask("jdbc:postgresql://h:5432/db?user=c&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://h:5432/db?user=c&password=******&ssl=true");
        assertThat(Secrets.mask("jdbc:postgresql://h/db?PASSWORD=x")).isEqualTo("jdbc:postgresql://h/db?PASSWORD=******");
        assertThat(Secrets.mask("jdbc:postgresql://h/db?sslpassword=k&user=c")).isEqualTo("jdbc:postgresql://h/db?sslpassword=******&user=c");
        assertThat(Secrets.mask("无法连接数据库 jdbc:postgresql://courtstats:pa:ss@db.example:5432/courtstats：拒绝连接"))
                .isEqualTo("无法连接数据库 jdbc:postgresql://courtstats:******@db.example:5432/courtstats：拒绝连接");
    }

    @Test
    void hidesAPasswordTheDriverQuotesAsPartOfAHostName() {
        assertThat(Secrets.mask("无法连接：courtstats:UserInfo-Secret@127.0.0.1。请检查"))
                .isEqualTo("无法连接：courtstats:******@127.0.0.1。请检查");
    }

    @Test
    void leavesAUrlWithoutAPasswordAsItIs() {
        assertThat(Secrets.mask("jdbc:postgresql://localhost:15432/courtstats?user=postgres"))
                .isEqualTo("jdbc:postgresql://localhost:15432/courtstats?user=postgres");
        assertThat(Secrets.mask("psql -h localhost -p 15432 -U postgres")).isEqualTo("psql -h localhost -p 15432 -U postgres");
    }
}
