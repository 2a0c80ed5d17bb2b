package org.courtstats.samples.quirks;

import org.courtstats.samples.world.Field;

/**
 * A column of a layout: the field it holds, its header text, and in a two-row header the upper
 * cell merged over it and its neighbours ({@code 审限}, {@code 金额（万元）}), or null.
 */
public record Column(Field field, String header, String group) {
}
