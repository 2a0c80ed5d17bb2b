package org.courtstats.samples.world;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A random stream with a fixed algorithm (SplitMix64) and {@link StrictMath}, so that a seed gives
 * the same samples on every JDK and machine: the samples are committed to git and must not churn.
 *
 * <p>Every simulated thing (a month's filings, a case, a file's defects) draws from its own stream,
 * keyed by what it is rather than by the order of generation. That is what lets a case be rebuilt
 * alone, and a snapshot of 2023 not change when 2024 is also requested.
 */
public final class Rng {

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private long state;

    Rng(long seed) {
        this.state = seed;
    }

    /** A stream keyed by a seed and a path of parts (strings, numbers, enums, months, dates). */
    public static Rng of(long seed, Object... parts) {
        return new Rng(key(seed, parts));
    }

    /** A 64-bit key for a seed and a path of parts; stable because it uses no identity hash codes. */
    public static long key(long seed, Object... parts) {
        long h = mix(seed);
        for (Object part : parts) {
            h = mix(h + GOLDEN_GAMMA + stableHash(part));
        }
        return h;
    }

    private static long stableHash(Object part) {
        if (part instanceof Number n) {
            return n.longValue();
        }
        if (part instanceof Enum<?> e) {
            return e.name().hashCode();
        }
        if (part instanceof YearMonth m) {
            return m.getYear() * 12L + m.getMonthValue();
        }
        if (part instanceof LocalDate d) {
            return d.toEpochDay();
        }
        if (part instanceof String s) {
            return s.hashCode();
        }
        throw new IllegalArgumentException("no stable hash for " + part.getClass());
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    public int nextInt(int bound) {
        return (int) Math.floorMod(nextLong(), (long) bound);
    }

    /** Uniform in [low, high], both included. */
    public int between(int low, int high) {
        return low + nextInt(high - low + 1);
    }

    public boolean chance(double probability) {
        return nextDouble() < probability;
    }

    public <T> T pick(List<T> values) {
        return values.get(nextInt(values.size()));
    }

    double gaussian() {
        double u = 1.0 - nextDouble();
        double v = nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
    }

    /** Log-normal with the given median: durations and amounts are skewed to the right. */
    double logNormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian());
    }

    /** Poisson counts: exact for small means (rare case types), normal approximation above 30. */
    int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return Math.max(0, (int) StrictMath.round(mean + StrictMath.sqrt(mean) * gaussian()));
        }
        double limit = StrictMath.exp(-mean);
        int count = 0;
        double product = nextDouble();
        while (product > limit) {
            count++;
            product *= nextDouble();
        }
        return count;
    }
}
