package org.courtstats.samples.quirks;

import static org.courtstats.samples.quirks.RegisterDefect.DUPLICATE_KEY;
import static org.courtstats.samples.quirks.RegisterDefect.IMPOSSIBLE_DATE;
import static org.courtstats.samples.quirks.RegisterDefect.IMPOSSIBLE_DATE_TIME;
import static org.courtstats.samples.quirks.RegisterDefect.MISSING_KEY;
import static org.courtstats.samples.quirks.RegisterDefect.MISSING_RESULT;
import static org.courtstats.samples.quirks.RegisterDefect.NOT_A_TRIAL_CASE;
import static org.courtstats.samples.quirks.RegisterDefect.OTHER_COURTS_CASE;
import static org.courtstats.samples.quirks.RegisterDefect.UNKNOWN_CHOICE;

import java.util.List;
import java.util.Map;
import org.courtstats.samples.world.Court;
import org.courtstats.samples.world.Feed;
import org.courtstats.samples.world.Register;

/**
 * How each court's register files look. A court's registers come out of the same systems as its case
 * files, so each follows one of them: 四类案件 the trial file, 联系法官 the execution file, 网上立案 the
 * mediation file — format (卧龙's 联系法官 is .xls like its execution file, 西峡's is CSV, 高新's are CSV
 * and tab-separated .txt), name ({@code 南阳中院_四类案件_2024年8月.xlsx}), title, notes and 合计 rows,
 * blank rows, shuffled columns with 序号 (镇平), header aliases (卧龙, 淅川, 桐柏), dates, case numbers
 * and empty markers, long choice spellings (豫13, 唐河; half of them at 内乡, 邓州). Date-times follow the
 * court's dates: date-time cells in workbooks with date cells, {@code 2024年8月1日 9时30分} at 方城 and
 * 社旗, {@code 2024-08-01 09:30} elsewhere.
 *
 * <table>
 * <caption>Bad rows, one of each per file</caption>
 * <tr><th>register</th><th>court: defect</th></tr>
 * <tr><td>四类案件</td><td>豫13: DUPLICATE_KEY · 宛城, 镇平: NOT_A_TRIAL_CASE · 卧龙: OTHER_COURTS_CASE (a 宛城
 *   case) · 方城: MISSING_KEY · 唐河: UNKNOWN_CHOICE (重点案件) · 邓州: IMPOSSIBLE_DATE</td></tr>
 * <tr><td>联系法官</td><td>卧龙: DUPLICATE_KEY · 邓州: MISSING_KEY · 唐河, 方城: IMPOSSIBLE_DATE_TIME</td></tr>
 * <tr><td>网上立案</td><td>宛城: MISSING_KEY · 镇平: DUPLICATE_KEY · 南召, 方城: IMPOSSIBLE_DATE_TIME ·
 *   淅川, 邓州: UNKNOWN_CHOICE (待审) · 社旗: MISSING_RESULT</td></tr>
 * </table>
 */
public final class RegisterStyles {

    private static final Map<Register, Map<String, List<RegisterDefect>>> DEFECTS = Map.of(
            Register.SUPERVISION, Map.of("豫13", List.of(DUPLICATE_KEY), "豫1302", List.of(NOT_A_TRIAL_CASE),
                    "豫1303", List.of(OTHER_COURTS_CASE), "豫1322", List.of(MISSING_KEY),
                    "豫1328", List.of(UNKNOWN_CHOICE), "豫1381", List.of(IMPOSSIBLE_DATE),
                    "豫1324", List.of(NOT_A_TRIAL_CASE)),
            Register.JUDGE_CONTACT, Map.of("豫1303", List.of(DUPLICATE_KEY), "豫1381", List.of(MISSING_KEY),
                    "豫1328", List.of(IMPOSSIBLE_DATE_TIME), "豫1322", List.of(IMPOSSIBLE_DATE_TIME)),
            Register.ONLINE_FILING, Map.of("豫1302", List.of(MISSING_KEY), "豫1324", List.of(DUPLICATE_KEY),
                    "豫1321", List.of(IMPOSSIBLE_DATE_TIME), "豫1322", List.of(IMPOSSIBLE_DATE_TIME),
                    "豫1326", List.of(UNKNOWN_CHOICE), "豫1381", List.of(UNKNOWN_CHOICE),
                    "豫1327", List.of(MISSING_RESULT)));

    private RegisterStyles() {
    }

    public static RegisterStyle of(Court court, Register register) {
        DeliveryStyle look = CourtStyles.of(court, caseFileFollowed(register));
        DateTimeStyle times = DateTimeStyle.following(look.filedDates());
        if (times.excelOnly() && !look.format().excel()) {
            times = DateTimeStyle.TEXT_ISO;
        }
        return new RegisterStyle(register, look, times,
                DEFECTS.get(register).getOrDefault(court.code(), List.of()));
    }

    /** The case file whose look a register shares. */
    static Feed caseFileFollowed(Register register) {
        return switch (register) {
            case SUPERVISION -> Feed.TRIAL;
            case JUDGE_CONTACT -> Feed.EXECUTION;
            case ONLINE_FILING -> Feed.MEDIATION;
        };
    }
}
