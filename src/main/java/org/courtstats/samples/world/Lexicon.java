package org.courtstats.samples.world;

import java.util.List;

/** The Chinese words the simulated cases are made of: names, causes of action, places. */
public final class Lexicon {

    /** A civil cause of action with the typical amount in dispute (0: not a money claim). */
    record CivilCause(String name, double medianAmount, boolean contract) {
    }

    static final List<String> SURNAMES = List.of(
            "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高",
            "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧",
            "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾",
            "丁", "魏", "薛", "叶", "阎", "余", "潘", "杜", "戴", "夏", "钟", "汪", "田", "任", "姜");

    static final List<String> GIVEN = List.of(
            "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
            "明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "玉", "萍", "红", "鹏", "辉", "建",
            "国", "峰", "亮", "成", "斌", "宁", "海", "东", "志", "晓", "文", "新", "春", "燕", "雪",
            "振", "宏", "瑞", "博", "凯", "帅", "浩", "宇", "欣", "怡", "佳", "俊", "晨", "阳", "璐");

    static final Weighted<CivilCause> CIVIL_CAUSES = new Weighted<CivilCause>()
            .add(new CivilCause("民间借贷纠纷", 60_000, true), 18)
            .add(new CivilCause("买卖合同纠纷", 80_000, true), 12)
            .add(new CivilCause("离婚纠纷", 0, false), 10)
            .add(new CivilCause("机动车交通事故责任纠纷", 70_000, false), 9)
            .add(new CivilCause("金融借款合同纠纷", 150_000, true), 8)
            .add(new CivilCause("信用卡纠纷", 25_000, true), 6)
            .add(new CivilCause("劳务合同纠纷", 20_000, true), 4)
            .add(new CivilCause("物业服务合同纠纷", 3_000, true), 4)
            .add(new CivilCause("追索劳动报酬纠纷", 15_000, false), 3)
            .add(new CivilCause("房屋租赁合同纠纷", 30_000, true), 3)
            .add(new CivilCause("建设工程施工合同纠纷", 500_000, true), 3)
            .add(new CivilCause("合同纠纷", 50_000, true), 3)
            .add(new CivilCause("生命权、身体权、健康权纠纷", 40_000, false), 2.5)
            .add(new CivilCause("抚养纠纷", 0, false), 2)
            .add(new CivilCause("提供劳务者受害责任纠纷", 60_000, false), 2)
            .add(new CivilCause("服务合同纠纷", 10_000, true), 2)
            .add(new CivilCause("劳动争议", 20_000, false), 2)
            .add(new CivilCause("继承纠纷", 0, false), 1.5)
            .add(new CivilCause("不当得利纠纷", 30_000, true), 1.5)
            .add(new CivilCause("承揽合同纠纷", 40_000, true), 1.5)
            .add(new CivilCause("相邻关系纠纷", 0, false), 1)
            .add(new CivilCause("土地承包经营权纠纷", 0, false), 1)
            .add(new CivilCause("排除妨害纠纷", 0, false), 1);

    static final Weighted<String> CRIMINAL_CAUSES = new Weighted<String>()
            .add("危险驾驶罪", 22).add("盗窃罪", 14).add("帮助信息网络犯罪活动罪", 12).add("诈骗罪", 10)
            .add("故意伤害罪", 7).add("交通肇事罪", 6).add("寻衅滋事罪", 5).add("开设赌场罪", 4)
            .add("掩饰、隐瞒犯罪所得、犯罪所得收益罪", 4).add("非法吸收公众存款罪", 2)
            .add("非法占用农用地罪", 2).add("滥伐林木罪", 2).add("拒不执行判决、裁定罪", 2)
            .add("非法捕捞水产品罪", 1);

    /** The serious crimes an intermediate court tries at first instance. */
    static final Weighted<String> SERIOUS_CRIMINAL_CAUSES = new Weighted<String>()
            .add("故意杀人罪", 3).add("贩卖毒品罪", 3).add("抢劫罪", 2).add("集资诈骗罪", 2)
            .add("受贿罪", 2).add("组织、领导、参加黑社会性质组织罪", 1);

    static final Weighted<String> ADMINISTRATIVE_CAUSES = new Weighted<String>()
            .add("行政处罚", 30).add("行政强制", 15).add("行政登记", 10).add("行政协议", 10)
            .add("政府信息公开", 10).add("不履行法定职责", 10).add("工伤认定", 8).add("行政复议", 7);

    private Lexicon() {
    }

    /** A person's name: a surname and one or two given characters. */
    public static String personName(Rng rng) {
        String name = rng.pick(SURNAMES) + rng.pick(GIVEN);
        return rng.chance(0.7) ? name + rng.pick(GIVEN) : name;
    }

    /** The anonymised form published court lists use: 王某, 王某某. */
    static String anonymised(Rng rng) {
        return rng.pick(SURNAMES) + (rng.chance(0.6) ? "某某" : "某");
    }

    /** Town names of each county, for its 人民法庭 (people's tribunals). */
    static List<String> towns(Court court) {
        return switch (court.code()) {
            case "豫1302" -> List.of("瓦店", "红泥湾");
            case "豫1303" -> List.of("石桥", "潦河", "陆营");
            case "豫1321" -> List.of("云阳", "皇路店", "南河店");
            case "豫1322" -> List.of("博望", "赵河", "券桥");
            case "豫1323" -> List.of("丁河", "双龙", "重阳");
            case "豫1324" -> List.of("石佛寺", "贾宋", "晁陂");
            case "豫1325" -> List.of("马山口", "夏馆", "师岗");
            case "豫1326" -> List.of("荆紫关", "厚坡", "香花");
            case "豫1327" -> List.of("饶良", "兴隆", "苗店");
            case "豫1328" -> List.of("源潭", "桐寨铺", "湖阳", "郭滩");
            case "豫1329" -> List.of("沙堰", "王庄", "歪子");
            case "豫1330" -> List.of("月河", "埠江", "平氏");
            case "豫1381" -> List.of("穰东", "构林", "张村", "彭桥");
            case "豫1371" -> List.of("新店");
            default -> List.of();
        };
    }
}
