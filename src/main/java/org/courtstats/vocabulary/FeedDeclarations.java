package org.courtstats.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads feed declarations: the YAML files of jobs/feeds/ (one feed a file, format in its README.md).
 * The same reading serves the files shipped in the jar (the three feeds feeds.md defines), the files a
 * statistician loads with the {@code feeds} command, and the declarations kept in core.feed, so a feed
 * behaves the same wherever its declaration was read from.
 */
public final class FeedDeclarations {

    /** Where the jar keeps the declarations of jobs/feeds/. */
    private static final String BUILT_IN = "classpath*:feeds/*.yaml";
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final Set<String> FEED_KEYS = Set.of("code", "name", "report_name", "name_en", "display_order",
            "file_name_word", "case_types", "columns", "key", "court_from", "dated_by", "cases_of");
    private static final Set<String> COLUMN_KEYS = Set.of("field", "header", "aliases", "type", "required",
            "column_required", "choices", "unknown_choice", "alias_types", "unit", "when_empty", "required_with");
    /** Columns of core.case_row the case-number parser fills: no declaration may name them. */
    private static final Set<CaseField> DERIVED = EnumSet.of(CaseField.CASE_NO_RAW, CaseField.CASE_YEAR,
            CaseField.CASE_COURT_CODE, CaseField.CASE_TYPE_CODE, CaseField.CASE_SERIAL,
            CaseField.ORIGINAL_COURT_CODE, CaseField.ORIGINAL_TYPE_CODE, CaseField.BASIS_COURT_CODE,
            CaseField.BASIS_TYPE_CODE);

    /** The value types that fit each typed column of core.case_row (its SQL type); other fields are free. */
    private static final Map<CaseField, Set<ValueType>> FITS = fits();

    /** court_from: the court of a delivery is that of most of its case numbers (the default) … */
    public static final String COURT_FROM_CASE_NUMBERS = "case_numbers";
    /** … or the one its file name names (a register of applications carries no 案号). */
    public static final String COURT_FROM_FILE_NAME = "file_name";

    private static volatile Feeds builtIn;

    private FeedDeclarations() {
    }

    private static Map<CaseField, Set<ValueType>> fits() {
        Map<CaseField, Set<ValueType>> fits = new java.util.EnumMap<>(CaseField.class);
        Set<ValueType> caseNumber = EnumSet.of(ValueType.CASE_NO);
        Set<ValueType> text = EnumSet.of(ValueType.TEXT, ValueType.CHOICE);
        for (CaseField field : CaseField.values()) {
            fits.put(field, switch (field) {
                case CASE_NO, ORIGINAL_CASE_NO, FILED_CASE_NO -> caseNumber;
                case BASIS_CASE_NO -> EnumSet.of(ValueType.CASE_NO, ValueType.CASE_NO_OR_TEXT);
                case FILED_ON, CLOSED_ON, DEADLINE_ON -> EnumSet.of(ValueType.DATE);
                case OVERDUE -> EnumSet.of(ValueType.YES_NO);
                case HEARINGS -> EnumSet.of(ValueType.COUNT, ValueType.YES_NO_AS_COUNT);
                case CLAIM_AMOUNT, APPLIED_AMOUNT, RECOVERED_AMOUNT -> EnumSet.of(ValueType.AMOUNT);
                default -> text;
            });
        }
        return fits;
    }

    /** The declarations shipped in the jar (jobs/feeds/*.yaml of this release). */
    public static Feeds builtIn() {
        Feeds feeds = builtIn;
        if (feeds == null) {
            synchronized (FeedDeclarations.class) {
                if (builtIn == null) {
                    builtIn = readBuiltIn();
                }
                feeds = builtIn;
            }
        }
        return feeds;
    }

