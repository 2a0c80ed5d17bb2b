package org.courtstats.samples.world;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money as courts record it: mostly round sums, sometimes to the yuan or the fen. */
final class Amounts {

    /** 诉讼费用交纳办法 art. 13: the fee on a property claim, by brackets of the amount. */
    private static final long[][] FEE_BRACKETS = {
            {10_000, 0}, {100_000, 250}, {200_000, 200}, {500_000, 150}, {1_000_000, 100},
            {2_000_000, 90}, {5_000_000, 80}, {10_000_000, 70}, {20_000_000, 60}, {Long.MAX_VALUE, 50}};

    private Amounts() {
    }

    static BigDecimal money(Rng rng, double median, double sigma) {
        double value = Math.max(100, rng.logNormal(median, sigma));
        int precision = rng.nextInt(10);
        if (precision < 6) {
            return BigDecimal.valueOf(Math.round(value / 100) * 100).setScale(2);
        }
        if (precision < 9) {
            return BigDecimal.valueOf(Math.round(value)).setScale(2);
        }
        return BigDecimal.valueOf(Math.round(value * 100), 2);
    }

    /** A share of an amount, rounded to the fen. */
    static BigDecimal share(BigDecimal amount, double share) {
        return amount.multiply(BigDecimal.valueOf(share)).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The court fee (诉讼费) for a claim: 50 yuan up to 10 000, then a falling percentage per
     * bracket (the bracket rates above are in units of 0.01%); halved in 简易程序 and 小额诉讼.
     */
    static BigDecimal litigationFee(BigDecimal claim, boolean simplified) {
        double amount = claim.doubleValue();
        double fee = 50;
        long lower = 10_000;
        for (long[] bracket : FEE_BRACKETS) {
            if (bracket[1] == 0) {
                continue;
            }
            if (amount <= lower) {
                break;
            }
            fee += (Math.min(amount, bracket[0]) - lower) * bracket[1] / 10_000.0;
            lower = bracket[0];
        }
        if (simplified) {
            fee /= 2;
        }
        return BigDecimal.valueOf(fee).setScale(2, RoundingMode.HALF_UP);
    }
}
