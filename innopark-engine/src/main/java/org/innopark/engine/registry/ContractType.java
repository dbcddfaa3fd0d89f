package org.innopark.engine.registry;

/** 技术合同类型: the four kinds of registered technology contract. */
public enum ContractType implements Labelled {
    DEVELOPMENT("技术开发", "Technology development"),
    TRANSFER("技术转让", "Technology transfer"),
    CONSULTING("技术咨询", "Technology consulting"),
    SERVICE("技术服务", "Technology service");

    private final String zh;
    private final String en;

    ContractType(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** Parses a code, Chinese name or English name. */
    public static ContractType parse(String text) {
        return Labelled.parse(ContractType.class, text, "合同类型", "contract type");
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
