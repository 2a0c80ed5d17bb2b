package org.courtstats.samples.world;

/**
 * A case number of the 2016 grammar, as the world knows it. How it is spelled in a file (brackets,
 * digits, spaces) is a matter of the court's style, see
 * {@link org.courtstats.samples.quirks.CaseNoStyle}.
 *
 * @param suffix {@code 之一} … or null
 */
public record CaseNo(int year, String court, String type, int number, String suffix) {

    public CaseNo(int year, String court, String type, int number) {
        this(year, court, type, number, null);
    }

    /** The canonical spelling: full-width brackets, half-width digits, no spaces. */
    String canonical() {
        return "（" + year + "）" + court + type + number + "号" + (suffix == null ? "" : suffix);
    }

    @Override
    public String toString() {
        return canonical();
    }
}
