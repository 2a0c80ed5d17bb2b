package org.courtstats.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.courtstats.support.References;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The feeds declared in jobs/feeds/, read as the code reads them, and what a bad declaration is told. */
class FeedDeclarationsTest {

    private final Feeds feeds = FeedDeclarations.builtIn();
    /** The three feeds that were a Java enum before (lists of cases keyed by 案号). */
    private static final List<String> CASE_LISTS = List.of("trial", "execution", "mediation");

    /**
     * The schema the three feeds had as a Java enum before they were declared as data (field, headers,
     * type, requirement, column required; alias types), column for column: moving them to
     * declarations changed nothing.
     */
    @Test
    void theShippedDeclarationsAreTheSchemaTheCodeHadBefore() {
        String before = """
                trial | CASE_NO | 案号 案件号 案件编号 | CASE_NO | REQUIRED | true
                trial | CAUSE | 案由 案由名称 | TEXT | OPTIONAL | false
                trial | FILED_ON | 立案日期 收案日期 立案时间 | DATE | REQUIRED | true
                trial | CLOSED_ON | 结案日期 审结日期 结案时间 | DATE | OPTIONAL | true
                trial | DISPOSITION | 结案方式 结案方式名称 结案类型 | CHOICE | REQUIRED_WHEN_CLOSED | true
                trial | DEADLINE_ON | 审限届满日期 法定审限届满日期 审限到期日期 | DATE | OPTIONAL | false
                trial | OVERDUE | 是否超审限 超审限 | YES_NO | OPTIONAL | false
                trial | PROCEDURE | 适用程序 审理程序 程序 | CHOICE | OPTIONAL | false
                trial | HEARINGS | 开庭次数 是否开庭 | COUNT | OPTIONAL | false 是否开庭=YES_NO_AS_COUNT
                trial | ORIGINAL_CASE_NO | 原审案号 一审案号 原案号 | CASE_NO | REQUIRED_FOR_SECOND_INSTANCE | false
                trial | JUDGE | 承办人 承办法官 主审法官 | TEXT | OPTIONAL | false
                trial | DIVISION | 承办部门 承办庭室 审判庭 | TEXT | OPTIONAL | false
                trial | CLAIM_AMOUNT | 诉讼标的额 标的额 标的金额 | AMOUNT | OPTIONAL | false
                execution | CASE_NO | 案号 案件号 执行案号 | CASE_NO | REQUIRED | true
                execution | FILED_ON | 立案日期 收案日期 | DATE | REQUIRED | true
                execution | CLOSED_ON | 结案日期 执结日期 | DATE | OPTIONAL | true
                execution | DISPOSITION | 结案方式 执行结案方式 | CHOICE | REQUIRED_WHEN_CLOSED | true
                execution | APPLIED_AMOUNT | 申请执行标的额 申请执行标的金额 申请标的额 执行标的 | AMOUNT | REQUIRED | true
                execution | RECOVERED_AMOUNT | 实际执行到位金额 执行到位金额 到位金额 | AMOUNT | OPTIONAL | false
                execution | RESPONDENT_TYPE | 被执行人类型 被执行人性质 | CHOICE | OPTIONAL | false
                execution | BASIS_CASE_NO | 执行依据文书号 执行依据 执行依据案号 | CASE_NO_OR_TEXT | OPTIONAL | false
                execution | JUDGE | 承办人 执行法官 承办法官 | TEXT | OPTIONAL | false
                mediation | CASE_NO | 案号 诉前调解案号 调解案号 | CASE_NO | REQUIRED | true
                mediation | FILED_ON | 登记日期 收案日期 委派日期 | DATE | REQUIRED | true
                mediation | CLOSED_ON | 办结日期 结束日期 结案日期 | DATE | OPTIONAL | true
                mediation | DISPOSITION | 调解结果 处理结果 | CHOICE | REQUIRED_WHEN_CLOSED | true
                mediation | FOLLOW_UP | 后续处理 成功后处理方式 | CHOICE | OPTIONAL | false
                mediation | FILED_CASE_NO | 转立案案号 诉讼案号 | CASE_NO | OPTIONAL | false
                mediation | MEDIATOR | 调解员 调解组织 | TEXT | OPTIONAL | false
                """;
        List<Feed> caseLists = feeds.all().stream().filter(feed -> CASE_LISTS.contains(feed.code())).toList();
        String declared = caseLists.stream().flatMap(feed -> feed.fields().stream().map(spec ->
                feed.code() + " | " + spec.field() + " | " + String.join(" ", spec.headers()) + " | " + spec.type()
                        + " | " + spec.requirement() + " | " + spec.columnRequired()
                        + spec.typeByHeader().entrySet().stream().map(e -> " " + e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining())))
                .collect(Collectors.joining("\n", "", "\n"));

        assertThat(declared).isEqualTo(before);
        assertThat(caseLists).extracting(Feed::code, Feed::label, Feed::reportName, Feed::englishName, Feed::displayOrder)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("trial", "审判案件", "审判", "trial cases", 1),
                        org.assertj.core.groups.Tuple.tuple("execution", "执行案件", "执行", "execution cases", 2),
                        org.assertj.core.groups.Tuple.tuple("mediation", "诉前调解", "诉前调解", "pre-litigation mediations", 3));
        assertThat(feeds.require("execution").field(CaseField.RECOVERED_AMOUNT).orElseThrow().whenEmpty())
                .isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(feeds.all().stream().flatMap(feed -> feed.fields().stream()).filter(spec -> spec.whenEmpty() != null))
                .hasSize(1);
        assertThat(caseLists).allSatisfy(feed -> {
            assertThat(feed.keyField()).isEqualTo("case_no");
            assertThat(feed.courtFromFileName()).isFalse();
            assertThat(feed.datedBy()).isNull();
        });
    }

    /**
     * Each list of cases carries exactly the 类型代字 that case-types.csv (core.case_type.feed) assigns
     * to it; 四类案件 flags trial cases, and the registers keyed by 申请编号 carry no case numbers.
     */
    @Test
    void eachFeedCarriesTheCaseTypesOfTheReferenceTable() {
        Map<String, TreeSet<String>> reference = References.data().typeCodes().stream()
                .collect(Collectors.groupingBy(code -> References.data().caseType(code).orElseThrow().feed(),
                        Collectors.toCollection(TreeSet::new)));

        for (Feed feed : feeds.all()) {
            String carried = switch (feed.code()) {
                case "supervision" -> "trial";
                case "judge_contact", "online_filing" -> null;
                default -> feed.code();
            };
            assertThat(new TreeSet<>(feed.caseTypes())).as(feed.code())
                    .isEqualTo(carried == null ? new TreeSet<>() : reference.get(carried));
        }
        assertThat(feeds.all()).extracting(Feed::code).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(reference.keySet().stream(),
                        java.util.stream.Stream.of("supervision", "judge_contact", "online_filing")).toList());
    }

    /** The three registers of #15 as the contract (new-feeds contract) states them. */
    @Test
    void theRegistersAreDeclaredAsTheContractSays() {
        String declared = feeds.all().stream().filter(feed -> !CASE_LISTS.contains(feed.code()))
                .map(feed -> feed.code() + " " + feed.label() + " " + feed.reportName() + " " + feed.fileNameWord()
                        + " key=" + feed.keyField() + " fileName=" + feed.courtFromFileName() + " datedBy=" + feed.datedBy()
                        + feed.fields().stream().map(spec -> "\n  " + spec.code() + " | " + String.join(" ", spec.headers())
                                + " | " + spec.type() + " | " + spec.requirement() + " | " + spec.columnRequired()
                                + (spec.requiredWith() == null ? "" : " | with " + spec.requiredWith())
                                + (spec.choices() == null ? "" : " | " + spec.choices().values().stream()
                                        .map(c -> c.label() + "=" + String.join("/", c.alsoAccepted()))
                                        .collect(Collectors.joining(" "))))
                        .collect(Collectors.joining()))
                .collect(Collectors.joining("\n", "", "\n"));
        assertThat(declared).isEqualTo("""
                supervision 四类案件监管台账 四类案件 四类案件 key=case_no fileName=false datedBy=null
                  case_no | 案号 | CASE_NO | REQUIRED | true
                  filed_on | 标记日期 标注日期 标记时间 | DATE | REQUIRED | true
                  category | 类别 四类案件类别 案件类别 | CHOICE | REQUIRED | false | 群体性纠纷=涉及群体性纠纷/群体性 疑难复杂=疑难复杂案件/重大影响 类案冲突=与类案判决冲突/可能冲突 反映违法审判=反映法官违法审判/违法审判
                  supervised_on | 监管日期 监管时间 | DATE | OPTIONAL | false
                  feedback_on | 反馈日期 反馈时间 | DATE | OPTIONAL | false
                judge_contact 联系法官申请 联系法官 联系法官 key=application_no fileName=true datedBy=applied_at
                  application_no | 申请编号 编号 申请号 | TEXT | REQUIRED | true
                  applied_at | 申请时间 提交时间 | DATETIME | REQUIRED | true
                  replied_at | 回复时间 答复时间 | DATETIME | OPTIONAL | false
                  judge | 承办人 法官 承办法官 | TEXT | OPTIONAL | false
                  related_case_no | 案号 关联案号 | CASE_NO | OPTIONAL | false
                online_filing 网上立案审核 网上立案 网上立案 key=application_no fileName=true datedBy=submitted_at
                  application_no | 申请编号 编号 申请号 | TEXT | REQUIRED | true
                  submitted_at | 提交时间 申请时间 | DATETIME | REQUIRED | true
                  reviewed_at | 审核时间 处理时间 | DATETIME | OPTIONAL | false
                  review_result | 审核结果 处理结果 | CHOICE | OPTIONAL | false | with reviewed_at | 通过=审核通过/已通过/准予立案 不通过=未通过/审核不通过/不予立案 补正=需补正/退回补正/补充材料
                """);
    }

    @Test
    void aFileNameNamesAFeedByItsWord() {
        assertThat(feeds.namedIn("宛城区法院_执行案件_2024年8月.xlsx")).map(Feed::code).hasValue("execution");
        assertThat(feeds.namedIn("宛城_诉前调解.csv")).map(Feed::code).hasValue("mediation");
        assertThat(feeds.namedIn("宛城_审判与执行.csv")).isEmpty();
        assertThat(feeds.namedIn("宛城.csv")).isEmpty();
    }

    private static final String MINIMAL = """
            code: hearing
            name: 庭审记录
            report_name: 庭审
            name_en: hearings
            display_order: 9
            file_name_word: 庭审
            case_types: [民初]
            columns:
              - field: case_no
                header: 案号
                type: case_no
                required: always
                column_required: true
              - field: filed_on
                header: 开庭日期
                type: date
                required: always
                column_required: true
            """;

    @Test
    void aMinimalDeclarationIsAFeedWithItsOwnFields() {
        Feed feed = FeedDeclarations.parse("hearing.yaml", MINIMAL + """
                  - field: courtroom
                    header: 法庭
                    aliases: [审判法庭]
                    type: choice
                    choices:
                      第一法庭: [一庭]
                      第二法庭: []
                """);

        assertThat(feed.code()).isEqualTo("hearing");
        assertThat(feed.carries("民初")).isTrue();
        assertThat(feed.carries("民终")).isFalse();
        FieldSpec courtroom = feed.fields().get(2);
        assertThat(courtroom.isCaseColumn()).isFalse();
        assertThat(courtroom.headers()).containsExactly("法庭", "审判法庭");
        assertThat(courtroom.choices().labelOf("一庭")).hasValue("第一法庭");
        assertThat(courtroom.choices().whenUnknown()).isEqualTo(ReasonCode.BAD_VALUE);
        assertThat(feed.declaration()).startsWith("code: hearing");
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            code: Hearing                                    | 报表声明文件“bad.yaml” code（“Hearing”）：须为小写英文字母开头
            display_order: first                            | display_order（“first”）：须为整数
            colour: red                                      | colour：不是可用的键
            key: serial                                      | key（“serial”）：不是本报表 columns 中的 field
            key: filed_on                                    | key（“filed_on”）：该列须为 type: case_no 或 text
            court_from: title                                | court_from（“title”）：可用：case_numbers（按案号）、file_name
            dated_by: filed_on                               | dated_by（“filed_on”）：该列须为 type: datetime
            cases_of: hearing                                | cases_of（“hearing”）：须为另一种报表的 code
            """)
    void aBadFeedKeyIsNamedWithItsValue(String replacement, String message) {
        String key = replacement.substring(0, replacement.indexOf(':'));
        String text = MINIMAL.lines().anyMatch(line -> line.startsWith(key + ":"))
                ? MINIMAL.lines().map(line -> line.startsWith(key + ":") ? replacement : line).collect(Collectors.joining("\n"))
                : replacement + "\n" + MINIMAL;

        assertThatThrownBy(() -> FeedDeclarations.parse("bad.yaml", text))
                .isInstanceOf(FeedDeclarationException.class).hasMessageContaining(message);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            '    type: datum'                          | columns 第3项的 type（“datum”）：不是可用的值类型
            '    type: choice'                         | columns 第3项的 type（“choice”）：须用 choices 列出可用的取值
            '    required: yes'                        | columns 第3项的 required（“true”）
            '    header: 开庭日期'                     | columns 第3项的 header（“开庭日期”）：已是本报表另一列的列名或别名
            '    when_empty: 0'                        | columns 第3项的 when_empty（“0”）：只用于 type: amount 的列
            '    unknown_choice: WRONG_COURT_TYPO'     | columns 第3项的 choices
            '    required_with: nothing'               | columns（“remark”）：required_with（“nothing”）须为本报表另一列的 field
            """)
    void aBadColumnIsNamedWithItsPlaceAndValue(String line, String message) {
        String column = "  - field: remark\n    header: 备注\n    type: text\n";
        String key = line.strip().substring(0, line.strip().indexOf(':'));
        String changed = column.lines().anyMatch(l -> l.strip().startsWith(key + ":"))
                ? column.lines().map(l -> l.strip().startsWith(key + ":") ? line : l).collect(Collectors.joining("\n", "", "\n"))
                : column + line + "\n";

        assertThatThrownBy(() -> FeedDeclarations.parse("bad.yaml", MINIMAL + changed))
                .isInstanceOf(FeedDeclarationException.class).hasMessageContaining(message);
    }

    @Test
    void aTypedColumnTakesOnlyTheTypesThatFitIt() {
        assertThatThrownBy(() -> FeedDeclarations.parse("bad.yaml", MINIMAL.replace("    header: 开庭日期\n    type: date",
                "    header: 开庭日期\n    type: datetime")))
                .hasMessageContaining("columns 第2项的 type（“datetime”）：不适用于 field: filed_on（可用：date）");
        Feed withTime = FeedDeclarations.parse("ok.yaml", MINIMAL + """
                  - field: started_at
                    header: 开始时间
                    type: datetime
                """);
        assertThat(withTime.fields().get(2).type()).isEqualTo(ValueType.DATETIME);
        assertThat(withTime.fields().get(2).isCaseColumn()).isFalse();
    }

    @Test
    void everyFeedNeedsACaseNumberAndADateInEveryRow() {
        String withoutDate = MINIMAL.substring(0, MINIMAL.indexOf("  - field: filed_on"));

        assertThatThrownBy(() -> FeedDeclarations.parse("bad.yaml", withoutDate))
                .isInstanceOf(FeedDeclarationException.class)
                .hasMessageContaining("缺少 field: filed_on（type: date，required: always，column_required: true）");
    }

    @Test
    void aSpellingOfTwoChoicesAndADerivedColumnAreRefused() {
        assertThatThrownBy(() -> FeedDeclarations.parse("bad.yaml", MINIMAL + """
                  - field: courtroom
                    header: 法庭
                    type: choice
                    choices:
                      第一法庭: [一庭]
                      第二法庭: [一庭]
                """)).hasMessageContaining("“一庭”同时是“第一法庭”和“第二法庭”的写法");
        assertThatThrownBy(() -> FeedDeclarations.parse("bad.yaml", MINIMAL + """
                  - field: case_year
                    header: 年度
                    type: count
                """)).hasMessageContaining("field（“case_year”）：由案号解析得出，不能作为报表的列");
    }

    @Test
    void twoFeedsCannotShareANameOrAWord() {
        Feed hearing = FeedDeclarations.parse("hearing.yaml", MINIMAL);
        Feed clash = FeedDeclarations.parse("clash.yaml", MINIMAL.replace("code: hearing", "code: hearing_two")
                .replace("display_order: 9", "display_order: 10").replace("name: 庭审记录", "name: 庭审记录二")
                .replace("report_name: 庭审", "report_name: 庭审二").replace("name_en: hearings", "name_en: hearings two"));

        assertThatThrownBy(() -> FeedDeclarations.checked(List.of(hearing, clash)))
                .hasMessageContaining("报表 hearing 和 hearing_two 的 file_name_word 相同（“庭审”）");
    }
}
