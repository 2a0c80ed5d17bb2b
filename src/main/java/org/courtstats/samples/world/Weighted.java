package org.courtstats.samples.world;

import java.util.ArrayList;
import java.util.List;

/** A weighted choice among values, in the order they were added (so draws are reproducible). */
final class Weighted<T> {

    private final List<T> values = new ArrayList<>();
    private final List<Double> cumulative = new ArrayList<>();
    private double total;

    Weighted<T> add(T value, double weight) {
        if (weight > 0) {
            total += weight;
            values.add(value);
            cumulative.add(total);
        }
        return this;
    }

    T pick(Rng rng) {
        double target = rng.nextDouble() * total;
        for (int i = 0; i < values.size(); i++) {
            if (target < cumulative.get(i)) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }
}
