package org.courtstats.warehouse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.courtstats.ingest.Messages;
import org.courtstats.inspection.DeliveryInspector;
import org.courtstats.vocabulary.CaseField;
import org.courtstats.vocabulary.FeedDeclarations;
import org.courtstats.vocabulary.ReasonCode;
import org.courtstats.vocabulary.RefusalCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Decides the fate of a loaded delivery: refused, or accepted and then — after its review — made
 * the published slice of its (period, court, feed) or held for the statistician. Runs inside the caller's transaction: the caller publishes a month's
 * deliveries and recomputes its indicators in one transaction, so BI readers see the month before
 * or after, never between.
 */
@Component
public class SlicePublisher {

    private final JdbcTemplate jdbc;
    private final DeliveryRepository deliveries;

    SlicePublisher(JdbcTemplate jdbc, DeliveryRepository deliveries) {
        this.jdbc = jdbc;
        this.deliveries = deliveries;
    }

    /**
     * Brings the index that finds a delivery's rows, and the planner's statistics, up to date with the
     * rows loaded since the last publish. A BRIN index does not summarise the pages COPY adds, and
     * without fresh statistics the planner does not trust it: either way every lookup of a delivery's
     * rows read all of them (measured: 0.45 s per delivery instead of 0.05 s), and the indicator
     * computation ran 2.5 times slower. Call once before publishing a run's deliveries. Each delivery's
     * pages were summarised when its load ended ({@link DeliveryRowWriter#summarizeLoadedRows}); what
     * is left here is a delivery whose summary was not made (a load that failed after its last chunk).
     */
    public void indexLoadedRows() {
        jdbc.queryForObject(DeliveryRowWriter.SUMMARIZE_NEW_PAGES, Integer.class);
        // Only the columns the planner needs for finding deliveries and sizing the indicator cube:
        // a third of the time of analysing every column.
        jdbc.execute("analyze core.case_row (delivery_id, original_court_code, case_type_code, disposition,"
                + " respondent_type, basis_type_code)");
    }

    /**
     * Rejects the rows of case numbers sent twice, counts the delivery's rows, and refuses it when
     * loading found it unreadable part way, when too many rows were rejected or none is left. Does
     * nothing for a delivery that is no longer registered (already decided: a restart is harmless).
     *
     * @param maxRejectedShare the share of data rows (loaded + rejected) above which it is refused
     * @return the delivery as it ends: refused, or still registered when it is accepted and may be
     *         reviewed and then {@linkplain #publish published} or {@linkplain #hold held}
     */
    public Delivery decide(long deliveryId, BigDecimal maxRejectedShare) {
        Map<String, Object> state = jdbc.queryForMap("select status, duplicates_possible from staging.delivery"
                + " where delivery_id = ? for update", deliveryId);
        if (!Delivery.REGISTERED.equals(state.get("status"))) {
            return deliveries.get(deliveryId);
        }
        if (Boolean.TRUE.equals(state.get("duplicates_possible"))) {
            String key = jdbc.queryForObject("select coalesce(f.key_field, 'case_no') from staging.delivery d"
                    + " join core.feed f on f.feed_code = d.feed where d.delivery_id = ?", String.class, deliveryId);
            if (key.equals(CaseField.CASE_NO.column())) {
                rejectDuplicateCaseNumbers(deliveryId);
            } else {
                rejectDuplicateKeys(deliveryId, key);
            }
        }
        rejectCasesNotInTheirFeed(deliveryId);
        countRows(deliveryId);
        jdbc.update("update staging.delivery set rejected_share_limit = ? where delivery_id = ?", maxRejectedShare, deliveryId);
        Delivery delivery = deliveries.get(deliveryId);
        int dataRows = delivery.rowsLoaded() + delivery.rowsRejected();
        Optional<String> missingOriginalColumn = secondInstanceWithoutOriginalColumn(deliveryId);
        if (delivery.refusalCode() != null) {
            refuse(delivery, RefusalCode.valueOf(delivery.refusalCode()), delivery.refusalReason());
        } else if (missingOriginalColumn.isPresent()) {
            refuse(delivery, RefusalCode.MISSING_COLUMN, missingOriginalColumn.get());
        } else if (dataRows == 0) {
            refuse(delivery, RefusalCode.NO_DATA_ROWS, Messages.file(delivery.fileName()) + "没有本年度的案件数据行（共"
                    + delivery.rowsSkipped() + "行合计、说明或上年度已结案件）。空报表会清空本院该月已发布的数据，因此不予接收。");
        } else if (BigDecimal.valueOf(delivery.rowsRejected())
                .compareTo(maxRejectedShare.multiply(BigDecimal.valueOf(dataRows))) > 0) {
            BigDecimal percent = BigDecimal.valueOf(delivery.rowsRejected() * 100L)
                    .divide(BigDecimal.valueOf(dataRows), 1, RoundingMode.HALF_UP);
            refuse(delivery, RefusalCode.TOO_MANY_REJECTED, Messages.file(delivery.fileName()) + "的" + dataRows + "行数据中有"
                    + delivery.rowsRejected() + "行（" + percent.toPlainString() + "%）有错误，超过允许的"
                    + maxRejectedShare.movePointRight(2).stripTrailingZeros().toPlainString()
                    + "%，整份文件不予接收，" + whatStaysPublished(delivery) + "。主要问题：" + mainProblems(deliveryId)
                    + "。请按拒收清单逐行更正后重新报送。");
        }
        return deliveries.get(deliveryId);
    }

