package org.courtstats.samples.quirks;

/**
 * How often a defect appears in a file: a few times (1 to 3, growing with the file, within the
 * file's budget of bad rows), or a given share of its rows (for the resends meant to be refused).
 */
public record Planting(Defect defect, double share) {

    static Planting few(Defect defect) {
        return new Planting(defect, 0);
    }

    public static Planting share(Defect defect, double share) {
        return new Planting(defect, share);
    }

    boolean few() {
        return share == 0;
    }

    int occurrences(int rows) {
        if (rows == 0) {
            return 0;
        }
        if (few()) {
            return (int) Math.max(1, Math.min(3, Math.round(rows / 4000.0)));
        }
        return (int) Math.max(1, Math.round(rows * share));
    }
}
