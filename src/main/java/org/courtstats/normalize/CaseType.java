package org.courtstats.normalize;

/** A 类型代字 of case-types.csv (core.case_type): the feed its cases belong to and their stage. */
public record CaseType(String code, String feed, String stage, String name) {

    /** Second-instance and retrial cases must name the case they review (原审案号). */
    public boolean reviewsAnotherCase() {
        return stage.equals("second_instance") || stage.equals("retrial");
    }
}
