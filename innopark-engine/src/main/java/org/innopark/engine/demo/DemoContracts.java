package org.innopark.engine.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.TechContract;
import org.innopark.engine.transfer.ContractDetails;
import org.innopark.engine.transfer.ContractLists;

/**
 * The demo's technology-contract registration forms. For the registry's contracts of a park (sold by its
 * enterprises), the form's own fields: 技术许可 for some of the 技术转让, 技术交易额 as most of the turnover, 技术领域 from
 * the seller's industry, 知识产权类型 by type, and the buyer's region from its name (the partner city a buyer's name
 * starts with; the home province otherwise). Besides, the contracts the park's enterprises bought from outside (吸纳),
 * which the registry's demo does not make: sellers in the home province for about half, the partner cities for the
 * rest; types weighted towards many small 技术服务 and few large 技术转让, amounts log-normal by type.
 */
public final class DemoContracts {

    /** A park enterprise that may buy: its credit code, name and industry. */
    public record Buyer(String creditCode, String name, String industry) {}

    /** A contract with its registration form. */
    public record Registered(TechContract contract, ContractDetails details) {}

    /** Type code, weight, median turnover in yuan. */
    private record TypeDraw(String code, int weight, double median) {}

    private static final List<TypeDraw> TYPES = List.of(
            new TypeDraw("SERVICE", 45, 80_000),
            new TypeDraw("DEVELOPMENT", 25, 400_000),
            new TypeDraw("CONSULTING", 10, 50_000),
            new TypeDraw("TRANSFER", 12, 1_500_000),
            new TypeDraw("LICENSING", 8, 800_000));

    /** What a project is about, by 技术领域: the first half of a 项目名称. */
    private static final Map<String, List<String>> SUBJECTS = Map.ofEntries(
            Map.entry("电子信息", List.of("工业视觉缺陷检测软件", "车载以太网通信模块", "设备远程运维平台", "嵌入式电机控制板")),
            Map.entry("航空航天", List.of("无人机飞控系统", "航空结构件无损检测", "卫星遥感数据处理")),
            Map.entry("先进制造", List.of("焊装生产线柔性夹具", "数控机床热误差补偿", "冲压模具寿命提升", "自动化装配工作站")),
            Map.entry("生物、医药和医疗器械", List.of("单克隆抗体纯化工艺", "体外诊断试剂盒", "中药配方颗粒质量标准", "医用敷料灭菌工艺")),
            Map.entry("新材料及其应用", List.of("碳纤维复合材料成型", "高镍正极材料包覆", "耐高温密封胶配方", "汽车轻量化铝合金铸造")),
            Map.entry("新能源与高效节能", List.of("动力电池梯次利用", "工业余热回收", "光伏组件清洗机器人", "储能电站能量管理")),
            Map.entry("环境保护与资源综合利用", List.of("工业废水深度处理", "挥发性有机物治理", "秸秆综合利用")),
            Map.entry("核应用", List.of("辐照灭菌工艺验证")),
            Map.entry("农业", List.of("玉米高产栽培", "畜禽粪污资源化", "黑土地保护性耕作")),
            Map.entry("现代交通", List.of("轨道客车转向架检测", "新能源汽车热管理系统", "智能网联汽车测试")),
            Map.entry("城市建设与社会发展", List.of("建筑能耗监测", "城市供热管网泄漏诊断", "社区养老服务系统")));

    private static final Map<String, String> PROJECT_SUFFIX = Map.of(
            "SERVICE", "技术服务",
            "DEVELOPMENT", "联合开发",
            "CONSULTING", "技术咨询",
            "TRANSFER", "技术转让",
            "LICENSING", "专利实施许可");

    private static final String[] SELLER_WORDS = {"智能装备", "新材料", "生物科技", "信息技术", "检测技术", "节能科技"};

    private static final String[] HOME_INSTITUTES = {"工业技术研究院", "农业科学院", "产业技术研究院", "科学院应用技术研究所"};

    private final ContractLists lists;

    public DemoContracts(ContractLists lists) {
        this.lists = lists;
    }

    /** The registration form of a registry contract the park's enterprise sold, drawn from the contract's number. */
    public ContractDetails details(
            TechContract c, String parkRegion, boolean buyerInPark, String sellerIndustry, String body, long seed) {
        Draw d = new Draw(Draw.seed(seed, c.registrationNo().hashCode(), 16));
        String type = lists.typeFor(c.type()).code();
        if ("TRANSFER".equals(type) && d.chance(0.4)) {
            type = "LICENSING";
        }
        String field = field(sellerIndustry, d);
        String buyerRegion = buyerInPark ? parkRegion : regionOfName(c.buyerName(), parkRegion, d);
        return new ContractDetails(
                c.registrationNo(),
                project(field, type, d),
                type,
                technologyAmount(c.amount(), type, d),
                field,
                ipType(type, d),
                parkRegion,
                buyerRegion,
                body);
    }

