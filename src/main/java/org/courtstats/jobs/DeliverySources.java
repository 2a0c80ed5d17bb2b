package org.courtstats.jobs;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.courtstats.ingest.DeliveryInspector;
import org.courtstats.ingest.DeliveryRefusedException;
import org.courtstats.normalize.CaseNumberParser;
import org.courtstats.normalize.Court;
import org.courtstats.normalize.ReferenceData;
import org.courtstats.warehouse.DeliveryRepository;
import org.courtstats.warehouse.ReferenceDataRepository;
import org.springframework.stereotype.Component;

/**
 * The files a run loads: every file of the month's inbox folder; for a single-court rerun, only that
 * court's (named in the file name, or, when the name names no court, learnt from the file's case
 * numbers); or that court's latest deliveries of the month as kept in the archive.
 */
@Component
class DeliverySources {

    /** A file to load and the name it goes by (the archive keeps the name the court gave it). */
    record SourceFile(Path path, String name) {
    }

    private final DeliveryRepository deliveries;
    private final ReferenceDataRepository references;

    DeliverySources(DeliveryRepository deliveries, ReferenceDataRepository references) {
        this.deliveries = deliveries;
        this.references = references;
    }

    List<SourceFile> select(ImportParameters parameters) {
        if (parameters.fromArchive()) {
            return deliveries.latestOfCourt(parameters.period(), parameters.courtCode()).stream()
                    .map(delivery -> new SourceFile(Path.of(delivery.archivePath()), delivery.fileName()))
                    .toList();
        }
        Path folder = parameters.monthFolder();
        List<Path> files = DeliveryFiles.in(folder);
        if (parameters.courtCode() == null) {
            return files.stream().map(file -> new SourceFile(file, folder.relativize(file).toString())).toList();
        }
        ReferenceData reference = references.load();
        return files.stream()
                .filter(file -> parameters.courtCode().equals(courtOf(file, reference, parameters).orElse(null)))
                .map(file -> new SourceFile(file, folder.relativize(file).toString()))
                .toList();
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
        }
    }
}
