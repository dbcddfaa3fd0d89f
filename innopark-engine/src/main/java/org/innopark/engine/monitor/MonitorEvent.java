package org.innopark.engine.monitor;

import java.time.LocalDate;

/**
 * A credit event of an enterprise that the monitoring takes as a hard signal: listed on or removed from the
 * 经营异常名录 or the 严重违法失信名单, on a day, with a note (the listing reason, the deciding authority…).
 */
public record MonitorEvent(String creditCode, LocalDate date, Type type, String note) {

    /** The kinds of event, with the names an events file uses. */
    public enum Type {
        ABNORMAL_LISTED("列入经营异常名录", List.ABNORMAL, true),
        ABNORMAL_REMOVED("移出经营异常名录", List.ABNORMAL, false),
        SERIOUS_LISTED("列入严重违法失信名单", List.SERIOUS, true),
        SERIOUS_REMOVED("移出严重违法失信名单", List.SERIOUS, false);

        private final String zh;
        private final List list;
        private final boolean listed;

        Type(String zh, List list, boolean listed) {
            this.zh = zh;
            this.list = list;
            this.listed = listed;
        }

        public String zh() {
            return zh;
        }

        public List list() {
            return list;
        }

        /** True for a listing, false for a removal. */
        public boolean listed() {
            return listed;
        }

        /**
         * Reads a type by its Chinese name, its code, or a short form (列入经营异常, 移出异常名录, 严重失信, 列入严重违法失信企业名单
         * …); null when the text is none of them.
         */
        public static Type parse(String text) {
            String t = text.strip().replace("企业", "");
            for (Type type : values()) {
                if (type.zh.equals(t) || type.name().equalsIgnoreCase(t)) {
                    return type;
                }
            }
            boolean removed = t.contains("移出") || t.contains("移除");
            boolean serious = t.contains("严重");
            boolean abnormal = t.contains("异常");
            if (serious == abnormal) {
                return null;
            }
            List l = serious ? List.SERIOUS : List.ABNORMAL;
            for (Type type : values()) {
                if (type.list == l && type.listed != removed) {
                    return type;
                }
            }
            return null;
        }
    }

    /** The two lists. */
    public enum List {
        ABNORMAL("经营异常名录"),
        SERIOUS("严重违法失信名单");

        private final String zh;

        List(String zh) {
            this.zh = zh;
        }

        public String zh() {
            return zh;
        }
    }
}
