package org.innopark.engine.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated research results, experts, instruments and demands for benchmarks and demonstrations: sentences composed
 * from topics of the strategic emerging industries, written as a 科技成果登记 abstract, an expert's self-description,
 * an instrument's card and an enterprise's plain-worded need. Deterministic for a seed. The texts are this class's own;
 * they are not drawn from any evaluation set, and nothing here knows how the matcher ranks.
 */
public final class TransferCorpus {

    /** One topic: the technical terms a result uses and the plain words an enterprise uses for the same problem. */
    private record Topic(
            String field,
            String[] techniques,
            String[] objects,
            String[] gains,
            String[] industries,
            String[] troubles,
            String instrument,
            String instrumentUse,
            String category) {}

    private static final Topic[] TOPICS = {
        new Topic(
                "新能源/锂离子电池",
                new String[] {"正极表面包覆", "电解液添加剂", "极片干法涂布", "电芯析锂在线识别"},
                new String[] {"动力电池", "储能电芯", "电动两轮车电池"},
                new String[] {"循环寿命提高30%", "容量保持率达到92%", "内阻降低15%"},
                new String[] {"电气机械和器材制造业"},
                new String[] {"电池用了一年多容量掉得厉害", "电芯冬天充不进电", "电池包鼓包返修多"},
                "电池充放电测试系统",
                "测试电芯容量、倍率和循环寿命",
                "电子测量仪器"),
        new Topic(
                "光伏/电池片",
                new String[] {"隧穿氧化层钝化接触", "异质结低温银浆", "组件热斑智能诊断"},
                new String[] {"光伏组件", "电池片产线", "分布式电站"},
                new String[] {"转换效率提高0.5个百分点", "银耗下降20%", "发电量提升3%"},
                new String[] {"电气机械和器材制造业", "电力、热力生产和供应业"},
                new String[] {"屋顶电站发电量比预计少不少", "组件用两年就有发黑的块", "电池片效率一直上不去"},
                "太阳能电池量子效率测试仪",
                "测量电池片的光谱响应和量子效率",
                "光学仪器"),
        new Topic(
                "氢能/燃料电池",
                new String[] {"膜电极低铂催化层", "燃料电池低温冷启动控制", "碱性电解水制氢电极"},
                new String[] {"氢燃料电池重卡", "制氢电解槽", "燃料电池发动机"},
                new String[] {"零下30℃可启动", "铂载量降低40%", "电耗降到4.3千瓦时每立方米"},
                new String[] {"汽车制造业", "道路运输业"},
                new String[] {"氢能车冬天早上打不着火", "电解槽耗电太高成本下不来", "电堆跑几千小时功率就掉"},
                "燃料电池测试台",
                "测试单电池和电堆的极化曲线与耐久性",
                "电子测量仪器"),
        new Topic(
                "集成电路/功率器件",
                new String[] {"碳化硅MOSFET栅氧可靠性", "IGBT模块银烧结封装", "晶圆化学机械抛光终点检测"},
                new String[] {"车规级功率模块", "光伏逆变器", "晶圆产线"},
                new String[] {"热阻降低25%", "良率提高到98%", "寿命延长一倍"},
                new String[] {"计算机、通信和其他电子设备制造业"},
                new String[] {"模块装车后老是过热烧掉", "晶圆抛完表面划痕多", "SiC器件高温下参数漂"},
                "功率器件动态参数测试系统",
                "测试器件开关损耗和短路耐量",
                "电子测量仪器"),
        new Topic(
                "电子信息/传感器",
                new String[] {"MEMS气体传感器低功耗加热", "柔性压力传感阵列", "光纤光栅温度监测"},
                new String[] {"智能家居", "工业管道", "可穿戴设备"},
                new String[] {"功耗低于5毫瓦", "响应时间小于1秒", "测量精度±0.5℃"},
                new String[] {"仪器仪表制造业", "计算机、通信和其他电子设备制造业"},
                new String[] {"传感器在潮湿车间里经常误报", "测温点太多布线麻烦", "产品做EMC测试总过不了"},
                "电磁兼容测试系统",
                "开展辐射发射、传导骚扰和抗扰度测试",
                "电子测量仪器"),
        new Topic(
                "软件与信息服务/工业互联网",
                new String[] {"设备预测性维护模型", "生产排程优化算法", "工业数据采集网关"},
                new String[] {"注塑车间", "离散制造工厂", "中小企业ERP"},
                new String[] {"停机时间减少40%", "交期准时率提高到95%", "报表时间从一天缩短到十分钟"},
                new String[] {"软件和信息技术服务业", "通用设备制造业"},
                new String[] {"设备老是突然停机也不知道原因", "每天做生产报表要好几个人手工汇总Excel", "订单一多排产就乱"},
                "工业以太网测试仪",
                "测试工业网络设备的协议一致性和时延",
                "电子测量仪器"),
        new Topic(
                "智能制造与高端装备/机器人",
                new String[] {"焊缝激光视觉跟踪", "协作机器人力控打磨", "机器视觉外观缺陷检测"},
                new String[] {"工程机械结构件", "汽车零部件", "卫浴铸件"},
                new String[] {"焊缝合格率提高到99%", "检测速度每分钟120件", "人工减少一半"},
                new String[] {"专用设备制造业", "通用设备制造业"},
                new String[] {"机器人焊大件老是焊偏", "打磨工招不到人", "产品表面的小划痕靠人眼看经常漏"},
                "三坐标测量机",
                "测量零件的尺寸和形位公差",
                "计量仪器"),
        new Topic(
                "新材料/碳纤维与复合材料",
                new String[] {"碳纤维热塑性复合材料快速模压", "树脂基复合材料无损检测", "石墨烯导热膜"},
                new String[] {"无人机机身", "新能源汽车电池壳", "手机散热"},
                new String[] {"减重35%", "导热系数达到1500W/(m·K)", "成型周期缩短到3分钟"},
                new String[] {"橡胶和塑料制品业", "汽车制造业"},
                new String[] {"零件太重想换轻一点的材料", "手机玩游戏发烫厉害", "复合材料件里面有分层看不出来"},
                "激光闪射导热仪",
                "测量材料的热扩散系数和导热系数",
                "物理性能测试仪器"),
        new Topic(
                "生物医药/创新药",
                new String[] {"抗体药物高表达细胞株构建", "小分子药物晶型筛选", "中药有效成分提取纯化"},
                new String[] {"单克隆抗体", "口服固体制剂", "中药配方颗粒"},
                new String[] {"表达量达到5克每升", "溶出度提高一倍", "有效成分收率提高20%"},
                new String[] {"医药制造业"},
                new String[] {"药片放久了溶出不合格", "中药提取收率一直偏低", "细胞培养产量上不去"},
                "高效液相色谱仪",
                "分析药物含量和有关物质",
                "分析仪器"),
        new Topic(
                "医疗器械/体外诊断",
                new String[] {"化学发光免疫分析试剂", "微流控即时检验芯片", "医学影像智能辅助诊断"},
                new String[] {"基层医院", "体检中心", "家用检测"},
                new String[] {"检测时间缩短到15分钟", "灵敏度达到0.1ng/mL", "阅片效率提高3倍"},
                new String[] {"专用设备制造业", "卫生"},
                new String[] {"基层医院出报告太慢病人等不及", "试剂在冷链运输里容易失效", "片子太多医生看不过来"},
                "流式细胞仪",
                "对细胞进行多参数分析和分选",
                "医学科研仪器"),
        new Topic(
                "化妆品与生物发酵/透明质酸",
                new String[] {"微生物发酵法透明质酸", "重组胶原蛋白表达", "化妆品功效评价"},
                new String[] {"护肤品", "医美填充", "食品级原料"},
                new String[] {"分子量可控", "发酵产率提高30%", "刺激性显著降低"},
                new String[] {"化学原料和化学制品制造业", "医药制造业"},
                new String[] {"做的HA分子量忽高忽低不稳定", "面霜用了有人说刺痛", "发酵罐产量总上不去"},
                "凝胶渗透色谱仪",
                "测定高分子的分子量及其分布",
                "分析仪器"),
        new Topic(
                "节能环保/水处理",
                new String[] {"电镀废水重金属深度处理", "高盐废水蒸发结晶零排放", "膜生物反应器抗污染膜"},
                new String[] {"电镀园区", "化工厂", "市政污水厂"},
                new String[] {"出水镍低于0.1毫克每升", "吨水成本下降25%", "膜清洗周期延长一倍"},
                new String[] {"金属制品业", "水的生产和供应业"},
                new String[] {"废水里的镍老是超标被环保查", "污水站的膜没多久就堵了", "车间有股臭味周边居民投诉"},
                "电感耦合等离子体质谱仪",
                "测定水和固体样品中的痕量金属元素",
                "分析仪器"),
        new Topic(
                "节能环保/固废",
                new String[] {"废旧锂电池湿法回收", "建筑垃圾再生骨料", "餐厨垃圾厌氧发酵"},
                new String[] {"回收企业", "建材企业", "城市环卫"},
                new String[] {"锂回收率达到90%", "再生骨料强度达标", "产气率提高20%"},
                new String[] {"废弃资源综合利用业", "非金属矿物制品业"},
                new String[] {"回收来的旧电池不知道怎么处理更值钱", "拆房子的废料堆成山", "厨余垃圾处理费用太高"},
                "X射线荧光光谱仪",
                "快速分析固体样品的元素组成",
                "分析仪器"),
        new Topic(
                "轨道交通装备/车辆",
                new String[] {"转向架轮对故障声学诊断", "牵引变流器散热优化", "弓网电弧在线监测"},
                new String[] {"城轨车辆", "动车组", "有轨电车"},
                new String[] {"故障提前发现率90%", "温升降低10℃", "运维成本降低20%"},
                new String[] {"铁路、船舶、航空航天和其他运输设备制造业", "城市公共交通业"},
                new String[] {"地铁车轮磨得快还有异响", "车上的变流器夏天老报高温", "检修全靠人爬到车底下看"},
                "振动噪声测试分析系统",
                "采集和分析结构的振动与噪声",
                "物理性能测试仪器"),
        new Topic(
                "新能源汽车/智能网联",
                new String[] {"自动泊车路径规划", "电驱总成啸叫抑制", "车载激光雷达点云感知"},
                new String[] {"乘用车", "无人配送车", "停车场"},
                new String[] {"泊车成功率98%", "噪声降低6分贝", "识别距离200米"},
                new String[] {"汽车制造业"},
                new String[] {"电动车开起来有高频的呜呜声", "小区车位窄停车老刮蹭", "送货小车下雨天看不清路"},
                "半消声室",
                "在低背景噪声下测试声功率和噪声源",
                "物理性能测试仪器"),
        new Topic(
                "现代农业与食品/食品加工",
                new String[] {"果蔬气调保鲜", "预制菜低温杀菌", "农产品农残快速检测"},
                new String[] {"冷链物流", "中央厨房", "农贸市场"},
                new String[] {"货架期延长一倍", "菌落总数降低两个数量级", "检测只需10分钟"},
                new String[] {"农副食品加工业", "食品制造业"},
                new String[] {"水果运到外地就烂了不少", "预制菜放几天就胀袋", "收菜的时候不知道农药残留超不超"},
                "气相色谱质谱联用仪",
                "检测食品中的农药残留和挥发性成分",
                "分析仪器"),
    };

