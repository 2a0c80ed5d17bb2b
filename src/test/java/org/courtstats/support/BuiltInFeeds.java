package org.courtstats.support;

import org.courtstats.vocabulary.Feed;
import org.courtstats.vocabulary.FeedDeclarations;

/** The three feeds shipped in jobs/feeds/, as the code reads them. */
public final class BuiltInFeeds {

    public static final Feed TRIAL = FeedDeclarations.builtIn().require("trial");
    public static final Feed EXECUTION = FeedDeclarations.builtIn().require("execution");
    public static final Feed MEDIATION = FeedDeclarations.builtIn().require("mediation");

    private BuiltInFeeds() {
    }
}
