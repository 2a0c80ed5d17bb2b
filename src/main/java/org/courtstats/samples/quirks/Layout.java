package org.courtstats.samples.quirks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.courtstats.samples.world.Feed;
import org.courtstats.samples.world.Field;
import org.courtstats.samples.world.Rng;

/** The columns of one delivery in order, with their headers: a court's style applied to a feed's fields. */
public final class Layout {

    private static final List<Field> TRIAL = List.of(Field.CASE_NO, Field.CAUSE, Field.FILED_ON, Field.CLOSED_ON,
            Field.DISPOSITION, Field.DEADLINE_ON, Field.OVERDUE, Field.PROCEDURE, Field.HEARINGS,
            Field.ORIGINAL_CASE_NO, Field.JUDGE, Field.DIVISION, Field.CLAIM_AMOUNT);
    private static final List<Field> EXECUTION = List.of(Field.CASE_NO, Field.FILED_ON, Field.CLOSED_ON,
            Field.DISPOSITION, Field.APPLIED_AMOUNT, Field.RECOVERED_AMOUNT, Field.RESPONDENT_TYPE,
            Field.BASIS_CASE_NO, Field.JUDGE);
    private static final List<Field> MEDIATION = List.of(Field.CASE_NO, Field.FILED_ON, Field.CLOSED_ON,
            Field.OUTCOME, Field.FOLLOW_UP, Field.FILED_CASE_NO, Field.MEDIATOR);
    private static final Set<Field> AMOUNTS = EnumSet.of(Field.CLAIM_AMOUNT, Field.APPLIED_AMOUNT,
            Field.RECOVERED_AMOUNT, Field.LITIGATION_FEE);

    private final List<Column> columns;
    private final boolean amountsInWan;

    private Layout(List<Column> columns, boolean amountsInWan) {
        this.columns = List.copyOf(columns);
        this.amountsInWan = amountsInWan;
        checkGroupsAreContiguous();
    }

    /** The fields of a feed in the order of feeds.md section 2. */
    static List<Field> canonicalFields(Feed feed) {
        return switch (feed) {
            case TRIAL -> TRIAL;
            case EXECUTION -> EXECUTION;
            case MEDIATION -> MEDIATION;
        };
    }

    /** @param rng shuffles the columns when the style says the court's export has its own order */
    public static Layout of(Feed feed, DeliveryStyle style, Rng rng) {
        List<Field> fields = new ArrayList<>(canonicalFields(feed));
        switch (style.deadlineColumns()) {
            case DEADLINE_ONLY -> fields.remove(Field.OVERDUE);
            case OVERDUE_ONLY -> fields.remove(Field.DEADLINE_ON);
            case BOTH -> { }
        }
        fields.removeAll(style.omitted());
        for (Field extra : style.extraColumns()) {
            switch (extra) {
                case PARTIES, DISPUTE_TYPE -> fields.add(fields.indexOf(Field.CASE_NO) + 1, extra);
                case LITIGATION_FEE -> fields.add(fields.indexOf(Field.CLAIM_AMOUNT) + 1, extra);
                default -> fields.add(extra);
            }
        }
        if (style.shuffled()) {
            for (int i = fields.size() - 1; i > 0; i--) {
                Collections.swap(fields, i, rng.nextInt(i + 1));
            }
        }
        if (style.extraColumns().contains(Field.SEQUENCE)) {
            // 序号 stays in front however the rest is ordered: it is the row count of the sheet.
            fields.remove(Field.SEQUENCE);
            fields.add(0, Field.SEQUENCE);
        }
        boolean wan = style.amountHeader() == DeliveryStyle.AmountHeader.WAN_IN_HEADER
                || style.amountHeader() == DeliveryStyle.AmountHeader.WAN_GROUP;
        List<Column> columns = new ArrayList<>();
        for (Field field : fields) {
            columns.add(new Column(field, header(feed, field, style), group(field, style)));
        }
        return new Layout(columns, wan);
    }

    private static String header(Feed feed, Field field, DeliveryStyle style) {
        if (field == Field.HEARINGS && style.hearingsAsYesNo()) {
            return "是否开庭";
        }
        String header = style.naming().header(feed, field);
        if (AMOUNTS.contains(field) && style.amountHeader() == DeliveryStyle.AmountHeader.WAN_IN_HEADER) {
            header += "（万元）";
        }
        return header;
    }

    private static String group(Field field, DeliveryStyle style) {
        if ((field == Field.DEADLINE_ON || field == Field.OVERDUE) && style.deadlineGroup()) {
            return "审限";
        }
        if (AMOUNTS.contains(field)) {
            return switch (style.amountHeader()) {
                case WAN_GROUP -> "金额（万元）";
                case YUAN_GROUP -> "金额（元）";
                default -> null;
            };
        }
        return null;
    }

    private void checkGroupsAreContiguous() {
        for (int i = 0; i < columns.size(); i++) {
            String group = columns.get(i).group();
            if (group == null) {
                continue;
            }
            int last = i;
            while (last + 1 < columns.size() && group.equals(columns.get(last + 1).group())) {
                last++;
            }
            for (int j = last + 1; j < columns.size(); j++) {
                if (group.equals(columns.get(j).group())) {
                    throw new IllegalStateException("columns under " + group + " are not side by side");
                }
            }
            i = last;
        }
    }

    public List<Column> columns() {
        return columns;
    }

    public int width() {
        return columns.size();
    }

    public boolean twoRowHeader() {
        return columns.stream().anyMatch(c -> c.group() != null);
    }

    public Set<Field> fields() {
        Set<Field> fields = EnumSet.noneOf(Field.class);
        columns.forEach(c -> fields.add(c.field()));
        return fields;
    }

    /** The column index of a field, or -1. */
    public int indexOf(Field field) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).field() == field) {
                return i;
            }
        }
        return -1;
    }

    public String header(Field field) {
        return columns.get(indexOf(field)).header();
    }

    /** Whether amounts are written in 万元 (the header or the group above says so). */
    public boolean amountsInWan() {
        return amountsInWan;
    }

    public static boolean isAmount(Field field) {
        return AMOUNTS.contains(field);
    }
}
