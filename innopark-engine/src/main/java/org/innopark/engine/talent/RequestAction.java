package org.innopark.engine.talent;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A step of a service request's workflow and the states it is allowed from: 分派 (also reassigning an assigned or
 * in-progress request, which keeps its state), 开始办理, 办结 (with what was done), 退回 (with the reason).
 */
public enum RequestAction {
    ASSIGN("分派", "assign"),
    START("开始办理", "start"),
    COMPLETE("办结", "complete"),
    REJECT("退回", "reject");

    private final String zh;
    private final String en;

    RequestAction(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
    }

    /** The state the step leads to from the given one; empty when the step is not allowed there. */
    public Optional<RequestState> from(RequestState state) {
        if (!state.open()) {
            return Optional.empty();
        }
        return switch (this) {
            case ASSIGN -> Optional.of(state == RequestState.SUBMITTED ? RequestState.ASSIGNED : state);
            case START -> state == RequestState.ASSIGNED ? Optional.of(RequestState.IN_PROGRESS) : Optional.empty();
            case COMPLETE -> state == RequestState.IN_PROGRESS ? Optional.of(RequestState.DONE) : Optional.empty();
            case REJECT -> Optional.of(RequestState.REJECTED);
        };
    }

    /** The steps allowed from a state, in workflow order. */
    public static List<RequestAction> allowed(RequestState state) {
        return java.util.Arrays.stream(values())
                .filter(a -> a.from(state).isPresent())
                .toList();
    }

    /** Reads an action by its name (any case, '-' for '_') or Chinese name; null when it is neither. */
    public static RequestAction parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replace('-', '_');
        for (RequestAction a : values()) {
            if (a.name().equalsIgnoreCase(t) || a.zh.equals(t)) {
                return a;
            }
        }
        return null;
    }
}