    private static final String[] HOLDERS = {"东湖大学", "南山理工大学", "北辰研究院", "西岭材料研究所", "海港工业大学", "江城医学院", "青川智能研究院"};
    private static final String[] STAGES = {"初期阶段", "中期阶段", "成熟应用阶段"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高"
    };
    private static final String[] GIVEN = {"建国", "晓明", "海燕", "志强", "丽娟", "文博", "思远", "雪梅", "宏伟", "静怡", "子涵", "立新"};
    private static final String[] TITLES = {"教授", "研究员", "副教授", "高级工程师", "副研究员"};
    private static final String[] COMPANIES = {"恒达", "华科", "宏远", "瑞丰", "金桥", "中睿", "鑫源", "博创", "天成", "联合"};
    private static final String[] SUFFIXES = {"科技有限公司", "制造有限公司", "股份有限公司", "新材料有限公司"};

    private final Random random;

    public TransferCorpus(long seed) {
        this.random = new Random(seed);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private Topic topic() {
        return TOPICS[random.nextInt(TOPICS.length)];
    }

    public List<TransferItem> results(int n, String prefix) {
        List<TransferItem> out = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            Topic t = topic();
            String technique = pick(t.techniques);
            String object = pick(t.objects);
            String name = object + technique + (random.nextBoolean() ? "技术" : "关键技术及应用");
            String summary = "本成果针对" + object + "中存在的"
                    + pick(t.troubles).replace("老是", "").replace("我们", "")
                    + "等问题，研发了" + technique + "方法，" + pick(t.gains) + "，" + pick(t.gains)
                    + "。已在" + (1 + random.nextInt(9)) + "家企业试用，可用于" + pick(t.objects) + "等场合。";
            out.add(TransferItem.result(
                    String.format("%s%06d", prefix, i),
                    name,
                    summary,
                    technique + "；" + object,
                    t.field,
                    pick(HOLDERS),
                    pick(STAGES)));
        }
        return out;
    }

