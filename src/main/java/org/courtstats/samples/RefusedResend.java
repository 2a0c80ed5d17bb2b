package org.courtstats.samples;

import java.nio.file.Path;

/**
 * A resent delivery the pipeline must refuse whole (feeds.md section 6), leaving the court's
 * published month as it was.
 *
 * @param courtCode       the court whose slice the file claims to replace
 * @param expectedRefusal why it must be refused, in English, for the README and tests
 */
public record RefusedResend(Path file, String courtCode, String feed, String expectedRefusal) {
}
