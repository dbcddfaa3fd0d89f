package org.innopark.engine.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.innopark.engine.registry.HighTechField;
import org.innopark.engine.registry.IndustryCode;

/**
 * The GB/T 4754-2017 industries (小类) a generated enterprise of each high-tech field may belong to, with the word
 * its name takes (生物科技, 光电, …) and the technical topics its platforms and projects are named after.
 */
final class Industries {

    /** One industry: its code, the word for company names, and the business traits the simulation uses. */
    record Industry(IndustryCode code, String word, boolean manufacturing) {}

    private static final Map<HighTechField, List<Industry>> BY_FIELD = new EnumMap<>(HighTechField.class);
    private static final Map<HighTechField, List<String>> TOPICS = new EnumMap<>(HighTechField.class);

    static {
        put(
                HighTechField.ELECTRONIC_INFORMATION,
                List.of(
                        industry("6513", "软件", false),
                        industry("6513", "信息技术", false),
                        industry("6520", "微电子", false),
                        industry("3976", "光电", true),
                        industry("3973", "半导体", true),
                        industry("3921", "通信技术", true),
                        industry("6550", "数据科技", false)),
                List.of("光电子器件", "集成电路设计", "工业软件", "智能传感", "激光技术", "光学精密仪器", "人工智能", "北斗导航"));
        put(
                HighTechField.BIO_MEDICINE,
                List.of(
                        industry("2761", "生物科技", true),
                        industry("2762", "生物工程", true),
                        industry("2720", "药业", true),
                        industry("2710", "医药", true),
                        industry("3581", "医疗器械", true),
                        industry("7340", "医药科技", false)),
                List.of("生物药物", "基因工程疫苗", "化学创新药", "体外诊断", "高端医疗器械", "中药现代化", "细胞治疗", "生物制造"));
        put(
                HighTechField.AEROSPACE,
                List.of(industry("3742", "航天科技", true), industry("3744", "航空科技", true), industry("3743", "卫星技术", true)),
                List.of("商业遥感卫星", "航空复合材料", "无人机系统", "卫星测控"));
        put(
                HighTechField.NEW_MATERIALS,
                List.of(
                        industry("3985", "电子材料", true),
                        industry("2661", "化学材料", true),
                        industry("3240", "合金材料", true),
                        industry("3091", "碳材料", true),
                        industry("2651", "新材料", true)),
                List.of("先进高分子材料", "碳纤维复合材料", "稀土功能材料", "电子化学品", "高性能合金"));
        put(
                HighTechField.HIGH_TECH_SERVICES,
                List.of(
                        industry("7320", "技术研究", false),
                        industry("7452", "检测技术", false),
                        industry("7530", "科技服务", false),
                        industry("7519", "技术服务", false)),
                List.of("检验检测", "科技成果转化", "工业设计", "知识产权服务"));
        put(
                HighTechField.NEW_ENERGY,
                List.of(
                        industry("3825", "光伏科技", true),
                        industry("3841", "新能源", true),
                        industry("7514", "节能科技", false),
                        industry("4415", "能源科技", false)),
                List.of("先进储能", "光伏电池", "氢能与燃料电池", "智能电网"));
        put(
                HighTechField.RESOURCES_ENVIRONMENT,
                List.of(
                        industry("3591", "环保设备", true),
                        industry("7722", "环境科技", false),
                        industry("7721", "水处理", false),
                        industry("4220", "资源再生", true)),
                List.of("大气污染治理", "水环境修复", "固废资源化", "生态监测"));
        put(
                HighTechField.ADVANCED_MANUFACTURING,
                List.of(
                        industry("3491", "机器人", true),
                        industry("3670", "汽车零部件", true),
                        industry("3493", "增材制造", true),
                        industry("4011", "自动化", true),
                        industry("3421", "智能装备", true),
                        industry("3562", "精密机械", true)),
                List.of("汽车电子", "工业机器人", "智能制造装备", "精密数控机床", "轨道交通装备", "增材制造"));
    }

    private Industries() {}

    private static Industry industry(String code, String word, boolean manufacturing) {
        return new Industry(new IndustryCode(code), word, manufacturing);
    }

    private static void put(HighTechField field, List<Industry> industries, List<String> topics) {
        BY_FIELD.put(field, industries);
        TOPICS.put(field, topics);
    }

    static List<Industry> of(HighTechField field) {
        return BY_FIELD.get(field);
    }

    static List<String> topics(HighTechField field) {
        return TOPICS.get(field);
    }
}