    private static Feeds readBuiltIn() {
        try {
            List<Feed> feeds = new ArrayList<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(BUILT_IN)) {
                try (InputStream in = resource.getInputStream()) {
                    feeds.add(parse(resource.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            return checked(feeds);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in feed declarations: " + e.getMessage(), e);
        }
    }

    /**
     * Checks that feeds can be declared together: codes, names, display orders and file-name words
     * unique. A 类型代字 may be carried by two feeds (a ledger of trial cases takes trial case numbers).
     *
     * @throws FeedDeclarationException naming what two feeds share
     */
    public static Feeds checked(Collection<Feed> feeds) {
        unique(feeds, "code", Feed::code);
        unique(feeds, "name", Feed::label);
        unique(feeds, "report_name", Feed::reportName);
        unique(feeds, "name_en", Feed::englishName);
        unique(feeds, "display_order", feed -> String.valueOf(feed.displayOrder()));
        unique(feeds, "file_name_word", Feed::fileNameWord);
        for (Feed feed : feeds) {
            if (feed.casesOf() != null && feeds.stream().noneMatch(other -> other.code().equals(feed.casesOf()))) {
                throw new FeedDeclarationException("报表 " + feed.code() + " 的 cases_of（“" + feed.casesOf()
                        + "”）不是已声明的报表");
            }
        }
        return new Feeds(List.copyOf(feeds));
    }

    private static void unique(Collection<Feed> feeds, String key, java.util.function.Function<Feed, String> value) {
        Map<String, String> seen = new HashMap<>();
        for (Feed feed : feeds) {
            String other = seen.put(value.apply(feed), feed.code());
            if (other != null) {
                throw new FeedDeclarationException("报表 " + other + " 和 " + feed.code() + " 的 " + key + " 相同（“"
                        + value.apply(feed) + "”），须各不相同");
            }
        }
    }

    /**
     * Reads one declaration.
     *
     * @param source the file name, for messages
     * @throws FeedDeclarationException naming the file, the key and the value when the text is not a
     *                                  usable declaration
     */
    public static Feed parse(String source, String text) {
        Object document;
        try {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            throw new FeedDeclarationException("报表声明文件“" + source + "”不是有效的 YAML：" + e.getMessage());
        }
        Reader feed = new Reader(source, "", map(source, "", document));
        feed.onlyKeys(FEED_KEYS);
        String code = feed.text("code");
        if (!CODE.matcher(code).matches()) {
            throw feed.error("code", code, "须为小写英文字母开头，只含小写字母、数字和下划线");
        }
        List<FieldSpec> fields = new ArrayList<>();
        Set<String> headers = new HashSet<>();
        Set<String> codes = new HashSet<>();
        List<Object> columns = feed.list("columns");
        for (int i = 0; i < columns.size(); i++) {
            Reader column = new Reader(source, "columns 第" + (i + 1) + "项的", map(source, "columns", columns.get(i)));
            FieldSpec spec = field(column);
            if (!codes.add(spec.code())) {
                throw column.error("field", spec.code(), "在本报表中出现了两次");
            }
            for (String header : spec.headers()) {
                if (!headers.add(header)) {
                    throw column.error("header", header, "已是本报表另一列的列名或别名");
                }
            }
            fields.add(spec);
        }
        String key = feed.has("key") ? feed.text("key") : CaseField.CASE_NO.column();
        requireEveryRow(feed, "key", key, fields, EnumSet.of(ValueType.CASE_NO, ValueType.TEXT));
        String courtFrom = feed.has("court_from") ? feed.text("court_from") : COURT_FROM_CASE_NUMBERS;
        if (!courtFrom.equals(COURT_FROM_CASE_NUMBERS) && !courtFrom.equals(COURT_FROM_FILE_NAME)) {
            throw feed.error("court_from", courtFrom, "可用：" + COURT_FROM_CASE_NUMBERS + "（按案号）、"
                    + COURT_FROM_FILE_NAME + "（按文件名中的法院名称）");
        }
        if (courtFrom.equals(COURT_FROM_CASE_NUMBERS)) {
            requireKey(feed, fields, CaseField.CASE_NO, ValueType.CASE_NO);
        }
        String datedBy = feed.has("dated_by") ? feed.text("dated_by") : null;
        if (datedBy == null) {
            requireKey(feed, fields, CaseField.FILED_ON, ValueType.DATE);
        } else {
            requireEveryRow(feed, "dated_by", datedBy, fields, EnumSet.of(ValueType.DATETIME));
            if (fields.stream().anyMatch(spec -> spec.field() == CaseField.FILED_ON)) {
                throw feed.error("dated_by", datedBy, "与 field: filed_on 只能用其一：filed_on 取自 dated_by 的日期");
            }
        }
        for (FieldSpec spec : fields) {
            if (spec.requiredWith() != null && (spec.requiredWith().equals(spec.code())
                    || fields.stream().noneMatch(other -> other.code().equals(spec.requiredWith())))) {
                throw feed.error("columns", spec.code(), "required_with（“" + spec.requiredWith()
                        + "”）须为本报表另一列的 field");
            }
        }
        String casesOf = feed.has("cases_of") ? feed.text("cases_of") : null;
        if (casesOf != null && (!CODE.matcher(casesOf).matches() || casesOf.equals(code)
                || fields.stream().noneMatch(spec -> spec.field() == CaseField.CASE_NO))) {
            throw feed.error("cases_of", casesOf, "须为另一种报表的 code，且本报表须有 case_no 列：本报表的每个案号须见于该报表");
        }
        return new Feed(code, feed.text("name"), feed.text("report_name"), feed.text("name_en"),
                feed.integer("display_order"), feed.text("file_name_word"),
                new LinkedHashSet<>(feed.texts("case_types")), fields, text, key,
                courtFrom.equals(COURT_FROM_FILE_NAME), datedBy, casesOf);
    }

    /**
     * A feed-level key (key, dated_by) names a field of the feed, of a type that fits, whose column
     * every delivery has and whose value every row has.
     */
    private static void requireEveryRow(Reader feed, String key, String code, List<FieldSpec> fields,
                                        Set<ValueType> types) {
        FieldSpec spec = fields.stream().filter(f -> f.code().equals(code)).findFirst()
                .orElseThrow(() -> feed.error(key, code, "不是本报表 columns 中的 field"));
        if (!types.contains(spec.type()) || spec.requirement() != Requirement.REQUIRED || !spec.columnRequired()) {
            throw feed.error(key, code, "该列须为 type: " + String.join(" 或 ", types.stream().map(ValueType::declaredName)
                    .toList()) + "，required: always，column_required: true：每一行都须有它");
        }
    }

    /**
     * A feed whose court is learnt from its case numbers has a 案号 in every row, and a feed without
     * dated_by a date its windows count from in every row.
     */
    private static void requireKey(Reader feed, List<FieldSpec> fields, CaseField key, ValueType type) {
        boolean declared = fields.stream().anyMatch(spec -> spec.field() == key && spec.type() == type
                && spec.requirement() == Requirement.REQUIRED && spec.columnRequired());
        if (!declared) {
            throw feed.error("columns", key.column(), "缺少 field: " + key.column() + "（type: " + type.declaredName()
                    + "，required: always，column_required: true）：每一行都须有它"
                    + (key == CaseField.CASE_NO ? "（或声明 court_from: file_name，按文件名确定法院）"
                            : "（或声明 dated_by: 某个 datetime 列，取其日期）"));
        }
    }

    private static FieldSpec field(Reader column) {
        column.onlyKeys(COLUMN_KEYS);
        String code = column.text("field");
        if (!CODE.matcher(code).matches()) {
            throw column.error("field", code, "须为小写英文字母开头，只含小写字母、数字和下划线");
        }
        CaseField field = Arrays.stream(CaseField.values()).filter(f -> f.column().equals(code)).findFirst().orElse(null);
        if (field != null && DERIVED.contains(field)) {
            throw column.error("field", code, "由案号解析得出，不能作为报表的列");
        }
        List<String> headers = new ArrayList<>();
        headers.add(column.text("header"));
        if (column.has("aliases")) {
            headers.addAll(column.texts("aliases"));
        }
        ValueType type = column.valueType("type");
        Requirement requirement = column.has("required")
                ? Requirement.ofDeclaredName(column.text("required")).orElseThrow(() -> column.error("required",
                        column.text("required"), "可用：" + String.join("、",
                                Arrays.stream(Requirement.values()).map(Requirement::declaredName).toList())))
                : Requirement.OPTIONAL;
        if (field != null) {
            for (ValueType reading : typeByHeaderAnd(type, column)) {
                if (!FITS.get(field).contains(reading)) {
                    throw column.error("type", reading.declaredName(), "不适用于 field: " + code + "（可用："
                            + String.join("、", FITS.get(field).stream().map(ValueType::declaredName).toList())
                            + "）；要用这种类型，请给这一列另起一个 field 名称");
                }
            }
        }
        if (requirement == Requirement.REQUIRED_FOR_SECOND_INSTANCE && field != CaseField.ORIGINAL_CASE_NO) {
            throw column.error("required", requirement.declaredName(), "只用于 original_case_no（原审案号）");
        }
        boolean columnRequired = column.has("column_required") && column.bool("column_required");
        Map<String, ValueType> typeByHeader = new LinkedHashMap<>();
        if (column.has("alias_types")) {
            Reader aliasTypes = new Reader(column.source, column.where + "alias_types 的",
                    map(column.source, "alias_types", column.values.get("alias_types")));
            for (String header : aliasTypes.values.keySet()) {
                if (!headers.contains(header)) {
                    throw column.error("alias_types", header, "不是本列的列名或别名");
                }
                typeByHeader.put(header, aliasTypes.valueType(header));
            }
        }
        Choices choices = null;
        if (type == ValueType.CHOICE) {
            if (!column.has("choices")) {
                throw column.error("type", "choice", "须用 choices 列出可用的取值");
            }
            choices = choices(column);
        } else if (column.has("choices") || column.has("unknown_choice")) {
            throw column.error("choices", code, "只用于 type: choice 的列");
        }
        BigDecimal whenEmpty = column.has("when_empty") ? column.number("when_empty") : null;
        if (whenEmpty != null && type != ValueType.AMOUNT) {
            throw column.error("when_empty", whenEmpty, "只用于 type: amount 的列");
        }
        String requiredWith = column.has("required_with") ? column.text("required_with") : null;
        if (requiredWith != null && requirement != Requirement.OPTIONAL) {
            throw column.error("required_with", requiredWith, "只用于 required: optional 的列（有另一列的值时才必填）");
        }
        return new FieldSpec(code, field, headers, type, typeByHeader, requirement, columnRequired, choices,
                column.has("unit") ? column.text("unit") : null, whenEmpty, requiredWith);
    }

    /** The column's type and those of its alias_types, read before the rest of the column is checked. */
    private static List<ValueType> typeByHeaderAnd(ValueType type, Reader column) {
        List<ValueType> types = new ArrayList<>(List.of(type));
        if (column.has("alias_types")) {
            Reader aliasTypes = new Reader(column.source, column.where + "alias_types 的",
                    map(column.source, "alias_types", column.values.get("alias_types")));
            aliasTypes.values.keySet().forEach(header -> types.add(aliasTypes.valueType(header)));
        }
        return types;
    }

    private static Choices choices(Reader column) {
        ReasonCode whenUnknown = ReasonCode.BAD_VALUE;
        if (column.has("unknown_choice")) {
            String name = column.text("unknown_choice");
            whenUnknown = Arrays.stream(ReasonCode.values()).filter(r -> r.name().equals(name)
                    && r.severity() == Severity.ERROR).findFirst().orElseThrow(() -> column.error("unknown_choice", name,
                    "须为错误类原因代码，如 BAD_VALUE、UNKNOWN_DISPOSITION"));
        }
        Reader declared = new Reader(column.source, column.where + "choices 的",
                map(column.source, "choices", column.values.get("choices")));
        List<Choices.Choice> values = new ArrayList<>();
        for (String label : declared.values.keySet()) {
            Object spellings = declared.values.get(label);
            values.add(new Choices.Choice(label, spellings == null ? List.of() : declared.texts(label)));
        }
        if (values.isEmpty()) {
            throw column.error("choices", "", "至少须有一个取值");
        }
        try {
            return new Choices(values, whenUnknown);
        } catch (IllegalArgumentException e) {
            throw column.error("choices", "", e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(String source, String key, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new FeedDeclarationException("报表声明文件“" + source + "”" + (key.isEmpty() ? "" : "的 " + key)
                    + " 须为“键: 值”的映射");
        }
        Map<String, Object> byKey = new LinkedHashMap<>();
        map.forEach((k, v) -> byKey.put(String.valueOf(k), v));
        return byKey;
    }

    /** The keys of one YAML mapping, each read as the declaration expects, with messages naming it. */
    private static final class Reader {
        private final String source;
        private final String where;
        private final Map<String, Object> values;

        Reader(String source, String where, Map<String, Object> values) {
            this.source = source;
            this.where = where;
            this.values = values;
        }

        FeedDeclarationException error(String key, Object value, String why) {
            return new FeedDeclarationException("报表声明文件“" + source + "”" + where + " " + key
                    + (value == null || value.toString().isEmpty() ? "" : "（“" + value + "”）") + "：" + why);
        }

        void onlyKeys(Set<String> known) {
            for (String key : values.keySet()) {
                if (!known.contains(key)) {
                    throw error(key, null, "不是可用的键（可用：" + String.join("、", known.stream().sorted().toList()) + "）");
                }
            }
        }

        boolean has(String key) {
            return values.get(key) != null;
        }

        private Object required(String key) {
            Object value = values.get(key);
            if (value == null) {
                throw error(key, null, "缺少此项");
            }
            return value;
        }

        String text(String key) {
            Object value = required(key);
            if (value instanceof Map || value instanceof List || value instanceof Boolean) {
                throw error(key, value, "须为一段文字");
            }
            String text = value.toString().strip();
            if (text.isEmpty()) {
                throw error(key, null, "不能为空");
            }
            return text;
        }

        int integer(String key) {
            if (!(required(key) instanceof Integer number)) {
                throw error(key, values.get(key), "须为整数");
            }
            return number;
        }

        BigDecimal number(String key) {
            Object value = required(key);
            if (!(value instanceof Number number)) {
                throw error(key, value, "须为数字");
            }
            return new BigDecimal(number.toString());
        }

        boolean bool(String key) {
            if (!(required(key) instanceof Boolean bool)) {
                throw error(key, values.get(key), "须为 true 或 false");
            }
            return bool;
        }

        List<Object> list(String key) {
            if (!(required(key) instanceof List<?> list) || list.isEmpty()) {
                throw error(key, null, "须为非空的列表");
            }
            return List.copyOf(list);
        }

        List<String> texts(String key) {
            List<String> texts = new ArrayList<>();
            for (Object item : (List<?>) (required(key) instanceof List<?> l ? l : List.of(required(key)))) {
                if (item == null || item instanceof Map || item instanceof List || item.toString().isBlank()) {
                    throw error(key, item, "列表中每一项须为一段文字");
                }
                texts.add(item.toString().strip());
            }
            return texts;
        }

        ValueType valueType(String key) {
            String name = text(key);
            return ValueType.ofDeclaredName(name).orElseThrow(() -> error(key, name, "不是可用的值类型（可用："
                    + String.join("、", Arrays.stream(ValueType.values()).map(ValueType::declaredName).toList()) + "）"));
        }
    }
}
