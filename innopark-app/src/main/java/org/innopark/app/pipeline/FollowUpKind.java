package org.innopark.app.pipeline;

import java.util.Map;

/** 跟进方式: a visit, a call, a meeting, a delegation or another contact. */
final class FollowUpKind {

    private static final Map<String, String> ZH =
            Map.of("visit", "走访", "call", "电话", "meeting", "会谈", "delegation", "考察", "other", "其他");

    static final String NAMES = "走访、电话、会谈、考察、其他 (visit, call, meeting, delegation, other)";

    private FollowUpKind() {}

    /** The code of a kind written as its code or Chinese name, or null. */
    static String parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (Map.Entry<String, String> e : ZH.entrySet()) {
            if (e.getKey().equalsIgnoreCase(t) || e.getValue().equals(t)) {
                return e.getKey();
            }
        }
        return null;
    }

    static String zh(String code) {
        return ZH.getOrDefault(code, code);
    }
}
