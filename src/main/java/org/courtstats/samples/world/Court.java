package org.courtstats.samples.world;

import java.util.List;

/**
 * One of the city's courts, as in {@code shared/reference/courts.csv}.
 *
 * @param index        position in courts.csv, used to key random streams
 * @param names        every name a file may carry: full name, short name and the aliases
 * @param population   2020 census population of the area (the intermediate court: the city)
 */
public record Court(int index, String code, String name, String shortName, List<String> names,
             boolean intermediate, int population) {
}
