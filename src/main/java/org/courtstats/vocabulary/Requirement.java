package org.courtstats.vocabulary;

import java.util.Arrays;
import java.util.Optional;

/** When a field's value must be present in a data row (feeds.md section 2). */
public enum Requirement {
    /** Always. */
    REQUIRED("always"),
    /** When the case is closed (结案方式 once there is a 结案日期). */
    REQUIRED_WHEN_CLOSED("when_closed"),
    /**
     * For second-instance cases (原审案号 of 民终, 刑终, 行终); a retrial or retrial application without
     * it is kept with the warning NO_ORIGINAL_CASE_NO.
     */
    REQUIRED_FOR_SECOND_INSTANCE("for_second_instance"),
    OPTIONAL("optional");

    private final String declaredName;

    Requirement(String declaredName) {
        this.declaredName = declaredName;
    }

    /** The value of {@code required:} in a declaration. */
    public String declaredName() {
        return declaredName;
    }

    public static Optional<Requirement> ofDeclaredName(String name) {
        return Arrays.stream(values()).filter(r -> r.declaredName.equals(name)).findFirst();
    }
}
