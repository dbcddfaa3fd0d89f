package org.innopark.app.console;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.innopark.app.registry.RegistryQueries;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.transfer.ListingFlow;
import org.innopark.app.transfer.TransferListings;
import org.innopark.app.transfer.TransferNotFound;
import org.innopark.app.transfer.TransferRefused;
import org.innopark.app.transfer.TransferViews;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * 挂牌大厅: the park's listing board with its filters, a listing's page (the offer, the intents the park may see, the
 * dated timeline and the forms of the moves its staff may make now), listing a result from its page, and the park's
 * notifications. A refused move shows the page again with the reason (the state and the moves allowed).
 */
@Controller
class ListingsPage {

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000L);

    private final TransferListings listings;
    private final TransferViews views;
    private final RegistryQueries registry;
    private final CurrentUser user;

    ListingsPage(TransferListings listings, TransferViews views, RegistryQueries registry, CurrentUser user) {
        this.listings = listings;
        this.views = views;
        this.registry = registry;
        this.user = user;
    }

    private Accounts.Account header(String park, Model model) {
        Accounts.Account account = TransferPage.header(user.account(), park, model, registry, views);
        model.addAttribute("tab", "listings");
        return account;
    }

    @GetMapping("/parks/{park}/transfer/listings")
    String board(
            @PathVariable String park,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String field,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String origin,
            Model model) {
        Accounts.Account account = header(park, model);
        TransferListings.Filter filter = new TransferListings.Filter(state, field, q, origin);
        model.addAttribute("filter", filter);
        model.addAttribute("states", ListingFlow.ListingState.values());
        model.addAttribute("fields", listings.lists().fields());
        model.addAttribute("rows", listings.board(account, park, filter));
        return "transfer/listings";
    }

    @PostMapping("/parks/{park}/transfer/listings")
    String list(
            @PathVariable String park,
            @RequestParam String resultNo,
            @RequestParam(required = false) BigDecimal priceWan,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
            @RequestParam(required = false) String note,
            Model model) {
        Accounts.Account account = header(park, model);
        try {
            TransferListings.Listing l = listings.list(
                    account,
                    park,
                    new TransferListings.ListingRequest(
                            resultNo, priceWan == null ? null : priceWan.multiply(WAN), expiresOn, note));
            return redirect(park, l.id());
        } catch (TransferNotFound e) {
            throw PageNotFound.park(park + "/" + resultNo);
        } catch (TransferRefused e) {
            model.addAttribute("refused", e.getMessage());
            return board(park, null, null, resultNo, "own", model);
        }
    }

    @GetMapping("/parks/{park}/transfer/listings/{id}")
    String listing(@PathVariable String park, @PathVariable long id, Model model) {
        Accounts.Account account = header(park, model);
        try {
            model.addAttribute("v", listings.view(account, park, id));
        } catch (TransferNotFound e) {
            throw PageNotFound.park(park + "/" + id);
        }
        model.addAttribute("lists", listings.lists());
        model.addAttribute("today", LocalDate.now());
        return "transfer/listing";
    }

    @PostMapping("/parks/{park}/transfer/listings/{id}/intents")
    String express(
            @PathVariable String park,
            @PathVariable long id,
            @RequestParam String creditCode,
            @RequestParam String contact,
            @RequestParam(required = false) String phone,
            @RequestParam(required = false) String message,
            Model model) {
        Accounts.Account account = header(park, model);
        return act(
                park,
                id,
                model,
                () -> listings.express(
                        account, park, id, new TransferListings.IntentRequest(creditCode, contact, phone, message)));
    }

    /**
     * Makes a change on a listing: back to its page when done, or the page again with the reason when refused; a
     * listing the park may not see is "not found".
     */
    private String act(String park, long id, Model model, Runnable change) {
        try {
            change.run();
            return redirect(park, id);
        } catch (TransferNotFound e) {
            throw PageNotFound.park(park + "/" + id);
        } catch (TransferRefused e) {
            model.addAttribute("refused", e.getMessage());
            return listing(park, id, model);
        }
    }

    @PostMapping("/parks/{park}/transfer/listings/{id}/moves")
    String move(
            @PathVariable String park,
            @PathVariable long id,
            @RequestParam ListingFlow.Move move,
            @RequestParam(required = false) Long intentId,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String contractType,
            @RequestParam(required = false) BigDecimal amountWan,
            @RequestParam(required = false) BigDecimal technologyAmountWan,
            @RequestParam(required = false) String field,
            @RequestParam(required = false) String ipType,
            @RequestParam(required = false) String registrationNo,
            @RequestParam(required = false) String registrationBody,
            Model model) {
        Accounts.Account account = header(park, model);
        return act(
                park,
                id,
                model,
                () -> listings.move(
                        account,
                        park,
                        id,
                        new TransferListings.MoveRequest(
                                move,
                                intentId,
                                note,
                                date,
                                contractType,
                                amountWan == null ? null : amountWan.multiply(WAN),
                                technologyAmountWan == null ? null : technologyAmountWan.multiply(WAN),
                                field,
                                ipType,
                                registrationNo,
                                registrationBody)));
    }

    @GetMapping("/parks/{park}/transfer/notifications")
    String notifications(@PathVariable String park, Model model) {
        Accounts.Account account = header(park, model);
        model.addAttribute("tab", "notifications");
        model.addAttribute("rows", listings.notifications(account, park));
        return "transfer/notifications";
    }

    @PostMapping("/parks/{park}/transfer/notifications/read")
    String read(@PathVariable String park, Model model) {
        Accounts.Account account = header(park, model);
        listings.markRead(account, park);
        return "redirect:/parks/" + UriUtils.encodePathSegment(park, StandardCharsets.UTF_8)
                + "/transfer/notifications";
    }

    private static String redirect(String park, long id) {
        return "redirect:/parks/" + UriUtils.encodePathSegment(park, StandardCharsets.UTF_8) + "/transfer/listings/"
                + id;
    }
}
