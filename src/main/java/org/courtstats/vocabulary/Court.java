package org.courtstats.vocabulary;

import java.util.List;

/** A court of the city (core.court). */
public record Court(String code, String name, String shortName, List<String> aliases, boolean basic) {

    /** Every name a file name or title may use for this court, longest first. */
    public List<String> namesLongestFirst() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name, shortName), aliases.stream())
                .distinct()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .toList();
    }
}
