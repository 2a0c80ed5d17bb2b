package org.courtstats.samples.quirks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.courtstats.samples.files.CellValue;
import org.courtstats.samples.world.CaseNo;
import org.courtstats.samples.world.ContactRequest;
import org.courtstats.samples.world.Court;
import org.courtstats.samples.world.LogicalRow;
import org.courtstats.samples.world.OnlineFiling;
import org.courtstats.samples.world.Register;
import org.courtstats.samples.world.Registers;
import org.courtstats.samples.world.Rng;
import org.courtstats.samples.world.SupervisionFlag;

/**
 * A register's rows as one court writes them: its columns in its order under its headers, every value
 * spelled its way, and the style's bad rows planted, each with the issue the pipeline should report.
 */
public final class RegisterTable {

    /** A column of a register; {@link #SEQUENCE} is the 序号 column courts add and the pipeline ignores. */
    public enum Column {
        SEQUENCE, CASE_NO, FLAGGED_ON, CATEGORY, SUPERVISED_ON, FEEDBACK_ON,
        REQUEST_ID, APPLIED_AT, REPLIED_AT, JUDGE, RELATED_CASE_NO, SUBMITTED_AT, REVIEWED_AT, RESULT
    }

    /** An issue of a row: the defect, and the column the pipeline names. */
    public record Issue(RegisterDefect defect, Column column) {
    }

    /** A row to write. */
    public record Row(List<CellValue> cells, List<Issue> issues) {
    }

    private static final Map<Register, List<Column>> COLUMNS = Map.of(
            Register.SUPERVISION, List.of(Column.CASE_NO, Column.FLAGGED_ON, Column.CATEGORY, Column.SUPERVISED_ON,
                    Column.FEEDBACK_ON),
            Register.JUDGE_CONTACT, List.of(Column.REQUEST_ID, Column.APPLIED_AT, Column.REPLIED_AT, Column.JUDGE,
                    Column.RELATED_CASE_NO),
            Register.ONLINE_FILING, List.of(Column.REQUEST_ID, Column.SUBMITTED_AT, Column.REVIEWED_AT, Column.RESULT));

    /** The contract's headers: canonical, then the aliases courts use (the first one, the second one). */
    private static final Map<Column, List<String>> HEADERS = new EnumMap<>(Map.ofEntries(
            Map.entry(Column.SEQUENCE, List.of("序号")),
            Map.entry(Column.CASE_NO, List.of("案号")),
            Map.entry(Column.FLAGGED_ON, List.of("标记日期", "标注日期", "标记时间")),
            Map.entry(Column.CATEGORY, List.of("类别", "四类案件类别", "案件类别")),
            Map.entry(Column.SUPERVISED_ON, List.of("监管日期", "监管时间", "监管时间")),
            Map.entry(Column.FEEDBACK_ON, List.of("反馈日期", "反馈时间", "反馈时间")),
            Map.entry(Column.REQUEST_ID, List.of("申请编号", "编号", "申请号")),
            Map.entry(Column.APPLIED_AT, List.of("申请时间", "提交时间", "提交时间")),
            Map.entry(Column.REPLIED_AT, List.of("回复时间", "答复时间", "答复时间")),
            Map.entry(Column.JUDGE, List.of("承办人", "法官", "承办法官")),
            Map.entry(Column.RELATED_CASE_NO, List.of("案号", "关联案号", "关联案号")),
            Map.entry(Column.SUBMITTED_AT, List.of("提交时间", "申请时间", "申请时间")),
            Map.entry(Column.REVIEWED_AT, List.of("审核时间", "处理时间", "处理时间")),
            Map.entry(Column.RESULT, List.of("审核结果", "处理结果", "处理结果"))));

    /** The contract's other spellings of each choice, the longer ones first. */
    private static final Map<String, List<String>> SPELLINGS = Map.of(
            "群体性纠纷", List.of("涉及群体性纠纷", "群体性"),
            "疑难复杂", List.of("疑难复杂案件", "重大影响"),
            "类案冲突", List.of("与类案判决冲突", "可能冲突"),
            "反映违法审判", List.of("反映法官违法审判", "违法审判"),
            "通过", List.of("审核通过", "准予立案", "已通过"),
            "不通过", List.of("审核不通过", "不予立案", "未通过"),
            "补正", List.of("需补正", "退回补正", "补充材料"));
    private static final String[] PADDINGS = {" %s", "%s ", "\u3000%s", "%s\u3000"};

    /** One row before spelling: the values by column, the key of its spelling draws, its issues. */
    private static final class Entry {
        final Map<Column, Object> values = new EnumMap<>(Column.class);
        final long key;
        final List<Issue> issues = new ArrayList<>();

        Entry(long key) {
            this.key = key;
        }

        Entry copy() {
            Entry copy = new Entry(key);
            copy.values.putAll(values);
            return copy;
        }

        Entry put(Column column, Object value) {
            if (value == null) {
                values.remove(column);
            } else {
                values.put(column, value);
            }
            return this;
        }
    }

