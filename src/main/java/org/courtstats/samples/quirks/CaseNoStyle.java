package org.courtstats.samples.quirks;

import java.util.List;
import org.courtstats.samples.world.CaseNo;
import org.courtstats.samples.world.Rng;

/**
 * How a court spells case numbers (feeds.md section 4): a usual spelling, and a share of rows
 * typed another way (half-width brackets, 【】, full-width digits, a space inside).
 */
record CaseNoStyle(Spelling usual, List<Spelling> variants, double variantShare) {

    static final CaseNoStyle STANDARD = new CaseNoStyle(Spelling.FULL_WIDTH, List.of(), 0);

    enum Spelling {
        /** （2024）豫1302民初1234号 */
        FULL_WIDTH,
        /** (2024)豫1302民初1234号 */
        HALF_WIDTH,
        /** 【2024】豫1302民初1234号 */
        LENTICULAR,
        /** 〔2024〕豫1302民初1234号 */
        TORTOISE_SHELL,
        /** （2024)豫1302民初1234号: mismatched pair */
        MIXED,
        /** （２０２４）豫１３０２民初１２３４号 */
        FULL_WIDTH_DIGITS,
        /** （2024） 豫1302 民初 1234 号 */
        SPACED;

        String spell(CaseNo no) {
            String suffix = no.suffix() == null ? "" : no.suffix();
            String body = no.court() + no.type() + no.number() + "号" + suffix;
            return switch (this) {
                case FULL_WIDTH -> "（" + no.year() + "）" + body;
                case HALF_WIDTH -> "(" + no.year() + ")" + body;
                case LENTICULAR -> "【" + no.year() + "】" + body;
                case TORTOISE_SHELL -> "〔" + no.year() + "〕" + body;
                case MIXED -> "（" + no.year() + ")" + body;
                case FULL_WIDTH_DIGITS -> FullWidth.digits("（" + no.year() + "）" + body);
                case SPACED -> "（" + no.year() + "） " + no.court() + " " + no.type() + " " + no.number() + " 号" + suffix;
            };
        }
    }

    String spell(CaseNo no, long key) {
        if (variants.isEmpty() || Rng.of(key, "case-no-spelling").nextDouble() >= variantShare) {
            return usual.spell(no);
        }
        return variants.get((int) Math.floorMod(key, (long) variants.size())).spell(no);
    }
}
