package org.courtstats.samples.quirks;

import java.util.List;
import java.util.Map;
import org.courtstats.samples.world.CaseNo;
import org.courtstats.samples.world.Courts;
import org.courtstats.samples.world.Rng;

/**
 * How a court's system names the way a case ended: the canonical names of feeds.md 3.1 and 3.2, or
 * the longer accepted spellings (判决结案, 准予撤诉, 驳回上诉维持原判, 指令再审, 终本, 支持异议, …).
 * 终结审查 has no other spelling.
 */
enum Vocabulary {
    CANONICAL,
    VERBOSE,
    /** Half and half, as when two clerks keep the same register. */
    MIXED;

    private static final Map<String, List<String>> SPELLINGS = Map.ofEntries(
            Map.entry("判决", List.of("判决结案")),
            Map.entry("调解", List.of("调解结案", "调解书")),
            Map.entry("撤诉", List.of("准予撤诉", "按撤诉处理", "准予撤诉")),
            Map.entry("驳回起诉", List.of("裁定驳回起诉")),
            Map.entry("维持", List.of("驳回上诉维持原判", "维持原判")),
            Map.entry("改判", List.of("改判", "部分改判")),
            Map.entry("发回重审", List.of("撤销原判发回重审")),
            Map.entry("撤回上诉", List.of("准许撤回上诉", "按撤回上诉处理")),
            Map.entry("移送", List.of("移送管辖", "移送其他法院")),
            Map.entry("终结", List.of("终结诉讼")),
            Map.entry("驳回再审申请", List.of("裁定驳回再审申请")),
            Map.entry("裁定再审", List.of("提审", "指令再审", "指定再审")),
            Map.entry("撤回再审申请", List.of("准许撤回再审申请")),
            Map.entry("执行完毕", List.of("执行完毕结案")),
            Map.entry("终结本次执行程序", List.of("终本", "终结本次执行")),
            Map.entry("撤回申请", List.of("准许撤回执行申请")),
            Map.entry("异议成立", List.of("支持异议", "撤销执行行为", "变更执行行为")));

    /** How the court writes the canonical 结案方式 of case {@code no}. */
    String spell(String canonical, CaseNo no, long key) {
        List<String> spellings = SPELLINGS.getOrDefault(canonical, List.of()).stream()
                .filter(spelling -> fits(spelling, no)).toList();
        if (this == CANONICAL || spellings.isEmpty()) {
            return canonical;
        }
        Rng rng = Rng.of(key, "disposition-spelling");
        if (this == MIXED && rng.chance(0.5)) {
            return canonical;
        }
        return rng.pick(spellings);
    }

    /**
     * Whether a spelling says something true of the case: 驳回上诉维持原判 needs an appeal, and only the
     * higher court takes a case up (提审) or orders or designates a lower one to retry it.
     */
    private static boolean fits(String spelling, CaseNo no) {
        return switch (spelling) {
            case "驳回上诉维持原判" -> no.type().endsWith("终");
            case "提审", "指令再审", "指定再审" -> no.court().equals(Courts.INTERMEDIATE.code());
            default -> true;
        };
    }
}
