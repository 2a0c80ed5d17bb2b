package org.courtstats.normalize;

/**
 * A parsed 案号 (feeds.md section 4).
 *
 * @param text       the canonical form used as a key everywhere: full-width brackets （）, half-width
 *                   digits, no white space, e.g. {@code （2024）豫1328执恢12号之一}
 * @param year       收案年度
 * @param courtCode  法院代字 ({@code 豫1302}, {@code 豫13}, {@code 豫}, {@code 最高法}); null for the old format
 * @param special    专门审判代字 ({@code 知}) or null
 * @param typeCode   类型代字 ({@code 民初}); null for the old format
 * @param number     编号
 * @param suffix     {@code 之一} … {@code 之九}, or null
 * @param format     NEW (2016 grammar), HYBRID (2016 transition {@code （2016）粤05民终字第506号}: court
 *                   and type known) or OLD (before 2016, {@code 字第}; court and type unknown)
 * @param oldPrefix  for OLD, the raw text between the year and {@code 字第} (e.g. {@code 徐民二（商）初});
 *                   otherwise null
 * @param knownType  whether {@code typeCode} is in case-types.csv (false also for OLD)
 */
public record CaseNumber(String text, int year, String courtCode, String special, String typeCode,
                         long number, String suffix, Format format, String oldPrefix, boolean knownType) {

    public enum Format { NEW, HYBRID, OLD }

    /** True when the number names a court and a type, so that it can be attributed. */
    public boolean hasCourt() {
        return courtCode != null;
    }
}
