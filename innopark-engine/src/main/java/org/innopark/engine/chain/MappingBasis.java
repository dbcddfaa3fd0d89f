package org.innopark.engine.chain;

/** What an enterprise's mapping to a chain node rests on. */
public enum MappingBasis {
    INDUSTRY("行业代码"),
    PRODUCT("主营产品/经营范围"),
    PATENT("专利IPC"),
    ANALYST("分析员添加");

    private final String zh;

    MappingBasis(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
