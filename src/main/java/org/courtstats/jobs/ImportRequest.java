package org.courtstats.jobs;

import java.nio.file.Path;
import java.time.YearMonth;

/**
 * What to import: a month's deliveries from the inbox (all courts), or one court's (a rerun when it
 * resends a corrected file), from the inbox or from the archive.
 *
 * @param inbox       the inbox holding a folder per month; unused when {@code fromArchive}
 * @param courtCode   the court to rerun (法院代字), or null for every court
 * @param fromArchive reload the court's latest deliveries of the month from the archive (the inbox
 *                    may have been cleaned)
 * @param force       load files even when their bytes are unchanged
 */
public record ImportRequest(YearMonth period, Path inbox, String courtCode, boolean fromArchive, boolean force) {

    public static ImportRequest month(YearMonth period, Path inbox) {
        return new ImportRequest(period, inbox, null, false, false);
    }

    public boolean isRerun() {
        return courtCode != null;
    }
}