    public List<TransferItem> experts(int n, String prefix) {
        List<TransferItem> out = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            Topic t = topic();
            String direction =
                    "长期从事" + pick(t.techniques) + "和" + pick(t.techniques) + "研究，关注" + pick(t.objects) + "的工程应用。";
            String achievements = "帮助企业解决" + pick(t.troubles) + "的问题，主持省部级项目" + (1 + random.nextInt(5)) + "项，授权发明专利"
                    + (3 + random.nextInt(20)) + "件。";
            out.add(TransferItem.expert(
                    String.format("%s%06d", prefix, i),
                    pick(SURNAMES) + pick(GIVEN),
                    pick(HOLDERS),
                    pick(TITLES),
                    direction,
                    achievements));
        }
        return out;
    }

    public List<TransferItem> instruments(int n, String prefix) {
        List<TransferItem> out = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            Topic t = topic();
            out.add(TransferItem.instrument(
                    String.format("%s%06d", prefix, i),
                    t.instrument,
                    t.instrumentUse + "，可为" + pick(t.objects) + "企业提供检测服务。",
                    "测量范围宽；重复性优于" + (1 + random.nextInt(3)) + "%",
                    pick(HOLDERS),
                    t.category));
        }
        return out;
    }

    public List<TechDemand> demands(int n, String prefix) {
        List<TechDemand> out = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            Topic t = topic();
            String trouble = pick(t.troubles);
            String description = "我们是做" + pick(t.objects) + "的，" + trouble + "，自己试了几种办法效果都不好。"
                    + (random.nextBoolean()
                            ? "希望找到有经验的团队一起攻关，预算" + (10 + random.nextInt(90)) + "万元左右。"
                            : "想先找专家来现场看看，能合作开发最好。");
            out.add(new TechDemand(
                    String.format("%s%06d", prefix, i),
                    trouble,
                    description,
                    pick(COMPANIES) + pick(SUFFIXES),
                    pick(t.industries)));
        }
        return out;
    }
}