    /**
     * A second-instance case of a file without 原审案号 column that the inspection's sample did not
     * reach (feeds.md 2.1 refuses such a delivery): the first such case number, if any.
     */
    private Optional<String> secondInstanceWithoutOriginalColumn(long deliveryId) {
        return jdbc.query("""
                select min(i.case_no) as case_no, d.file_name, d.sheet_name, d.file_format like 'Excel%' as workbook
                from staging.row_issue i
                join staging.delivery d on d.delivery_id = i.delivery_id
                where i.delivery_id = ? and i.field = 'original_case_no' and i.reason_code = 'MISSING_VALUE'
                  and d.column_headers ->> 'original_case_no' is null
                group by d.file_name, d.sheet_name, d.file_format
                """, (rs, n) -> DeliveryInspector.missingOriginalColumn(
                        Messages.at(rs.getString("file_name"), rs.getBoolean("workbook") ? rs.getString("sheet_name") : null, 0),
                        rs.getString("case_no"),
                        DeliveryInspector.describeHeaders(FeedDeclarations.builtIn().require("trial").field(CaseField.ORIGINAL_CASE_NO).orElseThrow())),
                deliveryId).stream().findFirst();
    }

    /**
     * What a refusal leaves in force, in Chinese: the slice published earlier, or nothing (the court's
     * indicators for the month stay empty until an acceptable delivery arrives).
     */
    public String whatStaysPublished(Delivery delivery) {
        Boolean published = jdbc.queryForObject("select exists (select 1 from core.published_slice where period = ?"
                        + " and court_code = ? and feed = ?)", Boolean.class,
                Date.valueOf(delivery.period().atDay(1)), delivery.courtCode(), delivery.feed());
        return Boolean.TRUE.equals(published) ? "本院该月仍沿用此前发布的数据" : "本院该月尚无已发布的数据，相关指标暂缺";
    }

    /**
     * The commonest reasons rows were rejected, with how many rows each: {@code 日期晚于统计月份（100行）、…}.
     * A whole file rejected for one reason (every date after the month: a later month's export) says so
     * at once.
     */
    private String mainProblems(long deliveryId) {
        return jdbc.query("""
                        select reason_code, count(distinct (sheet_name, row_number)) as row_count
                        from staging.row_issue where delivery_id = ? and severity = 'error'
                        group by reason_code order by row_count desc, reason_code limit 3
                        """,
                        (rs, n) -> ReasonCode.valueOf(rs.getString("reason_code")).title() + "（" + rs.getInt("row_count") + "行）",
                        deliveryId)
                .stream().collect(Collectors.joining("、"));
    }

    /** Refuses a delivery that was loaded (its loaded rows go; its rejected rows stay on record). */
    public void refuse(Delivery delivery, RefusalCode code, String reason) {
        jdbc.update("delete from core.case_row where delivery_id = ?", delivery.id());
        deliveries.markRefused(delivery.id(), code, reason);
    }

