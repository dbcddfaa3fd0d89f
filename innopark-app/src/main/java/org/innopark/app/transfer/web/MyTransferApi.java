package org.innopark.app.transfer.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.transfer.EnterpriseTransfer;
import org.innopark.app.transfer.TransferListings;
import org.innopark.app.transfer.TransferViews;
import org.innopark.engine.transfer.TechnologyDemand;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 科技成果转化 for an enterprise's own user: its demands (post, edit, close; each with its matches), its park's listing
 * board, intents it expresses and withdraws for itself, and the notifications about them. The enterprise is the
 * account's; any other role, and another enterprise's demand or intent, answers "not found". Money in yuan.
 */
@RestController
@RequestMapping("/api/v1/my/transfer")
@Tag(name = "transfer", description = "科技成果转化 / technology transfer")
class MyTransferApi {

    private final EnterpriseTransfer transfer;
    private final CurrentUser user;

    MyTransferApi(EnterpriseTransfer transfer, CurrentUser user) {
        this.transfer = transfer;
        this.user = user;
    }

    @GetMapping("/demands")
    @Operation(summary = "本企业的技术需求 / the enterprise's own technology demands")
    List<TechnologyDemand> demands() {
        return transfer.demands(user.account());
    }

    @PostMapping("/demands")
    @Operation(summary = "发布一项技术需求(审计) / post a technology demand (audited)")
    ResponseEntity<TechnologyDemand> post(@RequestBody EnterpriseTransfer.DemandForm form) {
        return ResponseEntity.status(HttpStatus.CREATED).body(transfer.post(user.account(), form));
    }

    @GetMapping("/demands/{id}")
    @Operation(summary = "本企业的一项需求及其匹配的成果、专家、仪器 / one of its demands with its matches")
    TransferViews.DemandMatches demand(@PathVariable String id) {
        return transfer.demand(user.account(), id);
    }

    @PutMapping("/demands/{id}")
    @Operation(summary = "修改本企业的一项需求(审计) / change one of its demands (audited)")
    TechnologyDemand edit(@PathVariable String id, @RequestBody EnterpriseTransfer.DemandForm form) {
        return transfer.edit(user.account(), id, form);
    }

    @PostMapping("/demands/{id}/close")
    @Operation(summary = "关闭本企业的一项需求(审计) / close one of its demands (audited)")
    TechnologyDemand close(@PathVariable String id) {
        return transfer.close(user.account(), id);
    }

    @GetMapping("/listings")
    @Operation(summary = "挂牌大厅:本园区与共享成果的挂牌 / the listing board of the enterprise's park")
    List<TransferListings.Listing> board(
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String field,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String origin) {
        return transfer.board(user.account(), new TransferListings.Filter(state, field, q, origin));
    }

    @GetMapping("/listings/{id}")
    @Operation(summary = "一条挂牌及本企业的意向与进程 / a listing with the enterprise's own intents and steps")
    EnterpriseTransfer.ListingView listing(@PathVariable long id) {
        return transfer.listing(user.account(), id);
    }

    @PostMapping("/listings/{id}/intents")
    @Operation(summary = "本企业登记意向(审计) / the enterprise expresses intent (audited)")
    ResponseEntity<TransferListings.Intent> express(
            @PathVariable long id, @RequestBody(required = false) EnterpriseTransfer.IntentForm form) {
        return ResponseEntity.status(HttpStatus.CREATED).body(transfer.express(user.account(), id, form));
    }

    @PostMapping("/listings/{id}/intents/{intent}/withdraw")
    @Operation(summary = "撤回本企业的意向(审计) / withdraw the enterprise's intent (audited)")
    EnterpriseTransfer.ListingView withdraw(
            @PathVariable long id, @PathVariable long intent, @RequestParam(required = false) String note) {
        return transfer.withdraw(user.account(), id, intent, note);
    }

    @GetMapping("/intents")
    @Operation(summary = "本企业的意向、状态与进程 / the enterprise's intents, their states and steps")
    List<EnterpriseTransfer.IntentView> intents() {
        return transfer.intents(user.account());
    }

    @GetMapping("/notifications")
    @Operation(summary = "关于本企业意向的消息 / the notifications about the enterprise's intents")
    List<TransferListings.Notification> notifications() {
        return transfer.notifications(user.account());
    }
}
