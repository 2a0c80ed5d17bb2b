package org.courtstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ConsoleTableTest {

    /** A court's value starting with a tab or a carriage return is shown, not acted on by the terminal. */
    @Test
    void showsControlCharactersOfACellAsEscapes() {
        StringWriter out = new StringWriter();
        new ConsoleTable().row("原值", "说明").row("\t（2024）豫1302民初1号", "a").row("\r12", "b").print(new PrintWriter(out));

        java.util.List<String> lines = out.toString().lines().toList();
        assertThat(out.toString()).doesNotContain("\t").doesNotContain("\r");
        assertThat(lines.get(1)).isEqualTo("\\t（2024）豫1302民初1号  a");
        assertThat(lines.get(2)).startsWith("\\r12 ").endsWith("  b");
        assertThat(ConsoleTable.displayWidth(lines.get(2))).as("aligned").isEqualTo(ConsoleTable.displayWidth(lines.get(1)));
    }
}