    private final RegisterStyle style;
    private final List<Column> columns;
    private final List<Entry> entries;

    private RegisterTable(RegisterStyle style, Rng columnOrder, List<Entry> entries) {
        this.style = style;
        this.entries = entries;
        List<Column> order = new ArrayList<>(COLUMNS.get(style.register()));
        if (style.look().shuffled()) {
            for (int i = order.size() - 1; i > 0; i--) {
                Collections.swap(order, i, columnOrder.nextInt(i + 1));
            }
        }
        if (style.look().extraColumns().contains(org.courtstats.samples.world.Field.SEQUENCE)) {
            order.add(0, Column.SEQUENCE);
        }
        this.columns = List.copyOf(order);
    }

    public static RegisterTable supervision(RegisterStyle style, Court court, YearMonth month,
                                            List<SupervisionFlag> flags, Registers registers, long seed) {
        List<Entry> entries = new ArrayList<>();
        for (SupervisionFlag f : flags) {
            entries.add(new Entry(f.key()).put(Column.CASE_NO, f.caseNo()).put(Column.FLAGGED_ON, f.flaggedOn())
                    .put(Column.CATEGORY, f.category()).put(Column.SUPERVISED_ON, f.supervisedOn())
                    .put(Column.FEEDBACK_ON, f.feedbackOn()));
        }
        RegisterTable table = new RegisterTable(style, columnOrder(seed, court, style), entries);
        table.plant(Rng.of(seed, "register-defects", court.code(), style.register().id(), month), court, month,
                registers);
        return table;
    }

    public static RegisterTable judgeContacts(RegisterStyle style, Court court, YearMonth month,
                                              List<ContactRequest> requests, long seed) {
        List<Entry> entries = new ArrayList<>();
        for (ContactRequest r : requests) {
            entries.add(new Entry(r.key()).put(Column.REQUEST_ID, r.id()).put(Column.APPLIED_AT, r.appliedAt())
                    .put(Column.REPLIED_AT, r.repliedAt()).put(Column.JUDGE, r.judge())
                    .put(Column.RELATED_CASE_NO, r.caseNo()));
        }
        RegisterTable table = new RegisterTable(style, columnOrder(seed, court, style), entries);
        table.plant(Rng.of(seed, "register-defects", court.code(), style.register().id(), month), court, month, null);
        return table;
    }

    public static RegisterTable onlineFilings(RegisterStyle style, Court court, YearMonth month,
                                              List<OnlineFiling> filings, long seed) {
        List<Entry> entries = new ArrayList<>();
        for (OnlineFiling f : filings) {
            entries.add(new Entry(f.key()).put(Column.REQUEST_ID, f.id()).put(Column.SUBMITTED_AT, f.submittedAt())
                    .put(Column.REVIEWED_AT, f.reviewedAt()).put(Column.RESULT, f.result()));
        }
        RegisterTable table = new RegisterTable(style, columnOrder(seed, court, style), entries);
        table.plant(Rng.of(seed, "register-defects", court.code(), style.register().id(), month), court, month, null);
        return table;
    }

    private static Rng columnOrder(long seed, Court court, RegisterStyle style) {
        return Rng.of(seed, "column-order", court.code(), style.register().id());
    }

    public List<Column> columns() {
        return columns;
    }

    public int width() {
        return columns.size();
    }

    public List<String> headers() {
        return columns.stream().map(this::header).toList();
    }

    /** The header of a column as this court writes it. */
    public String header(Column column) {
        List<String> names = HEADERS.get(column);
        int variant = switch (style.look().naming()) {
            case CANONICAL -> 0;
            case ALIASES_A -> 1;
            case ALIASES_B -> 2;
            // Canonical but for the columns a clerk renamed: every other column of the register.
            case SOME_ALIASES -> COLUMNS.get(style.register()).indexOf(column) % 2 == 1 ? 1 : 0;
        };
        return names.get(Math.min(variant, names.size() - 1));
    }

