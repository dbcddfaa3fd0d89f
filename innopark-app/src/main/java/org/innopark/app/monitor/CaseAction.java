package org.innopark.app.monitor;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The steps of a case's workflow, each allowed from some states and leading to one. */
public enum CaseAction {
    /** 立案: the scan opened the case. */
    OPEN("立案", "opened", EnumSet.noneOf(CaseState.class)),
    /** 分派: give the case to an officer (again: hand it to another). */
    ASSIGN("分派", "assign", EnumSet.of(CaseState.NEW, CaseState.ASSIGNED, CaseState.VISITING)),
    /** 开始走访: the officer contacts or visits the firm. */
    VISIT("开始走访", "visit", EnumSet.of(CaseState.ASSIGNED)),
    /** 办结: resolved with an outcome and notes. */
    RESOLVE("办结", "resolve", EnumSet.of(CaseState.ASSIGNED, CaseState.VISITING, CaseState.FOLLOW_UP)),
    /** 回访: a follow-up visit after the resolution. */
    FOLLOW_UP("回访", "follow up", EnumSet.of(CaseState.RESOLVED)),
    /** 重新打开: back to work (to its officer, or to 待分派 when it has none). */
    REOPEN("重新打开", "reopen", EnumSet.of(CaseState.RESOLVED, CaseState.FOLLOW_UP));

    private final String zh;
    private final String en;
    private final Set<CaseState> from;

    CaseAction(String zh, String en, Set<CaseState> from) {
        this.zh = zh;
        this.en = en;
        this.from = from;
    }

    public String zh() {
        return zh;
    }

    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
    }

    public boolean allowedFrom(CaseState state) {
        return from.contains(state);
    }

    /** The state the step leads to from {@code state}, with the case's officer (null: none). */
    CaseState target(CaseState state, String officer) {
        return switch (this) {
            case OPEN -> CaseState.NEW;
            case ASSIGN -> state == CaseState.VISITING ? CaseState.VISITING : CaseState.ASSIGNED;
            case VISIT -> CaseState.VISITING;
            case RESOLVE -> CaseState.RESOLVED;
            case FOLLOW_UP -> CaseState.FOLLOW_UP;
            case REOPEN -> officer == null ? CaseState.NEW : CaseState.ASSIGNED;
        };
    }

    /** The actions an officer may take on a case in the state. */
    public static java.util.List<CaseAction> allowed(CaseState state) {
        return java.util.Arrays.stream(values())
                .filter(a -> a.allowedFrom(state))
                .toList();
    }

    /** Reads an action by its name (assign, visit, resolve, follow-up, reopen); null otherwise. */
    public static CaseAction parse(String text) {
        String t = text.strip().replace('-', '_');
        for (CaseAction a : values()) {
            if (a != OPEN && a.name().equalsIgnoreCase(t)) {
                return a;
            }
        }
        return null;
    }
}
