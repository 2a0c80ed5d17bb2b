package org.courtstats.samples.world;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The 15 courts of 南阳市 in the order of {@code shared/reference/courts.csv}. The generator ships in
 * the jar without the reference folder, so the table is repeated here; {@code ReferenceDataTest} checks it
 * against the CSV.
 */
public final class Courts {

    public static final List<Court> ALL = List.of(
            court(0, "豫13", "河南省南阳市中级人民法院", "南阳中院", true, 9713112,
                    "南阳市中级人民法院", "市中院", "中院"),
            court(1, "豫1302", "南阳市宛城区人民法院", "宛城区法院", false, 633563,
                    "宛城区人民法院", "宛城法院", "宛城"),
            court(2, "豫1303", "南阳市卧龙区人民法院", "卧龙区法院", false, 866748,
                    "卧龙区人民法院", "卧龙法院", "卧龙"),
            court(3, "豫1321", "南召县人民法院", "南召县法院", false, 545475, "南召法院", "南召"),
            court(4, "豫1322", "方城县人民法院", "方城县法院", false, 873731, "方城法院", "方城"),
            court(5, "豫1323", "西峡县人民法院", "西峡县法院", false, 450418, "西峡法院", "西峡"),
            court(6, "豫1324", "镇平县人民法院", "镇平县法院", false, 829780, "镇平法院", "镇平"),
            court(7, "豫1325", "内乡县人民法院", "内乡县法院", false, 549068, "内乡法院", "内乡"),
            court(8, "豫1326", "淅川县人民法院", "淅川县法院", false, 538569, "淅川法院", "淅川"),
            court(9, "豫1327", "社旗县人民法院", "社旗县法院", false, 561573, "社旗法院", "社旗"),
            court(10, "豫1328", "唐河县人民法院", "唐河县法院", false, 1052978, "唐河法院", "唐河"),
            court(11, "豫1329", "新野县人民法院", "新野县法院", false, 599855, "新野法院", "新野"),
            court(12, "豫1330", "桐柏县人民法院", "桐柏县法院", false, 378240, "桐柏法院", "桐柏"),
            court(13, "豫1381", "邓州市人民法院", "邓州市法院", false, 1247807, "邓州法院", "邓州"),
            court(14, "豫1371", "南阳高新技术产业开发区人民法院", "高新区法院", false, 452000,
                    "南阳高新区法院", "高新法院", "高新"));

    public static final Court INTERMEDIATE = ALL.get(0);

    public static final List<Court> BASIC = ALL.subList(1, ALL.size());

    private Courts() {
    }

    public static Court byCode(String code) {
        return ALL.stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no court " + code));
    }

    private static Court court(int index, String code, String name, String shortName,
                               boolean intermediate, int population, String... aliases) {
        List<String> names = new ArrayList<>();
        names.add(name);
        names.add(shortName);
        for (String alias : aliases) {
            if (!names.contains(alias)) {
                names.add(alias);
            }
        }
        return new Court(index, code, name, shortName, List.copyOf(names), intermediate, population);
    }
}
