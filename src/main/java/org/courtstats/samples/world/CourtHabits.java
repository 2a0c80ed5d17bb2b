package org.courtstats.samples.world;

/**
 * How one court differs from the others, so that the indicators rank the courts apart: how much it
 * mediates, how often its judgments are appealed and reversed, how often executions end without
 * payment (终本), how well its mediators settle.
 *
 * @param mediationShift         points moved between 调解 and 撤诉 in 民初 closures
 * @param appealRate             share of 民初 judgments that are appealed
 * @param reversalShare          share of its appeals that end in 改判
 * @param remandShare            share of its appeals that end in 发回重审
 * @param terminationShift       share moved between 执行完毕 and 终结本次执行程序
 * @param mediationSuccessShift  share moved between 调解成功 and 调解不成
 */
record CourtHabits(double mediationShift, double appealRate, double reversalShare, double remandShare,
                   double terminationShift, double mediationSuccessShift) {

    static CourtHabits of(long seed, Court court) {
        Rng rng = Rng.of(seed, "habits", court.code());
        return new CourtHabits(
                rng.nextDouble() * 16 - 8,
                0.09 + rng.nextDouble() * 0.06,
                0.05 + rng.nextDouble() * 0.05,
                0.03 + rng.nextDouble() * 0.02,
                rng.nextDouble() * 0.16 - 0.08,
                rng.nextDouble() * 0.2 - 0.1);
    }
}
