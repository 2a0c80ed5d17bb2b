package org.courtstats.vocabulary;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The feeds a warehouse knows, in display order: those declared in core.feed or, before any is,
 * the ones shipped in jobs/feeds/ ({@link FeedDeclarations#builtIn()}).
 */
public final class Feeds {

    private final List<Feed> feeds;

    public Feeds(List<Feed> feeds) {
        this.feeds = feeds.stream().sorted(Comparator.comparingInt(Feed::displayOrder)).toList();
    }

    public List<Feed> all() {
        return feeds;
    }

    public Optional<Feed> ofCode(String code) {
        return feeds.stream().filter(feed -> feed.code().equals(code)).findFirst();
    }

    /** The feed of that code, which the caller knows is declared. */
    public Feed require(String code) {
        return ofCode(code).orElseThrow(() -> new IllegalStateException("feed " + code + " is not declared"));
    }

    /** The feed a file name speaks of (…_执行案件_…), if it names exactly one. */
    public Optional<Feed> namedIn(String fileName) {
        List<Feed> named = feeds.stream().filter(feed -> fileName.contains(feed.fileNameWord())).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** The Chinese name of the feed of that code, or the code itself when no feed has it. */
    public String labelOf(String code) {
        return ofCode(code).map(Feed::label).orElse(code);
    }
}
