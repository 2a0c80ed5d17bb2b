package org.courtstats.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.courtstats.warehouse.DeliveryArchive;
import org.springframework.stereotype.Component;

/**
 * The one discovery of an import: the files {@link DeliverySources} selects, each hashed once. The
 * checksums identify the run ({@link RunFingerprint}), so that the same files find the run that
 * imported them (nothing is copied then) or the run a crash interrupted; the register step of the
 * run launched on them registers and archives exactly these files, without listing or hashing the
 * inbox again. The job's parameters cannot carry the list (Spring Batch keeps a parameter in 2 500
 * characters), so it is handed over in this process: every run, a restart included, is launched by
 * {@link MonthlyImport} right after its discovery, under the month's lock.
 */
@Component
class RunDiscovery {

    /**
     * A file to load: where it is, the name it goes by (the archive keeps the name the court gave
     * it), and the SHA-256 of its bytes, or why it could not be read (then {@code sha256} is null).
     */
    record Found(Path path, String name, String sha256, IOException unreadable) {
    }

    /** The files found and those of the inbox folder left out, each with the reason. */
    record Discovered(List<Found> files, List<FileNotice> notices) {

        String fingerprint() {
            return RunFingerprint.of(files);
        }
    }

    private final DeliverySources sources;
    private final Map<YearMonth, Discovered> handedOver = new ConcurrentHashMap<>();

    RunDiscovery(DeliverySources sources) {
        this.sources = sources;
    }

    /** Selects the run's files and hashes each (the only read of an inbox file before the run). */
    Discovered discover(ImportParameters parameters) {
        DeliverySources.Selection selection = sources.select(parameters);
        List<Found> found = new ArrayList<>();
        for (DeliverySources.SourceFile file : selection.files()) {
            try {
                found.add(new Found(file.path(), file.name(), DeliveryArchive.sha256(file.path()), null));
            } catch (UncheckedIOException unreadable) {
                found.add(new Found(file.path(), file.name(), null, unreadable.getCause()));
            }
        }
        return new Discovered(List.copyOf(found), selection.notices());
    }

    /** Runs the launch with the files handed over to the month's register step, until it returns. */
    <T> T handingOver(YearMonth period, Discovered files, Supplier<T> launch) {
        handedOver.put(period, files);
        try {
            return launch.get();
        } finally {
            handedOver.remove(period);
        }
    }

    /**
     * The files the run on these parameters was launched on.
     *
     * @throws IllegalStateException when the run was not launched right after discovering them
     */
    Discovered handedOverFor(ImportParameters parameters) {
        Discovered files = handedOver.get(parameters.period());
        if (files == null || !files.fingerprint().equals(parameters.fingerprint())) {
            throw new IllegalStateException("The register step of " + parameters.period() + " has no discovery of "
                    + "its files (fingerprint " + parameters.fingerprint() + "): runs are launched by MonthlyImport only");
        }
        return files;
    }
}
