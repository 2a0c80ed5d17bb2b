package org.courtstats.samples.world;

import java.util.Arrays;

/** The three feeds of feeds.md section 2, with the word a file name uses for each. */
public enum Feed {
    TRIAL("trial", "审判案件"),
    EXECUTION("execution", "执行案件"),
    MEDIATION("mediation", "诉前调解");

    private final String id;
    private final String title;

    Feed(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The name used on the command line and in the summary: trial, execution, mediation. */
    public String id() {
        return id;
    }

    /** The Chinese word a file name and a title row carry. */
    public String title() {
        return title;
    }

    public static Feed of(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown feed '" + id + "': expected trial, execution or mediation"));
    }
}
