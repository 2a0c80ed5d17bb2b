package org.courtstats.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query of sql/bi as psql runs it: its psql variables ({@code :'period'}) replaced by quoted
 * literals, as {@code psql -v period=2024-08} would.
 */
public final class BiQueryFile {

    public static final Path FOLDER = Path.of("sql/bi");
    private static final Pattern VARIABLE = Pattern.compile(":'(\\w+)'");

    private BiQueryFile() {
    }

    /** @throws IllegalArgumentException when the query uses a variable not given */
    public static String sql(String fileName, Map<String, String> variables) {
        String text;
        try {
            text = Files.readString(FOLDER.resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder sql = new StringBuilder();
        while (matcher.find()) {
            String value = variables.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException(fileName + " needs -v " + matcher.group(1) + "=…");
            }
            matcher.appendReplacement(sql, Matcher.quoteReplacement("'" + value.replace("'", "''") + "'"));
        }
        matcher.appendTail(sql);
        return sql.toString();
    }
}
