package org.courtstats.samples.world;

import java.util.Arrays;

/**
 * The three registers of issue #15 that a court keeps beside its case lists (the contract shared with
 * the feeds' declarations, jobs/feeds/): not one row per case, but one per flag, application or
 * online filing. Each follows the look of one of the court's case files, see
 * {@link org.courtstats.samples.quirks.RegisterStyles}.
 */
public enum Register {
    /** 四类案件监管台账: trial cases flagged as one of the four kinds, and their supervision. */
    SUPERVISION("supervision", "四类案件", "四类案件监管台账"),
    /** 联系法官申请: parties' requests to reach the judge of their case, and the replies. */
    JUDGE_CONTACT("judge_contact", "联系法官", "联系法官申请"),
    /** 网上立案审核: filings submitted online, and the court's review of them. */
    ONLINE_FILING("online_filing", "网上立案", "网上立案审核");

    private final String id;
    private final String word;
    private final String title;

    Register(String id, String word, String title) {
        this.id = id;
        this.word = word;
        this.title = title;
    }

    /** The feed code: supervision, judge_contact, online_filing. */
    public String id() {
        return id;
    }

    /** The word a file name carries (the contract's file_name_word). */
    public String word() {
        return word;
    }

    /** What a title row calls the register. */
    public String title() {
        return title;
    }

    public static boolean isRegister(String id) {
        return Arrays.stream(values()).anyMatch(r -> r.id.equals(id));
    }

    public static Register of(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown register '" + id + "': expected supervision, judge_contact or online_filing"));
    }
}
