package org.courtstats.vocabulary;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A feed a court delivers and its columns (feeds.md section 2), as declared in a file of jobs/feeds/
 * and loaded into core.feed: one schema per feed drives header detection, normalisation and loading
 * alike; nothing in the code lists columns. Two feeds are the same feed when their codes are.
 *
 * @param code         the feed code used in the warehouse: trial, execution, mediation …
 * @param label        the Chinese name courts use: 审判案件, 执行案件, 诉前调解
 * @param reportName   the name reports, the bulletin and the mart show (core.feed.feed_name): 审判 …
 * @param englishName  core.feed.feed_name_en: trial cases …
 * @param displayOrder the feed's place in the bulletin and the catalogue (core.feed.display_order)
 * @param fileNameWord a word that, in a file name, says the file is of this feed (审判, 执行, 诉前)
 * @param caseTypes    the 类型代字 of the case numbers the feed carries; another is WRONG_FEED
 * @param declaration  the declaration's text as written, kept in core.feed.declaration
 * @param keyField     the code of the field that identifies a row within a delivery: case_no for a list
 *                     of cases, 申请编号's field for a register of applications (two rows with one key
 *                     reject both)
 * @param courtFromFileName whether the delivering court is the one the file name names, as for
 *                     registers whose rows carry no 案号, instead of the court of most case numbers
 * @param datedBy      the code of the date-time field whose date is the row's filed_on (申请时间), or
 *                     null when the feed declares filed_on itself
 * @param casesOf      the code of the feed whose published slice of the same court and month must hold
 *                     each of this feed's 案号 (四类案件 flags trial cases), or null
 */
public record Feed(String code, String label, String reportName, String englishName, int displayOrder,
                   String fileNameWord, Set<String> caseTypes, List<FieldSpec> fields, String declaration,
                   String keyField, boolean courtFromFileName, String datedBy, String casesOf) {

    public Feed {
        caseTypes = Set.copyOf(caseTypes);
        fields = List.copyOf(fields);
    }

    /** The field of that code, declared by this feed. */
    public Optional<FieldSpec> field(String code) {
        return fields.stream().filter(spec -> spec.code().equals(code)).findFirst();
    }

    /** Whether rows are identified by the 案号 (a list of cases) rather than a key of their own (申请编号). */
    public boolean isKeyedByCaseNumber() {
        return keyField.equals(CaseField.CASE_NO.column());
    }

    /** The field that identifies a row (案号, or 申请编号 …). */
    public FieldSpec key() {
        return field(keyField).orElseThrow();
    }

    public Optional<FieldSpec> field(CaseField field) {
        return fields.stream().filter(spec -> spec.field() == field).findFirst();
    }

    /** Whether a case number of this 类型代字 belongs in this feed. */
    public boolean carries(String typeCode) {
        return caseTypes.contains(typeCode);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Feed feed && feed.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
