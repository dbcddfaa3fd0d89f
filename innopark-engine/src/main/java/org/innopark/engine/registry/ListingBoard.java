package org.innopark.engine.registry;

/** Where an enterprise's shares are listed (上市板块); UNLISTED when they are not. */
public enum ListingBoard implements Labelled {
    UNLISTED("未上市", "Unlisted"),
    SSE_MAIN("上交所主板", "SSE main board"),
    SZSE_MAIN("深交所主板", "SZSE main board"),
    STAR("科创板", "STAR market"),
    CHINEXT("创业板", "ChiNext"),
    BSE("北交所", "Beijing Stock Exchange"),
    NEEQ("新三板", "NEEQ"),
    HKEX("港交所", "HKEX"),
    OVERSEAS("境外上市", "Listed abroad");

    private final String zh;
    private final String en;

    ListingBoard(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** Parses a code, Chinese name or English name. */
    public static ListingBoard parse(String text) {
        return Labelled.parse(ListingBoard.class, text, "上市板块", "listing board");
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
