package org.courtstats.normalize;

import java.util.Optional;
import java.util.Set;
import org.courtstats.normalize.CaseNumber.Format;
import org.courtstats.vocabulary.ReasonCode;

/**
 * Parses 案号 per feeds.md section 4:
 * {@code （收案年度）} + 法院代字 + [专门审判代字 知] + 类型代字 + 编号 + {@code 号} + [之一 … 之九],
 * plus the old format before 2016 ({@code （2014）徐民二（商）初字第1489号}) and the 2016 hybrid
 * ({@code （2016）粤05民终字第506号}).
 *
 * <p>Before parsing, white space of any kind is removed, full-width digits become ASCII and every
 * bracket ({@code ()}, {@code （）}, {@code 〔〕}, {@code 【】}, {@code []}, {@code ［］},
 * {@code 〖〗}, {@code ﹝﹞}, mixed pairs too) becomes {@code （} or {@code ）}. Leading zeros of
 * the 编号 are dropped, so {@code 民初0012号} and {@code 民初12号} are the same case.
 *
 * <p>The 编号 begins at the first digit after the court code, so the 类型代字 is everything between
 * the two: it is matched whole against the known codes, which is the longest match (执恢, not 执
 * followed by 恢). A 类型代字 not in the table is kept with {@code knownType = false}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CaseNumberParser {

    private static final String PROVINCES = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新兵";
    private static final String SUPREME_COURT = "最高法";
    private static final String OPEN_BRACKETS = "(（〔【[［〖﹝";
    private static final String CLOSE_BRACKETS = ")）〕】]］〗﹞";
    private static final char OPEN = '（';
    private static final char CLOSE = '）';
    private static final String SPECIAL_IP = "知";
    private static final String OLD_FORMAT_MARK = "字第";
    private static final String SUFFIX_NUMERALS = "一二三四五六七八九";
    private static final int MAX_TYPE_CODE_LENGTH = 4;
    private static final int MAX_NUMBER_DIGITS = 9;

    private final Set<String> knownTypeCodes;

    /** @param knownTypeCodes the type_code column of case-types.csv */
    public CaseNumberParser(Set<String> knownTypeCodes) {
        this.knownTypeCodes = Set.copyOf(knownTypeCodes);
    }

    /**
     * Parses one 案号.
     *
     * @param raw the cell text as read, with any white space and bracket style; may be null
     * @return the case number; its {@code text} is the canonical form, e.g. {@code （2024）豫1328执恢12号}
     * @throws ValueRejection BAD_CASE_NO, with a Chinese message naming the value and what is wrong,
     *                        when the text is empty, is not a case number, or holds anything besides
     *                        one case number
     */
    public CaseNumber parse(String raw) throws ValueRejection {
        String text = raw == null ? "" : normalize(raw);
        if (text.isEmpty()) {
            throw new ValueRejection(ReasonCode.BAD_CASE_NO, "案号为空");
        }
        int open = text.indexOf(OPEN);
        if (open < 0) {
            throw bad(raw, startsWithYear(text) ? "的收案年度应写在括号中，如（2024）" : "缺少收案年度，如（2024）");
        }
        int close = text.indexOf(CLOSE, open);
        if (close < 0) {
            throw bad(raw, "的收案年度缺少右括号");
        }
        String body = text.substring(close + 1);
        if (open > 0) {
            if (isDocumentNumberTail(body)) {
                throw new ValueRejection(ReasonCode.BAD_CASE_NO, Quote.of(raw) + "是文件编号，不是案号");
            }
            throw bad(raw, "不是单独的案号，开头多了“" + text.substring(0, open) + "”");
        }
        int year = year(text.substring(open + 1, close), raw);
        int markAt = body.indexOf(OLD_FORMAT_MARK);
        return markAt >= 0 ? parseOldOrHybrid(year, body, markAt, raw) : parseNew(year, body, raw);
    }

    /**
     * Parses one 案号 where text that is not one may legitimately appear, such as 执行依据.
     *
     * @return the case number, or empty when {@link #parse} would reject the text (null included)
     */
    public Optional<CaseNumber> tryParse(String raw) {
        try {
            return Optional.of(parse(raw));
        } catch (ValueRejection notACaseNumber) {
            return Optional.empty();
        }
    }

    private CaseNumber parseNew(int year, String body, String raw) throws ValueRejection {
        int courtEnd = courtCodeEnd(body);
        if (courtEnd < 0) {
            if (!body.isEmpty() && PROVINCES.indexOf(body.charAt(0)) >= 0) {
                int digitsEnd = digitsEnd(body, 1);
                // 豫1302123号: the court code runs straight into the number
                if (digitsEnd == body.length() || body.charAt(digitsEnd) == '号') {
                    throw bad(raw, "缺少类型代字，如民初");
                }
                throw bad(raw, "的法院代字“" + body.substring(0, digitsEnd) + "”应为省份简称，或其后加两位或四位数字");
            }
            throw bad(raw, "缺少法院代字，如豫1302");
        }
        int numberStart = courtEnd;
        while (numberStart < body.length() && !isAsciiDigit(body.charAt(numberStart))) {
            numberStart++;
        }
        if (numberStart == body.length()) {
            throw bad(raw, "缺少编号");
        }
        if (numberStart == courtEnd) {
            throw bad(raw, "缺少类型代字，如民初");
        }
        String typePart = body.substring(courtEnd, numberStart);
        TypeCode type = typeCode(typePart);
        if (type == null) {
            type = unknownTypeCode(typePart, raw);
        }
        Tail tail = tail(body, numberStart, raw);
        String courtCode = body.substring(0, courtEnd);
        StringBuilder canonical = new StringBuilder(24).append(OPEN).append(year).append(CLOSE)
                .append(courtCode);
        if (type.special() != null) {
            canonical.append(type.special());
        }
        canonical.append(type.code()).append(tail.number()).append('号');
        if (tail.suffix() != null) {
            canonical.append(tail.suffix());
        }
        return new CaseNumber(canonical.toString(), year, courtCode, type.special(), type.code(), tail.number(),
                tail.suffix(), Format.NEW, null, type.known());
    }

    /**
     * Old format: everything before 字第 is kept raw. When that prefix is a court code followed by a
     * known type code it is the 2016 hybrid, which can be attributed like the new format.
     */
    private CaseNumber parseOldOrHybrid(int year, String body, int markAt, String raw) throws ValueRejection {
        if (markAt == 0) {
            throw bad(raw, "在“字第”之前缺少代字");
        }
        String prefix = body.substring(0, markAt);
        int numberStart = markAt + OLD_FORMAT_MARK.length();
        if (numberStart == body.length() || !isAsciiDigit(body.charAt(numberStart))) {
            throw bad(raw, "在“字第”之后缺少编号");
        }
        Tail tail = tail(body, numberStart, raw);
        StringBuilder canonical = new StringBuilder(24).append(OPEN).append(year).append(CLOSE)
                .append(prefix).append(OLD_FORMAT_MARK).append(tail.number()).append('号');
        if (tail.suffix() != null) {
            canonical.append(tail.suffix());
        }
        int courtEnd = courtCodeEnd(prefix);
        TypeCode type = courtEnd > 0 ? typeCode(prefix.substring(courtEnd)) : null;
        if (type != null) {
            return new CaseNumber(canonical.toString(), year, prefix.substring(0, courtEnd), type.special(),
                    type.code(), tail.number(), tail.suffix(), Format.HYBRID, null, true);
        }
        return new CaseNumber(canonical.toString(), year, null, null, null, tail.number(), tail.suffix(),
                Format.OLD, prefix, false);
    }

    /** A known type code, possibly after the special-court mark 知; null when the text is not one. */
    private TypeCode typeCode(String text) {
        if (knownTypeCodes.contains(text)) {
            return new TypeCode(null, text, true);
        }
        if (text.length() > SPECIAL_IP.length() && text.startsWith(SPECIAL_IP)
                && knownTypeCodes.contains(text.substring(SPECIAL_IP.length()))) {
            return new TypeCode(SPECIAL_IP, text.substring(SPECIAL_IP.length()), true);
        }
        return null;
    }

    private static TypeCode unknownTypeCode(String text, String raw) throws ValueRejection {
        for (int i = 0; i < text.length(); i++) {
            if (!isHan(text.charAt(i))) {
                throw bad(raw, "的类型代字“" + text + "”只能由汉字组成");
            }
        }
        if (text.length() > MAX_TYPE_CODE_LENGTH) {
            throw bad(raw, "的类型代字“" + text + "”超过四个字");
        }
        return new TypeCode(null, text, false);
    }

    /** 编号 + 号 + optional 之一 … 之九, which must end the text. */
    private static Tail tail(String body, int numberStart, String raw) throws ValueRejection {
        int numberEnd = digitsEnd(body, numberStart);
        int significant = numberStart;
        while (significant < numberEnd - 1 && body.charAt(significant) == '0') {
            significant++;
        }
        if (numberEnd - significant > MAX_NUMBER_DIGITS) {
            throw bad(raw, "的编号“" + body.substring(numberStart, numberEnd) + "”位数过多");
        }
        long number = Long.parseLong(body, significant, numberEnd, 10);
        if (number == 0) {
            throw bad(raw, "的编号不能为0");
        }
        if (numberEnd == body.length() || body.charAt(numberEnd) != '号') {
            throw bad(raw, "的编号后缺少“号”字");
        }
        String rest = body.substring(numberEnd + 1);
        if (rest.isEmpty()) {
            return new Tail(number, null);
        }
        if (rest.length() == 2 && rest.charAt(0) == '之' && SUFFIX_NUMERALS.indexOf(rest.charAt(1)) >= 0) {
            return new Tail(number, rest);
        }
        if (rest.charAt(0) == '之') {
            throw bad(raw, "的后缀“" + rest + "”无效，只能是之一至之九");
        }
        if (rest.indexOf(OPEN) >= 0) {
            throw bad(raw, "含有多个案号，每个单元格只能填一个案号");
        }
        throw bad(raw, "不是单独的案号，后面多了“" + rest + "”");
    }

    /** End of a valid court code at the start of the text, or -1 when there is none. */
    private static int courtCodeEnd(String text) {
        if (text.startsWith(SUPREME_COURT)) {
            return SUPREME_COURT.length();
        }
        if (text.isEmpty() || PROVINCES.indexOf(text.charAt(0)) < 0) {
            return -1;
        }
        int end = digitsEnd(text, 1);
        int digits = end - 1;
        return digits == 0 || digits == 2 || digits == 4 ? end : -1;
    }

    private static int year(String yearText, String raw) throws ValueRejection {
        if (yearText.isEmpty()) {
            throw bad(raw, "的收案年度为空");
        }
        if (yearText.length() != 4 || digitsEnd(yearText, 0) != 4) {
            throw bad(raw, "的年度“" + yearText + "”不是四位数字");
        }
        int year = Integer.parseInt(yearText);
        if (!Values.isPlausibleYear(year)) {
            throw bad(raw, "的年度" + year + "不合理，应在" + Values.MIN_PLAUSIBLE_YEAR + "年至"
                    + Values.MAX_PLAUSIBLE_YEAR + "年之间");
        }
        return year;
    }

    /** Document numbers such as 法（2015）137号 put an issuer before the year and digits right after it. */
    private static boolean isDocumentNumberTail(String afterYear) {
        int end = digitsEnd(afterYear, 0);
        return end > 0 && end == afterYear.length() - 1 && afterYear.charAt(end) == '号';
    }

    private static boolean startsWithYear(String text) {
        return digitsEnd(text, 0) >= 4;
    }

    /**
     * White space removed, full-width digits to ASCII, all brackets to （）. Returns the input itself
     * when it is already in that form, the usual case for exports from case-management systems.
     */
    static String normalize(String raw) {
        StringBuilder out = null;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            char normal = normalChar(c);
            if (normal == c && out == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(raw.length()).append(raw, 0, i);
            }
            if (normal != 0) {
                out.append(normal);
            }
        }
        return out == null ? raw : out.toString();
    }

    /** The character in normal form, or 0 when it is white space to drop. */
    private static char normalChar(char c) {
        if (c >= '0' && c <= '9' || c >= '\u4E00' && c <= '\u9FFF') {
            // Digits and Chinese characters, most of a 案号: no bracket, no white space, nothing to fold.
            return c;
        }
        if (Values.isBlankChar(c)) {
            return 0;
        }
        if (c >= '０' && c <= '９') {
            return (char) (c - '０' + '0');
        }
        if (OPEN_BRACKETS.indexOf(c) >= 0) {
            return OPEN;
        }
        if (CLOSE_BRACKETS.indexOf(c) >= 0) {
            return CLOSE;
        }
        return c;
    }

    private static int digitsEnd(String text, int from) {
        int end = from;
        while (end < text.length() && isAsciiDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static ValueRejection bad(String raw, String problem) {
        return new ValueRejection(ReasonCode.BAD_CASE_NO, "案号" + Quote.of(raw) + problem);
    }

    private record TypeCode(String special, String code, boolean known) {
    }

    private record Tail(long number, String suffix) {
    }
}
