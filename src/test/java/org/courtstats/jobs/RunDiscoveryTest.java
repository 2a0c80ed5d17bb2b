package org.courtstats.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The register step gets the files its import found, hashed once, instead of selecting and hashing
 * the inbox again — and only the run launched on them does: the same fingerprint, during the launch.
 */
class RunDiscoveryTest {

    static final YearMonth AUGUST = YearMonth.of(2024, 8);

    final RunDiscovery discovery = new RunDiscovery(null);
    final RunDiscovery.Discovered found = new RunDiscovery.Discovered(List.of(
            new RunDiscovery.Found(Path.of("inbox/2024-08/宛城.csv"), "宛城.csv", "ab".repeat(32), null)), List.of());

    @Test
    void theRunLaunchedOnTheFilesGetsThemDuringItsLaunchOnly() {
        ImportParameters parameters = parameters(found.fingerprint());

        RunDiscovery.Discovered handed = discovery.handingOver(AUGUST, found, () -> discovery.handedOverFor(parameters));

        assertThat(handed).isSameAs(found);
        assertThatThrownBy(() -> discovery.handedOverFor(parameters)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRunOnOtherFilesDoesNotGetThem() {
        ImportParameters other = parameters(new RunDiscovery.Discovered(List.of(), List.of()).fingerprint());

        assertThatThrownBy(() -> discovery.handingOver(AUGUST, found, () -> discovery.handedOverFor(other)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("2024-08");
    }

    @Test
    void theFingerprintChangesWithAFilesBytesAndCountsAnUnreadableFileByItsName() {
        RunDiscovery.Found file = found.files().get(0);
        RunDiscovery.Found otherBytes = new RunDiscovery.Found(file.path(), file.name(), "cd".repeat(32), null);
        RunDiscovery.Found unreadable = new RunDiscovery.Found(file.path(), file.name(), null,
                new AccessDeniedException(file.path().toString()));

        assertThat(RunFingerprint.of(List.of(otherBytes))).isNotEqualTo(found.fingerprint());
        assertThat(RunFingerprint.of(List.of(unreadable))).isNotEqualTo(found.fingerprint())
                .isEqualTo(RunFingerprint.of(List.of(new RunDiscovery.Found(file.path(), file.name(), null,
                        new IOException("disk")))));
    }

    private static ImportParameters parameters(String fingerprint) {
        return new ImportParameters(AUGUST, Path.of("inbox"), null, false, fingerprint, "", new BigDecimal("0.05"), "");
    }
}
