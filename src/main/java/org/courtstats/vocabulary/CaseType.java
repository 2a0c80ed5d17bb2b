package org.courtstats.vocabulary;

/** A 类型代字 of case-types.csv (core.case_type): the feed its cases belong to and their stage. */
public record CaseType(String code, String feed, String stage, String name) {

    /**
     * Second-instance cases (民终, 刑终, 行终) must name the judgment they review (原审案号): it is what
     * attributes appeals, reversals and remands to the court that decided the first instance.
     */
    public boolean isSecondInstance() {
        return stage.equals("second_instance");
    }

    /**
     * Retrials and retrial applications (民再, 民申, …) review a case too, but are real cases without
     * their 原审案号 (feeds.md 2.1): loaded, attributed to no court, with a warning.
     */
    public boolean isRetrial() {
        return stage.equals("retrial") || stage.equals("retrial_application");
    }
}
