package org.courtstats.samples;

import java.nio.file.Path;

/**
 * A resent delivery the pipeline loads but must hold for the statistician's review (issue #13),
 * leaving the court's published month as it was until it is released.
 *
 * @param courtCode the court whose slice the file would replace
 * @param whyHeld   why it must be held, in English, for the README and tests
 */
public record HeldResend(Path file, String courtCode, String feed, String whyHeld) {
}
