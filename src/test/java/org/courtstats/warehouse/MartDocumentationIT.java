package org.courtstats.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtstats.support.WarehouseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** docs/mart.md, the BI users' list of views, has a section per mart view naming every column. */
@WarehouseTest
class MartDocumentationIT {

    static final Path DOCUMENT = Path.of("docs/mart.md");
    static final Pattern SECTION = Pattern.compile("(?m)^### mart\\.(\\w+)$");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyViewAndColumnOfTheMartIsDocumented() throws IOException {
        Map<String, String> sections = sections(Files.readString(DOCUMENT));
        List<String> views = jdbc.queryForList("select viewname from pg_views where schemaname = 'mart' order by 1",
                String.class);

        assertThat(sections.keySet()).containsExactlyInAnyOrderElementsOf(views);
        for (String view : views) {
            List<String> columns = jdbc.queryForList("select column_name from information_schema.columns"
                    + " where table_schema = 'mart' and table_name = ? order by ordinal_position", String.class, view);
            assertThat(columns).as("columns of mart." + view + " missing from " + DOCUMENT)
                    .allSatisfy(column -> assertThat(sections.get(view)).contains("`" + column + "`"));
        }
    }

    /** Each "### mart.x" heading's text, up to the next heading. */
    private static Map<String, String> sections(String document) {
        Map<String, String> sections = new LinkedHashMap<>();
        Matcher heading = SECTION.matcher(document);
        String view = null;
        int start = 0;
        while (heading.find()) {
            if (view != null) {
                sections.put(view, document.substring(start, heading.start()));
            }
            view = heading.group(1);
            start = heading.end();
        }
        if (view != null) {
            sections.put(view, document.substring(start));
        }
        return sections;
    }
}
