package org.courtstats.samples.world;

import java.util.Map;
import java.util.Set;

/**
 * The 类型代字 the simulated courts use and the feed each belongs to, as in
 * {@code shared/reference/case-types.csv} ({@code ReferenceDataTest} checks them against it). 民保 is the
 * deliberate exception: well-formed but not in the table, so the pipeline keeps and flags it.
 */
public final class CaseTypes {

    public static final String UNKNOWN_TYPE = "民保";

    static final Set<String> FIRST_INSTANCE_APPEALABLE = Set.of("民初", "刑初", "行初");

    /** Retrial applications and retrials: loaded without 原审案号, with a warning (feeds.md 2.1). */
    public static final Set<String> RETRIAL = Set.of("民申", "刑申", "民再");

    private static final Map<String, Feed> FEEDS = Map.ofEntries(
            Map.entry("民初", Feed.TRIAL), Map.entry("刑初", Feed.TRIAL), Map.entry("行初", Feed.TRIAL),
            Map.entry("民终", Feed.TRIAL), Map.entry("刑终", Feed.TRIAL), Map.entry("行终", Feed.TRIAL),
            Map.entry("民申", Feed.TRIAL), Map.entry("刑申", Feed.TRIAL), Map.entry("民再", Feed.TRIAL), Map.entry("民辖终", Feed.TRIAL),
            Map.entry("刑更", Feed.TRIAL), Map.entry("民特", Feed.TRIAL), Map.entry("民督", Feed.TRIAL),
            Map.entry("财保", Feed.TRIAL), Map.entry("民保令", Feed.TRIAL), Map.entry("民他", Feed.TRIAL),
            Map.entry("诉前调确", Feed.TRIAL), Map.entry("诉前调书", Feed.TRIAL),
            Map.entry(UNKNOWN_TYPE, Feed.TRIAL),
            Map.entry("执", Feed.EXECUTION), Map.entry("执恢", Feed.EXECUTION),
            Map.entry("执保", Feed.EXECUTION), Map.entry("执异", Feed.EXECUTION),
            Map.entry("执复", Feed.EXECUTION), Map.entry("执监", Feed.EXECUTION),
            Map.entry("民诉前调", Feed.MEDIATION), Map.entry("诉前调", Feed.MEDIATION));

    private CaseTypes() {
    }

    static Feed feedOf(String type) {
        Feed feed = FEEDS.get(type);
        if (feed == null) {
            throw new IllegalArgumentException("the generator does not simulate type " + type);
        }
        return feed;
    }

    /** Every type the generator writes, for the reference check. */
    static Set<String> all() {
        return FEEDS.keySet();
    }
}
