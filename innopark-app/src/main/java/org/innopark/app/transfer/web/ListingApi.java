package org.innopark.app.transfer.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.transfer.TransferListings;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 挂牌交易 of a park: the listing board, a listing with the intents and steps the park may see, listing a result,
 * expressing an enterprise's intent, the moves (进入洽谈, 拒绝意向, 撤回意向, 签约, 登记合同, 撤牌; a move the state does
 * not allow answers 409 naming the state and the allowed moves, a bad value 422), and the park's notifications. Park
 * staff only; a listing the park may not see answers "not found". Money in yuan.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "transfer", description = "科技成果转化 / technology transfer")
class ListingApi {

    private final TransferListings listings;
    private final CurrentUser user;

    ListingApi(TransferListings listings, CurrentUser user) {
        this.listings = listings;
        this.user = user;
    }

    @GetMapping("/parks/{code}/transfer/listings")
    @Operation(summary = "挂牌大厅:本园区与共享成果的挂牌 / the listing board: the park's listings and shared results'")
    List<TransferListings.Listing> board(
            @PathVariable String code,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String field,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String origin) {
        return listings.board(user.account(), code, new TransferListings.Filter(state, field, q, origin));
    }

    @PostMapping("/parks/{code}/transfer/listings")
    @Operation(summary = "挂牌本园区的一项成果(审计) / list one of the park's results (audited)")
    ResponseEntity<TransferListings.Listing> list(
            @PathVariable String code, @RequestBody TransferListings.ListingRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(listings.list(user.account(), code, request));
    }

    @GetMapping("/parks/{code}/transfer/listings/{id}")
    @Operation(summary = "一条挂牌:意向、进程与可执行操作 / a listing with its intents, timeline and allowed moves")
    TransferListings.ListingView view(@PathVariable String code, @PathVariable long id) {
        return listings.view(user.account(), code, id);
    }

    @PostMapping("/parks/{code}/transfer/listings/{id}/intents")
    @Operation(summary = "本园区企业登记意向(审计) / an enterprise of the park expresses intent (audited)")
    ResponseEntity<TransferListings.Intent> express(
            @PathVariable String code, @PathVariable long id, @RequestBody TransferListings.IntentRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(listings.express(user.account(), code, id, request));
    }

    @PostMapping("/parks/{code}/transfer/listings/{id}/moves")
    @Operation(
            summary = "进入洽谈、拒绝或撤回意向、签约、登记合同、撤牌(审计)/ negotiate, reject or withdraw an intent, sign, register,"
                    + " delist (audited)")
    TransferListings.ListingView move(
            @PathVariable String code, @PathVariable long id, @RequestBody TransferListings.MoveRequest request) {
        return listings.move(user.account(), code, id, request);
    }

    @GetMapping("/parks/{code}/transfer/notifications")
    @Operation(summary = "本园区的挂牌交易消息 / the park's notifications of the listing flow")
    List<TransferListings.Notification> notifications(@PathVariable String code) {
        return listings.notifications(user.account(), code);
    }

    @PostMapping("/parks/{code}/transfer/notifications/read")
    @Operation(summary = "将本园区的消息标为已读(审计) / mark the park's notifications read (audited)")
    Map<String, Integer> read(@PathVariable String code) {
        return Map.of("read", listings.markRead(user.account(), code));
    }
}
