package org.courtstats.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.courtstats.support.Inbox;
import org.courtstats.support.WarehouseTest;
import org.courtstats.support.Warehouses;
import org.courtstats.warehouse.Delivery;
import org.courtstats.warehouse.DeliveryArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * What the import does with the files it finds in the inbox: the archive copy it loads (checked
 * against its checksum, repaired when it is not what its name says), files still being written (held
 * back for the next run), links out of the inbox and hidden files (left out, each with a line). Files
 * settle after an hour here, so every file a test means to load is dated two hours back.
 */
@WarehouseTest
@TestPropertySource(properties = "courtstats.inbox.settle-seconds=3600")
class InboxFilesIT {

    static final YearMonth AUGUST = YearMonth.of(2024, 8);
    static final String WANCHENG = "宛城区法院_审判案件_2024年8月.csv";
    static final String WOLONG = "卧龙区法院_审判案件_2024年8月.csv";

    @Autowired
    MonthlyImport monthlyImport;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DeliveryArchive archive;
    @TempDir
    Path temp;
    Inbox inbox;

    @BeforeEach
    void emptyWarehouse() {
        Warehouses.reset(jdbc);
        inbox = new Inbox(temp.resolve("inbox"));
    }

    /**
     * What a file rewritten during registration left before: an archive file under the checksum of
     * one version holding 0 bytes. The import used it as it was, refused the delivery as empty, and
     * the version could never be loaded again.
     */
    @Test
    void anArchiveFileThatDoesNotHoldTheBytesOfItsNameIsRepairedAndThoseBytesAreLoaded() throws Exception {
        Path file = settled(wancheng());
        Path corrupt = archived(file);
        Files.createDirectories(corrupt.getParent());
        Files.write(corrupt, new byte[0]);

        ImportReport report = monthlyImport.run(AUGUST, inbox.root());

        assertThat(report.failed()).as(report.failure()).isFalse();
        assertThat(report.deliveries()).singleElement().satisfies(line -> {
            assertThat(line.delivery().status()).isEqualTo(Delivery.PUBLISHED);
            assertThat(line.delivery().rowsLoaded()).isEqualTo(2);
            assertThat(line.delivery().archivePath()).isEqualTo(corrupt.toString());
        });
        assertThat(Files.readAllBytes(corrupt)).isEqualTo(Files.readAllBytes(file));
    }

    /**
     * The state the old registration left in the warehouse: the version refused (as empty) under its
     * own checksum, its archive copy empty. Sending exactly that version again said 未变化（拒收）.
     */
    @Test
    void aVersionRefusedOnACorruptArchiveCopyIsLoadedWhenSentAgain() throws Exception {
        Path file = settled(wancheng());
        Path corrupt = archived(file);
        Files.createDirectories(corrupt.getParent());
        Files.write(corrupt, new byte[0]);
        jdbc.update("insert into staging.delivery (job_instance_id, period, file_name, source_path, archive_path, sha256,"
                        + " size_bytes, status, refusal_code, refusal_reason) values (0, ?, ?, ?, ?, ?, 0, 'refused',"
                        + " 'UNREADABLE_FILE', '文件为空')",
                Date.valueOf(AUGUST.atDay(1)), WANCHENG, file.toString(), corrupt.toString(), DeliveryArchive.sha256(file));

        ImportReport report = monthlyImport.run(AUGUST, inbox.root());

        assertThat(report.deliveries()).singleElement().satisfies(line -> {
            assertThat(line.unchanged()).as("not taken for the refused version").isFalse();
            assertThat(line.delivery().status()).isEqualTo(Delivery.PUBLISHED);
        });
        assertThat(Files.readAllBytes(corrupt)).isEqualTo(Files.readAllBytes(file));
    }

