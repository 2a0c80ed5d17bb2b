package org.courtstats.indicators;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.courtstats.UserError;
import org.courtstats.ingest.CellKind;
import org.courtstats.ingest.RowCursor;
import org.courtstats.ingest.SourceRow;
import org.courtstats.ingest.Spreadsheet;
import org.courtstats.ingest.Spreadsheets;
import org.courtstats.ingest.UnreadableFileException;
import org.courtstats.normalize.ValueRejection;
import org.courtstats.normalize.Values;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the named groups of 案由 (jobs/load-cause-groups/cause-groups.csv) that the cause_group
 * slices of mart.indicator_by_slice are computed by: the file is the whole set, so loading it
 * replaces every group in one transaction, and a file with any bad line changes nothing. Then every
 * published month is recomputed, since the slices are computed with the month.
 *
 * <p>Columns (header on the first row, Chinese or English): 分组 group_name, 匹配方式 match (等于 exact,
 * 开头 prefix, 包含 contains), 案由 pattern, 同时包含 also_contains (optional), 说明 description
 * (optional; the first non-empty one of a group is kept). Patterns are stored normalised as the
 * 案由 they are matched against (core.normalized_text: NFKC, no white space).
 */
@Component
public class CauseGroups {

    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("分组", "group_name"), Map.entry("group_name", "group_name"),
            Map.entry("匹配方式", "match"), Map.entry("match", "match"),
            Map.entry("案由", "pattern"), Map.entry("pattern", "pattern"),
            Map.entry("同时包含", "also_contains"), Map.entry("also_contains", "also_contains"),
            Map.entry("说明", "description"), Map.entry("description", "description"));
    private static final Map<String, String> MATCHES = Map.of(
            "等于", "exact", "exact", "exact",
            "开头", "prefix", "prefix", "prefix",
            "包含", "contains", "contains", "contains");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final IndicatorRecompute recompute;

    CauseGroups(JdbcTemplate jdbc, TransactionTemplate transaction, IndicatorRecompute recompute) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.recompute = recompute;
    }

    /** One line of the file: the 案由 of a group it matches (patterns as written). */
    public record Rule(String groupName, String match, String pattern, String alsoContains) {
    }

    /** A group as loaded, with its rules in the file's order. */
    public record Group(String name, String description, List<Rule> rules) {
    }

    /** What loading did: the groups now in force and the months recomputed with them. */
    public record Loaded(List<Group> groups, List<YearMonth> recomputed) {
    }

    /**
     * Replaces the groups with the file's, then recomputes every published month.
     *
     * @throws UserError naming the file, row and column of the first problem (nothing is changed), or
     *                   a month that an import is processing (the groups are loaded; the message says
     *                   which months to recompute)
     */
    public Loaded replaceFrom(Path file) throws SQLException {
        List<Group> groups = read(file);
        transaction.executeWithoutResult(status -> {
            jdbc.update("delete from core.cause_group");
            int order = 0;
            for (Group group : groups) {
                jdbc.update("insert into core.cause_group (group_name, display_order, description) values (?, ?, ?)",
                        group.name(), ++order, group.description());
                for (Rule rule : group.rules()) {
                    // Normalised by the same function as the 案由 they are matched against; the same
                    // rule written twice (with other spaces, say) is one rule.
                    jdbc.update("insert into core.cause_group_rule (group_name, match, pattern, also_contains)"
                                    + " values (?, ?, core.normalized_text(?), coalesce(core.normalized_text(?), ''))"
                                    + " on conflict do nothing",
                            rule.groupName(), rule.match(), rule.pattern(), rule.alsoContains());
                }
            }
        });
        List<YearMonth> months = jdbc.queryForList("select distinct to_char(period, 'YYYY-MM') from core.published_slice"
                + " order by 1", String.class).stream().map(YearMonth::parse).toList();
        List<YearMonth> recomputed = new ArrayList<>();
        for (YearMonth month : months) {
            try {
                recompute.recompute(month);
            } catch (UserError e) {
                List<String> left = months.subList(recomputed.size(), months.size()).stream().map(YearMonth::toString).toList();
                throw new UserError("已载入 " + groups.size() + " 个案由分组，但" + e.getMessage()
                        + " 尚未按新分组重算的月份：" + String.join(",", left) + "；请稍后运行 recompute --period "
                        + String.join(",", left) + "。", e);
            }
            recomputed.add(month);
        }
        return new Loaded(groups, recomputed);
    }

    private List<Group> read(Path file) {
        String name = file.getFileName().toString();
        try (Spreadsheet spreadsheet = Spreadsheets.open(file);
             RowCursor rows = spreadsheet.rows(spreadsheet.sheets().get(0))) {
            SourceRow header = rows.next();
            if (header == null) {
                throw new UserError("案由分组文件“" + name + "”是空的。");
            }
            Map<String, Integer> columns = columns(name, header);
            Map<String, List<Rule>> rules = new LinkedHashMap<>();
            Map<String, String> descriptions = new HashMap<>();
            Set<String> seen = new HashSet<>();
            SourceRow row;
            while ((row = rows.next()) != null) {
                if (row.cells().stream().allMatch(cell -> cell.kind() == CellKind.BLANK)) {
                    continue;
                }
                Rule rule = rule(name, row, columns);
                if (!seen.add(rule.groupName() + "/" + rule.match() + "/" + rule.pattern() + "/" + rule.alsoContains())) {
                    throw new UserError(place(name, row) + "：分组“" + rule.groupName() + "”的这条规则（" + rule.match()
                            + "“" + rule.pattern() + "”）在前面已经出现过，请删去重复的一行。");
                }
                rules.computeIfAbsent(rule.groupName(), g -> new ArrayList<>()).add(rule);
                String description = text(name, row, columns, "description");
                if (description != null) {
                    descriptions.putIfAbsent(rule.groupName(), description);
                }
            }
            if (rules.isEmpty()) {
                throw new UserError("案由分组文件“" + name + "”只有表头，没有分组。要取消全部分组，请保留至少一个分组，"
                        + "或在数据库中删除 core.cause_group 的行。");
            }
            return rules.entrySet().stream()
                    .map(e -> new Group(e.getKey(), descriptions.get(e.getKey()), List.copyOf(e.getValue())))
                    .toList();
        } catch (UnreadableFileException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    private static Map<String, Integer> columns(String name, SourceRow header) {
        Map<String, Integer> columns = ReferenceFileHeader.columns(header, HEADERS);
        for (String required : List.of("group_name", "match", "pattern")) {
            if (!columns.containsKey(required)) {
                throw new UserError("案由分组文件“" + name + "”第" + header.rowNumber() + "行（表头）缺少“"
                        + chinese(required) + "”列。表头应为：分组, 匹配方式, 案由, 同时包含, 说明"
                        + "（或 group_name, match, pattern, also_contains, description）。");
            }
        }
        return columns;
    }

    private static Rule rule(String name, SourceRow row, Map<String, Integer> columns) {
        String group = text(name, row, columns, "group_name");
        if (group == null) {
            throw new UserError(place(name, row) + "：“分组”为空，请填写分组名称（如 知识产权）。");
        }
        String written = text(name, row, columns, "match");
        String match = written == null ? null : MATCHES.get(written);
        if (match == null) {
            throw new UserError(place(name, row) + "：“匹配方式”为“" + (written == null ? "" : written)
                    + "”，应为 等于、开头 或 包含（exact、prefix、contains）。");
        }
        String pattern = text(name, row, columns, "pattern");
        if (pattern == null || pattern.codePoints().allMatch(Character::isWhitespace)) {
            throw new UserError(place(name, row) + "：“案由”为空，请填写案由或其中的文字（如 商标）。");
        }
        return new Rule(group, match, pattern, text(name, row, columns, "also_contains"));
    }

    private static String text(String name, SourceRow row, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        try {
            String text = Values.text(row.cell(index));
            return text == null || text.isBlank() ? null : text.strip();
        } catch (ValueRejection e) {
            throw new UserError(place(name, row) + "“" + chinese(column) + "”列：" + e.getMessage());
        }
    }

    private static String chinese(String column) {
        return switch (column) {
            case "group_name" -> "分组";
            case "match" -> "匹配方式";
            case "pattern" -> "案由";
            case "also_contains" -> "同时包含";
            default -> "说明";
        };
    }

    private static String place(String name, SourceRow row) {
        return "案由分组文件“" + name + "”第" + row.rowNumber() + "行";
    }
}