    /**
     * The contracts a park's enterprises bought from outside the park in a year (numbered after the registry's own
     * numbers of that year, from 900001).
     */
    public List<Registered> purchases(
            String park, String parkRegion, String body, List<Buyer> buyers, int year, int count, long seed) {
        List<Registered> out = new ArrayList<>();
        if (buyers.isEmpty()) {
            return out;
        }
        Draw d = new Draw(Draw.seed(seed, park.hashCode(), year, 17));
        String province = lists.province(parkRegion).orElse("");
        int[] weights = TYPES.stream().mapToInt(TypeDraw::weight).toArray();
        for (int i = 0; i < count; i++) {
            TypeDraw t = TYPES.get(d.weighted(weights));
            Buyer buyer = d.pick(buyers);
            String sellerName;
            String sellerRegion;
            if (d.chance(0.5)) {
                sellerRegion = d.chance(0.5) ? parkRegion.substring(0, 2) + "0100" : parkRegion.substring(0, 4) + "00";
                sellerName = d.chance(0.5)
                        ? province + d.pick(HOME_INSTITUTES)
                        : Names.company(
                                province.replaceAll("(省|市|自治区|壮族|回族|维吾尔)", ""),
                                Names.randomBrand(d),
                                d.pick(SELLER_WORDS),
                                false);
            } else {
                Names.City city = d.pick(Names.PARTNER_CITIES);
                sellerRegion = city.regionCode();
                sellerName = Names.company(city.name(), Names.randomBrand(d), d.pick(SELLER_WORDS), d.chance(0.15));
            }
            BigDecimal amount = BigDecimal.valueOf(Math.max(1, Math.round(d.logNormal(t.median(), 1.2) / 100)) * 100L)
                    .setScale(2);
            String no = String.format(Locale.ROOT, "%d%s%06d", year, parkRegion, 900_001 + i);
            LocalDate day = d.dayIn(year);
            TechContract contract = new TechContract(
                    no,
                    park,
                    null,
                    sellerName,
                    CreditCode.of(buyer.creditCode()),
                    buyer.name(),
                    lists.typeOf(t.code()).registry(),
                    amount,
                    day);
            String field = field(buyer.industry(), d);
            out.add(new Registered(
                    contract,
                    new ContractDetails(
                            no,
                            project(field, t.code(), d),
                            t.code(),
                            technologyAmount(amount, t.code(), d),
                            field,
                            ipType(t.code(), d),
                            sellerRegion,
                            parkRegion,
                            body)));
        }
        return out;
    }

    private String project(String field, String type, Draw d) {
        List<String> subjects = SUBJECTS.getOrDefault(field, List.of("生产工艺改进"));
        return d.pick(subjects) + PROJECT_SUFFIX.get(type);
    }

    /** 技术交易额: all of a transfer or licence, most of a development, consulting or service. */
    private static BigDecimal technologyAmount(BigDecimal amount, String type, Draw d) {
        double share = switch (type) {
            case "TRANSFER", "LICENSING" -> d.uniform(0.9, 1.0);
            case "DEVELOPMENT" -> d.uniform(0.65, 0.95);
            default -> d.uniform(0.8, 1.0);
        };
        return amount.multiply(BigDecimal.valueOf(share)).setScale(2, RoundingMode.DOWN);
    }

    private String ipType(String type, Draw d) {
        return switch (type) {
            case "TRANSFER", "LICENSING" -> d.chance(0.7) ? "专利" : d.chance(0.5) ? "技术秘密" : "计算机软件著作权";
            case "DEVELOPMENT" -> d.chance(0.5) ? "技术秘密" : d.chance(0.6) ? "专利" : "计算机软件著作权";
            default -> d.chance(0.75) ? "未涉及知识产权" : "技术秘密";
        };
    }

    /** The 技术领域 an industry's name points to; a drawn one when it points to none. */
    private String field(String industry, Draw d) {
        String i = industry == null ? "" : industry;
        String[][] hints = {
            {"航空|航天", "航空航天"},
            {"医药|医疗|生物|卫生", "生物、医药和医疗器械"},
            {"汽车|铁路|船舶|运输|交通", "现代交通"},
            {"电子|通信|计算机|软件|信息", "电子信息"},
            {"化学|材料|金属|塑料|橡胶|非金属|纤维", "新材料及其应用"},
            {"电力|电气|能源|燃气|热力", "新能源与高效节能"},
            {"农|林|牧|渔|食品", "农业"},
            {"生态|环境|水利|废弃", "环境保护与资源综合利用"},
            {"建筑|房地产|土木|居民服务", "城市建设与社会发展"},
            {"设备|机械|仪器|制造", "先进制造"}
        };
        for (String[] h : hints) {
            if (java.util.regex.Pattern.compile(h[0]).matcher(i).find()
                    && lists.fields().contains(h[1])) {
                return h[1];
            }
        }
        return d.pick(lists.fields().subList(0, Math.min(6, lists.fields().size())));
    }

    /** The region of a partner city a name starts with; else somewhere in the home province. */
    private static String regionOfName(String name, String parkRegion, Draw d) {
        for (Names.City city : Names.PARTNER_CITIES) {
            if (name.startsWith(city.name())) {
                return city.regionCode();
            }
        }
        return d.chance(0.6) ? parkRegion.substring(0, 4) + "00" : parkRegion.substring(0, 2) + "0100";
    }
}
