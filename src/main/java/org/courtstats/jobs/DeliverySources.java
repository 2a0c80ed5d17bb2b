package org.courtstats.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.courtstats.inspection.DeliveryInspector;
import org.courtstats.inspection.DeliveryRefusedException;
import org.courtstats.normalize.CaseNumberParser;
import org.courtstats.vocabulary.Court;
import org.courtstats.vocabulary.ReferenceData;
import org.courtstats.warehouse.DeliveryRepository;
import org.courtstats.warehouse.ReferenceDataRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The files a run loads: every file of the month's inbox folder; for a single-court rerun, only that
 * court's (named in the file name, or, when the name names no court, learnt from the file's case
 * numbers); or that court's latest deliveries of the month as kept in the archive. A file of the inbox
 * modified within the last {@code courtstats.inbox.settle-seconds} may still be being written (a slow
 * upload): it is held back for the next run rather than loaded half-done.
 */
@Component
class DeliverySources {

    /** A file to load and the name it goes by (the archive keeps the name the court gave it). */
    record SourceFile(Path path, String name) {
    }

    /** The files to load, and those of the inbox folder left out, each with the reason. */
    record Selection(List<SourceFile> files, List<FileNotice> notices) {
    }

    private static final DateTimeFormatter MODIFIED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final DeliveryRepository deliveries;
    private final ReferenceDataRepository references;
    private final Duration settle;

    DeliverySources(DeliveryRepository deliveries, ReferenceDataRepository references,
                    @Value("${courtstats.inbox.settle-seconds}") long settleSeconds) {
        this.deliveries = deliveries;
        this.references = references;
        this.settle = Duration.ofSeconds(settleSeconds);
    }

    Selection select(ImportParameters parameters) {
        if (parameters.fromArchive()) {
            return new Selection(deliveries.latestOfCourt(parameters.period(), parameters.courtCode()).stream()
                    .map(delivery -> new SourceFile(Path.of(delivery.archivePath()), delivery.fileName()))
                    .toList(), List.of());
        }
        Path folder = parameters.monthFolder();
        DeliveryFiles.Listing listing = DeliveryFiles.in(folder);
        List<FileNotice> notices = new ArrayList<>(listing.ignored());
        ReferenceData reference = parameters.courtCode() == null ? null : references.load();
        Instant settledBefore = Instant.now().minus(settle);
        List<Path> files = new ArrayList<>();
        for (Path file : listing.files()) {
            Instant modified = modified(file);
            if (modified.isAfter(settledBefore)) {
                if (reference != null && isAnotherCourts(file, reference, parameters.courtCode())) {
                    continue;
                }
                notices.add(FileNotice.heldBack(folder.relativize(file).toString(), "在最近 " + settle.toSeconds()
                        + " 秒内（" + modified + "）被修改过，可能仍在上传，本次未导入，留待下次运行；文件传完后重新运行即可导入"));
            } else {
                files.add(file);
            }
        }
        List<SourceFile> selected = files.stream()
                .filter(file -> reference == null
                        || parameters.courtCode().equals(courtOf(file, reference, parameters).orElse(null)))
                .map(file -> new SourceFile(file, folder.relativize(file).toString()))
                .toList();
        return new Selection(selected, List.copyOf(notices));
    }

    /** A rerun of one court does not report another court's file held back. */
    private static boolean isAnotherCourts(Path file, ReferenceData reference, String courtCode) {
        return reference.courtNamedIn(file.getFileName().toString()).map(court -> !court.code().equals(courtCode))
                .orElse(false);
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> courtOf(Path file, ReferenceData reference, ImportParameters parameters) {
        String name = file.getFileName().toString();
        Optional<String> named = reference.courtNamedIn(name).map(Court::code);
        if (named.isPresent()) {
            return named;
        }
        try {
            return Optional.of(new DeliveryInspector(reference, new CaseNumberParser(reference.typeCodes()))
                    .inspect(file, name, parameters.period()).courtCode());
        } catch (DeliveryRefusedException refusal) {
            return Optional.ofNullable(refusal.courtCode());
        } catch (UncheckedIOException unreadable) {
            // A file that cannot be read and names no court cannot be told to be this court's.
            return Optional.empty();
        }
    }
}
