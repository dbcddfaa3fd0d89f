package org.innopark.engine.patent;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Patent texts for the benchmark and the agreement test: titles and abstracts put together at random from subjects
 * of many fields (the two chains' and unrelated ones), with 1–4 IPC symbols drawn from a list of real groups. Made
 * without reference to the rules: the subjects are product and technology names, not the rules' keywords.
 */
final class SyntheticPatents {

    record Text(String title, String abstractText, List<IpcSymbol> ipc) {}

    private static final String[] SUBJECTS = {
        "磷酸铁锂正极材料",
        "高镍三元正极材料",
        "硅碳复合负极材料",
        "人造石墨负极",
        "锂离子电池电解液",
        "陶瓷涂覆隔膜",
        "锂电铜箔",
        "方形动力电池",
        "圆柱锂电池",
        "软包电芯",
        "电池模组",
        "电池包箱体",
        "电池管理系统",
        "储能变流器",
        "集装箱储能系统",
        "驱动电机转子",
        "电机控制器",
        "直流充电桩",
        "换电站",
        "纯电动汽车",
        "插电式混合动力汽车",
        "废旧锂电池回收",
        "碳酸锂",
        "硫酸镍溶液",
        "工业硅冶炼",
        "多晶硅还原炉",
        "单晶硅棒",
        "光伏玻璃",
        "光伏胶膜",
        "太阳能电池片",
        "异质结电池",
        "光伏组件",
        "光伏逆变器",
        "跟踪支架",
        "光伏电站",
        "户用光储系统",
        "柴油发动机喷油器",
        "中药组合物",
        "混凝土外加剂",
        "扫地机器人",
        "LED芯片",
        "数据处理方法",
        "手机外壳",
        "食品包装膜",
        "玻璃幕墙",
        "锂基润滑脂",
        "超级电容器",
        "心电监测仪",
        "无线通信基站",
        "集成电路封装",
        "晶圆清洗设备",
        "硅橡胶",
        "太阳能热水器",
        "污水处理装置",
        "轴承保持架",
        "纺织面料"
    };
    private static final String[] ACTIONS = {
        "制备方法", "及其制备方法", "生产工艺", "检测方法", "控制方法", "结构", "装置", "系统", "改性方法", "回收利用方法"
    };
    private static final String[] PARTS = {
        "壳体", "控制单元", "加热模块", "冷却流道", "传感器", "反应釜", "烧结炉", "涂布辊", "支撑架", "连接件", "密封圈", "导电层", "包覆层", "电极", "催化剂", "搅拌器",
        "过滤器", "数据采集模块"
    };
    private static final String[] EFFECTS = {
        "提高了产品的一致性和良品率", "降低了生产能耗和成本", "延长了使用寿命", "提升了安全性能", "适用于规模化生产", "改善了高低温性能", "减少了材料损耗", "便于安装和维护"
    };
    private static final String[] IPC = {
        "H01M 4/525",
        "H01M 4/5825",
        "H01M 4/587",
        "H01M 4/38",
        "H01M 10/0525",
        "H01M 10/0567",
        "H01M 50/403",
        "H01M 50/204",
        "H01M 10/613",
        "H01M 10/54",
        "H01M 10/44",
        "H01M 10/48",
        "C01D 15/08",
        "C22B 26/12",
        "C22B 23/00",
        "C01G 53/00",
        "C25D 1/04",
        "H02J 3/32",
        "H02J 7/00",
        "H02J 7/35",
        "H02J 3/38",
        "H02K 1/27",
        "H02M 7/5387",
        "B60L 53/16",
        "B60L 58/12",
        "B60W 20/15",
        "B62D 21/15",
        "B60H 1/00",
        "C01B 33/025",
        "C01B 33/035",
        "C30B 15/00",
        "C30B 29/06",
        "C03C 3/087",
        "C09J 123/08",
        "H01L 31/18",
        "H01L 31/068",
        "H01L 31/05",
        "H02S 40/32",
        "H02S 20/32",
        "H02S 50/00",
        "F02M 61/18",
        "A61K 36/88",
        "C04B 28/04",
        "A47L 9/28",
        "H01L 33/50",
        "G06F 16/35",
        "B65D 81/38",
        "E06B 3/54",
        "C10M 169/06",
        "H01G 11/32",
        "A61B 5/00",
        "H04W 72/04",
        "H01L 23/31",
        "H01L 21/67",
        "C08L 83/04",
        "F24S 10/70",
        "C02F 9/00",
        "F16C 33/38",
        "D03D 15/00"
    };

    private final SplittableRandom random;

    SyntheticPatents(long seed) {
        this.random = new SplittableRandom(seed);
    }

    Text next() {
        String subject = pick(SUBJECTS);
        String title = "一种" + subject + "的" + pick(ACTIONS);
        String abstractText = "本发明公开了" + title + "，包括" + pick(PARTS) + "、" + pick(PARTS) + "和" + pick(PARTS)
                + "，所述" + pick(PARTS) + "设置于" + pick(PARTS) + "一侧，与" + pick(SUBJECTS) + "配合使用，"
                + pick(EFFECTS) + "，并" + pick(EFFECTS) + "。";
        int n = 1 + random.nextInt(4);
        List<IpcSymbol> ipc = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            IpcSymbol s = IpcSymbol.parse(pick(IPC));
            if (!ipc.contains(s)) {
                ipc.add(s);
            }
        }
        return new Text(title, abstractText, ipc);
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }
}
