package org.courtstats.samples.world;

import java.time.LocalDate;

/**
 * A trial case's time limit (审限): the one set at filing, and the one it ended with after any
 * extension or move from 简易 to 普通程序, with what the clerk noted about it.
 *
 * @param firstProcedure 适用程序 at filing (null where a proceeding has none)
 * @param procedure      适用程序 the case ended in
 * @param remark         简易程序转普通程序, 延长审限, … or null
 */
record TimeLimit(LocalDate firstDeadline, String firstProcedure, LocalDate deadline, String procedure,
                 String remark) {

    /**
     * Whether an export made on {@code day} already shows how the limit ended: an extension is
     * decided when the first limit runs out, so before that the export shows the first one.
     */
    boolean settledBy(LocalDate day, boolean closed) {
        return closed || day.isAfter(firstDeadline);
    }
}
