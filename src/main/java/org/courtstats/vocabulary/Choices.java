package org.courtstats.vocabulary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The closed list of values a choice column takes (结案方式, 适用程序 …), as its feed declares it: each
 * canonical label with the other spellings exports use for it, and the reason code of a spelling
 * that is none of them.
 */
public final class Choices {

    /** One value: its canonical label (stored and reported) and its other accepted spellings. */
    public record Choice(String label, List<String> alsoAccepted) {
    }

    private final List<Choice> values;
    private final ReasonCode whenUnknown;
    private final Map<String, String> labelBySpelling = new HashMap<>();

    /**
     * @throws IllegalArgumentException naming the spelling when two values share it
     */
    public Choices(List<Choice> values, ReasonCode whenUnknown) {
        this.values = List.copyOf(values);
        this.whenUnknown = whenUnknown;
        for (Choice choice : this.values) {
            accept(choice.label(), choice);
            choice.alsoAccepted().forEach(spelling -> accept(spelling, choice));
        }
    }

    private void accept(String spelling, Choice choice) {
        String previous = labelBySpelling.put(spelling, choice.label());
        if (previous != null && !previous.equals(choice.label())) {
            throw new IllegalArgumentException("“" + spelling + "”同时是“" + previous + "”和“" + choice.label() + "”的写法");
        }
    }

    public List<Choice> values() {
        return values;
    }

    public List<String> labels() {
        return values.stream().map(Choice::label).toList();
    }

    public ReasonCode whenUnknown() {
        return whenUnknown;
    }

    /** The canonical label a spelling (without white space) stands for. */
    public Optional<String> labelOf(String spelling) {
        return Optional.ofNullable(labelBySpelling.get(spelling));
    }
}