    /**
     * feeds.md: the same 案号 twice in one delivery rejects all its rows, since neither can be
     * trusted. Rows already rejected for another reason count as occurrences too. Only asked when the
     * loader could not rule it out; the moved rows are taken off the delivery's loaded count.
     */
    private void rejectDuplicateCaseNumbers(long deliveryId) {
        int moved = jdbc.update("""
                with occurrences as (
                    select case_no, sheet_name, row_number from core.case_row where delivery_id = ?
                    union
                    select case_no, sheet_name, row_number from staging.row_issue
                    where delivery_id = ? and severity = 'error' and case_no is not null
                ),
                duplicated as (
                    select case_no, count(*) as times,
                           string_agg(row_number::text, '、' order by row_number) as row_numbers
                    from occurrences
                    group by case_no
                    having count(*) > 1
                ),
                moved as (
                    delete from core.case_row r
                    using duplicated d
                    where r.delivery_id = ? and r.case_no = d.case_no
                    returning r.*, d.times, d.row_numbers
                )
                insert into staging.row_issue (delivery_id, sheet_name, row_number, field, header, raw_value,
                                               reason_code, severity, message, case_no, raw_row)
                select m.delivery_id, m.sheet_name, m.row_number, 'case_no', h.header, m.case_no_raw,
                       'DUPLICATE_CASE_NO', 'error',
                       '文件“' || d.file_name || '”' || case when d.file_format like 'Excel%' then '工作表“' || m.sheet_name || '”' else '' end
                           || '第' || m.row_number || '行“' || h.header || '”列：案号“' || m.case_no_raw || '”在本文件中出现了'
                           || m.times || '次（第' || m.row_numbers || '行）。'
                           || '同一案号在本文件中出现多次，无法判断以哪一行为准，请合并为一行后重新报送。',
                       m.case_no,
                       to_jsonb(m) - 'delivery_id' - 'times' - 'row_numbers'
                from moved m
                join staging.delivery d on d.delivery_id = m.delivery_id
                cross join lateral (select coalesce(d.column_headers ->> 'case_no', '案号') as header) h
                """, deliveryId, deliveryId, deliveryId);
        if (moved > 0) {
            jdbc.update("update staging.delivery set rows_loaded = rows_loaded - ? where delivery_id = ?", moved, deliveryId);
        }
    }

    /** The feeds whose rows must be cases of another feed's slice (core.feed.cases_of: 四类案件). */
    public java.util.Set<String> feedsOfOtherFeedsCases() {
        return java.util.Set.copyOf(jdbc.queryForList("select feed_code from core.feed where cases_of is not null",
                String.class));
    }

    /**
     * A ledger of another feed's cases (core.feed.cases_of: 四类案件 flags trial cases): a row whose 案号
     * the court's published slice of that feed for the month does not hold is rejected,
     * NOT_A_TRIAL_CASE. Asked when the month is published, after the run's deliveries of that feed
     * are decided (PublishMonthTasklet decides such ledgers last), so it reads the slice in force
     * (docs/supervision-check.md). Without such a slice every row is rejected and the ledger refused.
     */
    private void rejectCasesNotInTheirFeed(long deliveryId) {
        int moved = jdbc.update("""
                with ledger as (
                    select d.delivery_id, d.period, d.court_code, d.file_name, d.file_format, d.column_headers,
                           f.cases_of, o.feed_name as of_name, c.court_name,
                           (select p.delivery_id from core.published_slice p
                            where p.period = d.period and p.court_code = d.court_code and p.feed = f.cases_of) as slice
                    from staging.delivery d
                    join core.feed f on f.feed_code = d.feed
                    join core.feed o on o.feed_code = f.cases_of
                    join core.court c on c.court_code = d.court_code
                    where d.delivery_id = ?
                ),
                moved as (
                    delete from core.case_row r
                    using ledger l
                    where r.delivery_id = l.delivery_id and r.case_no is not null
                      and not exists (select 1 from core.case_row t where t.delivery_id = l.slice and t.case_no = r.case_no)
                    returning r.*
                )
                insert into staging.row_issue (delivery_id, sheet_name, row_number, field, header, raw_value,
                                               reason_code, severity, message, case_no, raw_row)
                select m.delivery_id, m.sheet_name, m.row_number, 'case_no', h.header, m.case_no_raw,
                       'NOT_A_TRIAL_CASE', 'error',
                       '文件“' || l.file_name || '”' || case when l.file_format like 'Excel%' then '工作表“' || m.sheet_name || '”' else '' end
                           || '第' || m.row_number || '行“' || h.header || '”列：'
                           || case when l.slice is null
                                   then l.court_name || to_char(l.period, 'YYYY"年"FMMM"月"') || '尚无已发布的' || l.of_name
                                        || '案件报表，无法核对案号“' || m.case_no || '”'
                                   else '案号“' || m.case_no || '”不在' || l.court_name || to_char(l.period, 'YYYY"年"FMMM"月"')
                                        || '已发布的' || l.of_name || '案件中' end
                           || '。' || r.fix || '。',
                       m.case_no,
                       to_jsonb(m) - 'delivery_id'
                from moved m
                join ledger l on l.delivery_id = m.delivery_id
                cross join core.row_reason r
                cross join lateral (select coalesce(l.column_headers ->> 'case_no', '案号') as header) h
                where r.reason_code = 'NOT_A_TRIAL_CASE'
                """, deliveryId);
        if (moved > 0) {
            jdbc.update("update staging.delivery set rows_loaded = rows_loaded - ? where delivery_id = ?", moved, deliveryId);
        }
    }

