package org.courtstats.normalize;

import java.util.List;

/**
 * One value of a closed set that a column may take (结案方式, 适用程序, …). The enums implementing
 * it are the vocabulary the rest of the code and the SQL catalogue refer to.
 */
public interface Choice {

    /** The canonical Chinese value, as stored and reported, e.g. 调解. */
    String label();

    /** Other spellings that exports use for this value, e.g. 调解结案 and 调解书 for 调解. */
    List<String> alsoAccepted();
}
