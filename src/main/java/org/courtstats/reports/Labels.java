package org.courtstats.reports;

import org.courtstats.vocabulary.Feed;

/**
 * The Chinese words a statistician reads for the codes the warehouse and Spring Batch store: feeds,
 * delivery states and run states. An unknown code is shown as it is rather than hidden.
 */
public final class Labels {

    private Labels() {
    }

    /** 审判, 执行 or 诉前调解. */
    public static String feed(String code) {
        if (code == null) {
            return "（未识别）";
        }
        return Feed.ofCode(code).map(Feed::reportName).orElse(code);
    }

    /** The state of a delivery (staging.delivery.status). */
    public static String deliveryStatus(String status) {
        return switch (status) {
            case "published" -> "已发布";
            case "held" -> "待审核";
            case "refused" -> "拒收";
            case "rejected" -> "已驳回";
            case "superseded" -> "已被替换";
            case "abandoned" -> "已放弃";
            case "registered" -> "导入中";
            default -> status;
        };
    }

    /** A Spring Batch job name: the import of a month, or the rerun of one court. */
    public static String job(String jobName) {
        return switch (jobName) {
            case "monthlyImport" -> "月度导入";
            case "courtRerun" -> "单院重新导入";
            default -> jobName;
        };
    }

    /** A Spring Batch BatchStatus or ExitStatus code: both name the same few states. */
    public static String runStatus(String code) {
        if (code == null) {
            return "";
        }
        return switch (code) {
            case "COMPLETED" -> "完成";
            case "FAILED" -> "失败";
            case "STARTING" -> "启动中";
            case "STARTED", "EXECUTING" -> "运行中";
            case "STOPPING" -> "停止中";
            case "STOPPED" -> "已停止";
            case "ABANDONED" -> "已放弃";
            case "NOOP" -> "无需处理";
            case "UNKNOWN" -> "未知";
            default -> code;
        };
    }
}