    /**
     * The same for a register keyed otherwise (申请编号, kept in core.case_row.extra under the key
     * field's code; a rejected row's key is its staging.row_issue.case_no): every row of a key sent
     * twice is rejected, DUPLICATE_KEY.
     */
    private void rejectDuplicateKeys(long deliveryId, String keyField) {
        int moved = jdbc.update("""
                with occurrences as (
                    select extra ->> ? as key, sheet_name, row_number from core.case_row where delivery_id = ?
                    union
                    select case_no, sheet_name, row_number from staging.row_issue
                    where delivery_id = ? and severity = 'error' and case_no is not null
                ),
                duplicated as (
                    select key, count(*) as times,
                           string_agg(row_number::text, '、' order by row_number) as row_numbers
                    from occurrences
                    group by key
                    having count(*) > 1
                ),
                moved as (
                    delete from core.case_row r
                    using duplicated d
                    where r.delivery_id = ? and r.extra ->> ? = d.key
                    returning r.*, d.key, d.times, d.row_numbers
                )
                insert into staging.row_issue (delivery_id, sheet_name, row_number, field, header, raw_value,
                                               reason_code, severity, message, case_no, raw_row)
                select m.delivery_id, m.sheet_name, m.row_number, ?, h.header, m.key,
                       'DUPLICATE_KEY', 'error',
                       '文件“' || d.file_name || '”' || case when d.file_format like 'Excel%' then '工作表“' || m.sheet_name || '”' else '' end
                           || '第' || m.row_number || '行“' || h.header || '”列：' || h.header || '“' || m.key || '”在本文件中出现了'
                           || m.times || '次（第' || m.row_numbers || '行）。'
                           || '同一' || h.header || '在本文件中出现多次，无法判断以哪一行为准，请合并为一行后重新报送。',
                       m.key,
                       to_jsonb(m) - 'delivery_id' - 'key' - 'times' - 'row_numbers'
                from moved m
                join staging.delivery d on d.delivery_id = m.delivery_id
                cross join lateral (select coalesce(d.column_headers ->> ?, '申请编号') as header) h
                """, keyField, deliveryId, deliveryId, deliveryId, keyField, keyField, keyField);
        if (moved > 0) {
            jdbc.update("update staging.delivery set rows_loaded = rows_loaded - ? where delivery_id = ?", moved, deliveryId);
        }
    }

    /**
     * Counts the rejected and warned rows, and the rows read (rows_loaded and rows_skipped were
     * counted while loading): also for a delivery refused without being published, so that what the
     * run read is reported.
     */
    public void countRows(long deliveryId) {
        jdbc.update("""
                update staging.delivery d
                set rows_rejected = c.rejected,
                    rows_warned = c.warned,
                    rows_read = d.rows_loaded + c.rejected + d.rows_skipped
                from (
                    select (select count(distinct (sheet_name, row_number)) from staging.row_issue
                             where delivery_id = ? and severity = 'error') as rejected,
                           (select count(distinct (i.sheet_name, i.row_number)) from staging.row_issue i
                             where i.delivery_id = ? and i.severity = 'warning'
                               and not exists (select 1 from staging.row_issue e
                                               where e.delivery_id = i.delivery_id and e.sheet_name = i.sheet_name
                                                 and e.row_number = i.row_number and e.severity = 'error')) as warned
                ) c
                where d.delivery_id = ?
                """, deliveryId, deliveryId, deliveryId);
    }

