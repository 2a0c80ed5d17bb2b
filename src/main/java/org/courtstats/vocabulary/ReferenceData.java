package org.courtstats.vocabulary;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The city's courts, the case types and the feeds, as loaded from core.court, core.case_type and core.feed. */
public final class ReferenceData {

    private final Map<String, Court> courts;
    private final Map<String, CaseType> caseTypes;
    /** (name, court) pairs, longest name first, so that 宛城区法院 wins over 宛城. */
    private final List<Map.Entry<String, Court>> courtNames;
    private final Feeds feeds;

    /** With the feeds shipped in jobs/feeds/, for a warehouse (or a test) that declares none of its own. */
    public ReferenceData(Collection<Court> courts, Collection<CaseType> caseTypes) {
        this(courts, caseTypes, FeedDeclarations.builtIn());
    }

    public ReferenceData(Collection<Court> courts, Collection<CaseType> caseTypes, Feeds feeds) {
        this.feeds = feeds;
        this.courts = courts.stream().collect(Collectors.toUnmodifiableMap(Court::code, Function.identity()));
        this.caseTypes = caseTypes.stream().collect(Collectors.toUnmodifiableMap(CaseType::code, Function.identity()));
        this.courtNames = courts.stream()
                .flatMap(court -> court.namesLongestFirst().stream().map(name -> Map.entry(name, court)))
                .sorted(Comparator.comparingInt((Map.Entry<String, Court> e) -> e.getKey().length()).reversed())
                .toList();
    }

    public Feeds feeds() {
        return feeds;
    }

    public Optional<Court> court(String code) {
        return Optional.ofNullable(courts.get(code));
    }

    public Collection<Court> courts() {
        return courts.values();
    }

    public Optional<CaseType> caseType(String code) {
        return Optional.ofNullable(caseTypes.get(code));
    }

    public Set<String> typeCodes() {
        return caseTypes.keySet();
    }

    /**
     * The court a piece of text (a file name, a title row) names, by the longest of its names or
     * aliases found in it; empty when it names none.
     */
    public Optional<Court> courtNamedIn(String text) {
        for (Map.Entry<String, Court> entry : courtNames) {
            if (text.contains(entry.getKey())) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    /** The court a user names on the command line: its 法院代字, full name, short name or an alias. */
    public Optional<Court> courtNamed(String codeOrName) {
        String wanted = codeOrName.strip();
        return court(wanted).or(() -> courts.values().stream()
                .filter(court -> court.namesLongestFirst().contains(wanted))
                .findFirst());
    }

    /** The court's short name for reports, or the code itself when it is not a court of the city. */
    public String courtLabel(String code) {
        return court(code).map(Court::shortName).orElse(code);
    }
}