    /** The rows, spelled; a row's 序号 is its position. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            List<CellValue> cells = new ArrayList<>(columns.size());
            for (Column column : columns) {
                cells.add(column == Column.SEQUENCE ? count(i + 1) : cell(column, entry.values.get(column), entry.key));
            }
            rows.add(new Row(cells, List.copyOf(entry.issues)));
        }
        return rows;
    }

    private CellValue count(int value) {
        return style.format().excel() ? new CellValue.Number(BigDecimal.valueOf(value), null)
                : new CellValue.Text(String.valueOf(value));
    }

    private CellValue cell(Column column, Object value, long key) {
        if (value == null) {
            List<String> markers = style.look().emptyMarkers();
            String marker = markers.get((int) Math.floorMod(key + column.ordinal(), (long) markers.size()));
            return marker.isEmpty() ? CellValue.BLANK : new CellValue.Text(marker);
        }
        if (value instanceof LogicalRow.Raw raw) {
            return new CellValue.Text(raw.text());
        }
        DeliveryStyle look = style.look();
        return switch (column) {
            case CASE_NO, RELATED_CASE_NO -> new CellValue.Text(look.caseNos().spell((CaseNo) value, key + column.ordinal()));
            case FLAGGED_ON -> look.filedDates().cell((LocalDate) value, Rng.key(key, column));
            case SUPERVISED_ON, FEEDBACK_ON -> look.closedDates().cell((LocalDate) value, Rng.key(key, column));
            case APPLIED_AT, REPLIED_AT, SUBMITTED_AT, REVIEWED_AT -> style.dateTimes().cell((LocalDateTime) value);
            case CATEGORY, RESULT -> padded(spell((String) value, key), key, column);
            case JUDGE -> padded((String) value, key, column);
            default -> new CellValue.Text(String.valueOf(value));
        };
    }

    private String spell(String canonical, long key) {
        List<String> others = SPELLINGS.get(canonical);
        boolean other = switch (style.look().vocabulary()) {
            case CANONICAL -> false;
            case VERBOSE -> true;
            case MIXED -> Rng.of(key, "choice-spelling").chance(0.5);
        };
        return other ? others.get((int) Math.floorMod(key, (long) others.size())) : canonical;
    }

    private CellValue padded(String text, long key, Column column) {
        if (style.look().padded() && Rng.of(key, "padding", column).chance(0.1)) {
            return new CellValue.Text(String.format(PADDINGS[(int) Math.floorMod(key, (long) PADDINGS.length)], text));
        }
        return new CellValue.Text(text);
    }

    /** Plants each of the style's defects once, at a random row that suits it and carries no other issue. */
    private void plant(Rng rng, Court court, YearMonth month, Registers registers) {
        for (RegisterDefect defect : style.defects()) {
            if (entries.size() < 10) {
                return;
            }
            int at = suitableRow(rng.nextInt(entries.size() - 1), defect);
            if (at < 0) {
                continue;
            }
            Entry entry = entries.get(at);
            Column key = style.register() == Register.SUPERVISION ? Column.CASE_NO : Column.REQUEST_ID;
            Column moment = style.register() == Register.JUDGE_CONTACT ? Column.APPLIED_AT : Column.SUBMITTED_AT;
            switch (defect) {
                case MISSING_KEY -> issue(entry.put(key, null), defect, key);
                case DUPLICATE_KEY -> {
                    if (style.register() == Register.SUPERVISION) {
                        // The same case flagged twice, the second time under another kind.
                        Entry again = entry.copy().put(Column.CATEGORY, "疑难复杂".equals(entry.values.get(Column.CATEGORY))
                                ? "群体性纠纷" : "疑难复杂");
                        entries.add(at + 1, issue(again, defect, key));
                    } else {
                        issue(entries.get(at + 1).put(key, entry.values.get(key)), defect, key);
                    }
                    issue(entry, defect, key);
                }
                case IMPOSSIBLE_DATE -> issue(entry.put(Column.FLAGGED_ON,
                        new LogicalRow.Raw(month.getYear() + "-02-30")), defect, Column.FLAGGED_ON);
                case IMPOSSIBLE_DATE_TIME -> issue(entry.put(moment, new LogicalRow.Raw(
                        style.dateTimes().impossible((LocalDateTime) entry.values.get(moment)))), defect, moment);
                case UNKNOWN_CHOICE -> {
                    Column choice = style.register() == Register.SUPERVISION ? Column.CATEGORY : Column.RESULT;
                    issue(entry.put(choice, new LogicalRow.Raw(choice == Column.CATEGORY ? "重点案件" : "待审")),
                            defect, choice);
                }
                case MISSING_RESULT -> issue(entry.put(Column.RESULT, null), defect, Column.RESULT);
                case NOT_A_TRIAL_CASE -> entries.add(at + 1, issue(entry.copy().put(Column.CASE_NO,
                        registers.unfiledTrialCase(court, month, rng)), defect, Column.CASE_NO));
                case OTHER_COURTS_CASE -> entries.add(at + 1, issue(entry.copy().put(Column.CASE_NO,
                        registers.otherCourtsTrialCase(court, month, rng)), defect, Column.CASE_NO));
            }
        }
    }

    /** The first row from {@code from} on that the defect can spoil and that has no issue yet (nor its next, for a duplicate). */
    private int suitableRow(int from, RegisterDefect defect) {
        for (int n = 0; n < entries.size() - 1; n++) {
            int at = (from + n) % (entries.size() - 1);
            Entry entry = entries.get(at);
            boolean free = entry.issues.isEmpty() && entries.get(at + 1).issues.isEmpty();
            boolean suits = switch (defect) {
                case UNKNOWN_CHOICE -> entry.values.containsKey(style.register() == Register.SUPERVISION
                        ? Column.CATEGORY : Column.RESULT);
                case MISSING_RESULT -> entry.values.containsKey(Column.RESULT);
                default -> true;
            };
            if (free && suits) {
                return at;
            }
        }
        return -1;
    }

    private static Entry issue(Entry entry, RegisterDefect defect, Column column) {
        entry.issues.add(new Issue(defect, column));
        return entry;
    }
}
