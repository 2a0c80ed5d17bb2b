package org.courtstats.bulletin;

/**
 * A case domain's figures for the bulletin (mart.indicator_by_slice): the indicators of one group
 * over the domain's cases, ranked among the basic courts within the domain.
 *
 * @param domain  the domain as the slice names it (民事, 刑事, 行政, 执行)
 * @param group   the indicator group its sheet shows (trial, or execution for 执行)
 * @param figures the domain's values, in the shape of a month's
 */
public record DomainFigures(String domain, String group, MonthFigures figures) {
}