    /**
     * Points the delivery's slice at it: its rows, already in core.case_row, become the slice. No row
     * is copied. core.published_slice says what is published; staging.delivery's status records each
     * file's fate, so the delivery the slice pointed at is marked superseded, and this one published.
     * The superseded delivery's rows stay until {@link #deleteRows} (the caller may still
     * {@linkplain #withdraw withdraw} the publication in the same transaction); an older delivery
     * of the slice held for review is superseded too, and its rows go at once.
     *
     * @return the delivery the slice pointed at before, or 0 when the slice is new
     */
    public long publish(Delivery delivery) {
        Date period = Date.valueOf(delivery.period().atDay(1));
        supersedeHeld(delivery);
        Long replaced = jdbc.query("select delivery_id from core.published_slice where period = ? and court_code = ?"
                        + " and feed = ?", (rs, n) -> rs.getLong(1), period, delivery.courtCode(), delivery.feed())
                .stream().findFirst().orElse(0L);
        jdbc.update("update staging.delivery set status = 'superseded' where delivery_id = ?", replaced);
        jdbc.update("""
                insert into core.published_slice (period, court_code, feed, delivery_id) values (?, ?, ?, ?)
                on conflict (period, court_code, feed)
                do update set delivery_id = excluded.delivery_id, published_at = now()
                """, period, delivery.courtCode(), delivery.feed(), delivery.id());
        jdbc.update("update staging.delivery set status = 'published', loaded_at = now() where delivery_id = ?",
                delivery.id());
        return replaced;
    }

    /**
     * Keeps an accepted delivery loaded but unpublished, for the statistician's review: the slice
     * published before stays in force. An older held delivery of the same slice is superseded.
     */
    public void hold(Delivery delivery) {
        supersedeHeld(delivery);
        jdbc.update("update staging.delivery set status = 'held', loaded_at = now() where delivery_id = ?", delivery.id());
    }

    /**
     * Undoes {@link #publish} within its transaction, for a delivery a check of the computed values
     * holds: the slice points again at the delivery it replaced (or goes), and this one is held.
     *
     * @param replaced what {@link #publish} returned for it
     */
    public void withdraw(long deliveryId, long replaced) {
        if (replaced == 0) {
            jdbc.update("delete from core.published_slice where delivery_id = ?", deliveryId);
        } else {
            jdbc.update("update core.published_slice set delivery_id = ? where delivery_id = ?", replaced, deliveryId);
            jdbc.update("update staging.delivery set status = 'published' where delivery_id = ?", replaced);
        }
        jdbc.update("update staging.delivery set status = 'held' where delivery_id = ?", deliveryId);
    }

    /**
     * Discards a held delivery at the statistician's word: its rows go, its rejected rows and review
     * findings stay on record, and the slice published before stays in force.
     */
    public void reject(Delivery delivery) {
        jdbc.update("delete from core.case_row where delivery_id = ?", delivery.id());
        jdbc.update("update staging.delivery set status = 'rejected', review_decision = 'rejected',"
                + " review_decided_at = now() where delivery_id = ?", delivery.id());
    }

    /** Records that a held delivery was published at the statistician's word (after {@link #publish}). */
    public void markReleased(Delivery delivery) {
        jdbc.update("update staging.delivery set review_decision = 'released', review_decided_at = now()"
                + " where delivery_id = ?", delivery.id());
    }

    /** Deletes the rows of deliveries that are no longer published (those {@link #publish} replaced). */
    public void deleteRows(long deliveryId) {
        if (deliveryId != 0) {
            jdbc.update("delete from core.case_row where delivery_id = ?", deliveryId);
        }
    }

    private void supersedeHeld(Delivery delivery) {
        List<Long> older = jdbc.queryForList("""
                update staging.delivery set status = 'superseded'
                where period = ? and court_code = ? and feed = ? and status = 'held' and delivery_id <> ?
                returning delivery_id
                """, Long.class, Date.valueOf(delivery.period().atDay(1)), delivery.courtCode(), delivery.feed(),
                delivery.id());
        older.forEach(this::deleteRows);
    }
}
