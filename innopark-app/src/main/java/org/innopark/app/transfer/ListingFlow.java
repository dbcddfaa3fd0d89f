package org.innopark.app.transfer;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The states of a listing (挂牌) and of an intent (意向) on it, and the moves each state allows: the state machine of
 * a 技术交易中心's flow, as data. A listing goes 挂牌中 → 洽谈中 → 已签约 → 已登记, or is withdrawn (撤牌) while listed
 * or in negotiation; an intent goes 已提交 → 洽谈中 → 已签约 → 已登记, or is rejected (被拒) by the listing park or
 * withdrawn (撤回) by the enterprise's park while open. When the intent in negotiation is rejected or withdrawn, the
 * listing is listed again.
 */
public final class ListingFlow {

    private ListingFlow() {}

    /** Which park's staff make a move: the listing park's, or the park of the enterprise that expressed intent. */
    public enum Side {
        LISTING,
        ENTERPRISE
    }

    /** The moves, with their names and the side that makes them. */
    public enum Move {
        INTENT("登记意向", "express intent", Side.ENTERPRISE),
        NEGOTIATE("进入洽谈", "start negotiation", Side.LISTING),
        REJECT("拒绝意向", "reject the intent", Side.LISTING),
        WITHDRAW_INTENT("撤回意向", "withdraw the intent", Side.ENTERPRISE),
        SIGN("签约", "sign", Side.LISTING),
        REGISTER("登记合同", "register the contract", Side.ENTERPRISE),
        DELIST("撤牌", "delist", Side.LISTING);

        private final String zh;
        private final String en;
        private final Side side;

        Move(String zh, String en, Side side) {
            this.zh = zh;
            this.en = en;
            this.side = side;
        }

        public String zh() {
            return zh;
        }

        public String en() {
            return en;
        }

        public Side side() {
            return side;
        }

        /** Whether the move concerns one intent (every move but delisting). */
        public boolean onIntent() {
            return this != DELIST;
        }
    }

    /** A listing's states and the moves each allows. */
    public enum ListingState {
        LISTED(
                "挂牌中",
                "listed",
                EnumSet.of(Move.INTENT, Move.NEGOTIATE, Move.REJECT, Move.WITHDRAW_INTENT, Move.DELIST)),
        NEGOTIATING(
                "洽谈中",
                "in negotiation",
                EnumSet.of(Move.INTENT, Move.REJECT, Move.WITHDRAW_INTENT, Move.SIGN, Move.DELIST)),
        SIGNED("已签约", "signed", EnumSet.of(Move.REGISTER)),
        REGISTERED("已登记", "registered", EnumSet.noneOf(Move.class)),
        WITHDRAWN("已撤牌", "delisted", EnumSet.noneOf(Move.class));

        private final String zh;
        private final String en;
        private final Set<Move> moves;

        ListingState(String zh, String en, Set<Move> moves) {
            this.zh = zh;
            this.en = en;
            this.moves = moves;
        }

        public String zh() {
            return zh;
        }

        public String en() {
            return en;
        }

        public Set<Move> moves() {
            return moves;
        }

        /** Whether the listing still takes intents or moves (listed or in negotiation). */
        public boolean open() {
            return this == LISTED || this == NEGOTIATING;
        }
    }

    /** An intent's states and the moves each allows. */
    public enum IntentState {
        SUBMITTED("已提交", "submitted", EnumSet.of(Move.NEGOTIATE, Move.REJECT, Move.WITHDRAW_INTENT)),
        NEGOTIATING("洽谈中", "in negotiation", EnumSet.of(Move.SIGN, Move.REJECT, Move.WITHDRAW_INTENT)),
        SIGNED("已签约", "signed", EnumSet.of(Move.REGISTER)),
        REGISTERED("已登记", "registered", EnumSet.noneOf(Move.class)),
        REJECTED("被拒", "rejected", EnumSet.noneOf(Move.class)),
        WITHDRAWN("已撤回", "withdrawn", EnumSet.noneOf(Move.class));

        private final String zh;
        private final String en;
        private final Set<Move> moves;

        IntentState(String zh, String en, Set<Move> moves) {
            this.zh = zh;
            this.en = en;
            this.moves = moves;
        }

        public String zh() {
            return zh;
        }

        public String en() {
            return en;
        }

        public Set<Move> moves() {
            return moves;
        }

        public boolean open() {
            return this == SUBMITTED || this == NEGOTIATING;
        }
    }

    /** Where a move takes an intent. */
    static IntentState intentAfter(Move move) {
        return switch (move) {
            case INTENT -> IntentState.SUBMITTED;
            case NEGOTIATE -> IntentState.NEGOTIATING;
            case REJECT, DELIST -> IntentState.REJECTED;
            case WITHDRAW_INTENT -> IntentState.WITHDRAWN;
            case SIGN -> IntentState.SIGNED;
            case REGISTER -> IntentState.REGISTERED;
        };
    }

    /** Where a move takes the listing, given the intent's state before it (null for delisting). */
    static ListingState listingAfter(Move move, ListingState now, IntentState intentBefore) {
        return switch (move) {
            case INTENT -> now;
            case NEGOTIATE -> ListingState.NEGOTIATING;
            case REJECT, WITHDRAW_INTENT -> intentBefore == IntentState.NEGOTIATING ? ListingState.LISTED : now;
            case SIGN -> ListingState.SIGNED;
            case REGISTER -> ListingState.REGISTERED;
            case DELIST -> ListingState.WITHDRAWN;
        };
    }

    /**
     * Refuses a move the listing's state (and the intent's, for a move on one) does not allow, naming the current
     * state and the moves allowed.
     */
    static void check(Move move, ListingState listing, IntentState intent) {
        if (!listing.moves().contains(move)) {
            throw TransferRefused.move("挂牌当前状态为「" + listing.zh() + "」,不能" + move.zh() + ";可执行:"
                    + names(listing.moves(), true) + " / the listing is " + listing.en() + ": it cannot "
                    + move.en() + "; allowed: " + names(listing.moves(), false));
        }
        if (intent != null && move != Move.INTENT && !intent.moves().contains(move)) {
            throw TransferRefused.move("意向当前状态为「" + intent.zh() + "」,不能" + move.zh() + ";可执行:"
                    + names(intent.moves(), true) + " / the intent is " + intent.en() + ": it cannot " + move.en()
                    + "; allowed: " + names(intent.moves(), false));
        }
    }

    private static String names(Set<Move> moves, boolean zh) {
        if (moves.isEmpty()) {
            return zh ? "无(流程已结束)" : "none (the flow has ended)";
        }
        List<String> names = moves.stream().map(m -> zh ? m.zh() : m.en()).toList();
        return String.join(zh ? "、" : ", ", names);
    }
}