    @Test
    void aFileModifiedWithinTheSettlingTimeIsLeftForTheNextRunAndTheRestPublished() throws Exception {
        settled(wancheng());
        Path uploading = inbox.csv("2024-08", WOLONG, List.of(List.of("案号", "立案日期", "结案日期", "结案方式"),
                List.of("（2024）豫1303民初1号", "2024-08-01", "", "")));

        ImportReport report = monthlyImport.run(AUGUST, inbox.root());

        assertThat(report.failed()).as(report.failure()).isFalse();
        assertThat(report.deliveries()).extracting(line -> line.delivery().fileName()).containsExactly(WANCHENG);
        assertThat(report.deliveries().get(0).delivery().status()).isEqualTo(Delivery.PUBLISHED);
        assertThat(report.notices()).singleElement().satisfies(notice -> {
            assertThat(notice.fileName()).isEqualTo(WOLONG);
            assertThat(notice.heldBack()).isTrue();
            assertThat(notice.reason()).contains("最近 3600 秒内").contains("留待下次运行");
        });
        assertThat(report.anyNotPublished()).as("the month is not complete: exit 3").isTrue();
        assertThat(jdbc.queryForObject("select count(*) from staging.delivery where file_name = ?", Integer.class, WOLONG))
                .as("not even registered").isZero();

        settled(uploading);
        ImportReport next = monthlyImport.run(AUGUST, inbox.root());

        assertThat(next.notices()).isEmpty();
        assertThat(next.deliveries()).filteredOn(line -> line.delivery().fileName().equals(WOLONG))
                .singleElement().satisfies(line -> assertThat(line.delivery().status()).isEqualTo(Delivery.PUBLISHED));
    }

    @Test
    void aMonthWhoseOnlyFileIsStillBeingWrittenLoadsNothingAndSaysSo() throws Exception {
        wancheng();

        ImportReport report = monthlyImport.run(AUGUST, inbox.root());

        assertThat(report.failed()).isFalse();
        assertThat(report.deliveries()).isEmpty();
        assertThat(report.notices()).singleElement().satisfies(notice -> assertThat(notice.heldBack()).isTrue());
        assertThat(report.anyNotPublished()).isTrue();
    }

    @Test
    void linksOutOfTheInboxAndHiddenFilesAreLeftOutEachWithALine() throws Exception {
        settled(wancheng());
        Path outside = Files.createDirectories(temp.resolve("elsewhere")).resolve("passwd.csv");
        Files.writeString(outside, "案号,立案日期,结案日期,结案方式\r\n（2024）豫1303民初1号,2024-08-01,,\r\n");
        Files.setLastModifiedTime(outside, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path folder = inbox.root().resolve("2024-08");
        Files.createSymbolicLink(folder.resolve("secret.csv"), outside);
        settled(Files.writeString(folder.resolve(".宛城_备份.csv"), "hidden"));
        Files.createDirectories(folder.resolve(".sync"));
        settled(Files.writeString(folder.resolve(".sync/卧龙.csv"), "hidden too"));

        ImportReport report = monthlyImport.run(AUGUST, inbox.root());

        assertThat(report.failed()).as(report.failure()).isFalse();
        assertThat(report.deliveries()).extracting(line -> line.delivery().fileName()).containsExactly(WANCHENG);
        assertThat(report.notices()).extracting(FileNotice::fileName)
                .containsExactly(".sync/", ".宛城_备份.csv", "secret.csv");
        assertThat(report.notices()).allSatisfy(notice -> assertThat(notice.heldBack()).isFalse());
        assertThat(report.notices().get(2).reason()).contains("收件目录以外").contains(outside.toRealPath().toString());
        assertThat(report.notices().get(1).reason()).contains("隐藏文件");
        assertThat(report.anyNotPublished()).as("left-out files do not make the month incomplete").isFalse();
        Path archived = Path.of(report.deliveries().get(0).delivery().archivePath());
        try (Stream<Path> kept = Files.walk(archived.getParent().getParent().getParent())) {
            assertThat(kept.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .containsExactly(WANCHENG);
        }
    }

    private Path wancheng() throws Exception {
        return inbox.csv("2024-08", WANCHENG, List.of(List.of("案号", "立案日期", "结案日期", "结案方式"),
                List.of("（2024）豫1302民初1号", "2024-08-01", "2024-08-20", "判决"),
                List.of("（2024）豫1302民初2号", "2024-08-02", "", "")));
    }

    /** Dates the file two hours back: an upload finished long ago. */
    private static Path settled(Path file) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        return file;
    }

    /** Where the archive keeps a file's bytes, by their checksum. */
    private Path archived(Path file) {
        return archive.pathOf(DeliveryArchive.sha256(file), file.getFileName().toString());
    }
}
