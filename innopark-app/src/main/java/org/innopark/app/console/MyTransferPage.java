package org.innopark.app.console;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.transfer.DemandRejected;
import org.innopark.app.transfer.EnterpriseTransfer;
import org.innopark.app.transfer.ListingFlow;
import org.innopark.app.transfer.TransferListings;
import org.innopark.app.transfer.TransferNotFound;
import org.innopark.app.transfer.TransferRefused;
import org.innopark.engine.transfer.TechnologyDemand;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 科技成果转化 for an enterprise's own user (企业用户): 我的技术需求 (its demands, posting, editing and closing one, each
 * demand's matches with their reasons), the park's 成果挂牌大厅 with intents it expresses and withdraws for itself, and
 * 我的意向 (its intents' states and steps, the notifications about them). Any other role, and another enterprise's
 * demand or intent, gets the same 404 as a page that does not exist.
 */
@Controller
class MyTransferPage {

    private final EnterpriseTransfer transfer;
    private final CurrentUser user;

    MyTransferPage(EnterpriseTransfer transfer, CurrentUser user) {
        this.transfer = transfer;
        this.user = user;
    }

    /** The signed-in enterprise, named on the page; 404 for anyone else. */
    private Accounts.Account header(Model model, String tab) {
        Accounts.Account account = user.account();
        model.addAttribute("firm", found(() -> transfer.firm(account)));
        model.addAttribute("tab", tab);
        return account;
    }

    private static <T> T found(Supplier<T> read) {
        try {
            return read.get();
        } catch (TransferNotFound e) {
            throw PageNotFound.enterprise("own");
        }
    }

    @GetMapping("/my/transfer/demands")
    String demands(Model model) {
        Accounts.Account account = header(model, "demands");
        model.addAttribute("demands", transfer.demands(account));
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("modes", transfer.cooperationModes());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new EnterpriseTransfer.DemandForm(null, null, null, null, null, null));
        }
        return "transfer/my-demands";
    }

    @PostMapping("/my/transfer/demands")
    String post(@ModelAttribute("form") EnterpriseTransfer.DemandForm form, Model model) {
        Accounts.Account account = header(model, "demands");
        try {
            TechnologyDemand d = transfer.post(account, form);
            return "redirect:/my/transfer/demands/" + d.id();
        } catch (DemandRejected e) {
            model.addAttribute("errors", e.errors());
            return demands(model);
        }
    }

    @GetMapping("/my/transfer/demands/{id}")
    String demand(@PathVariable String id, Model model) {
        Accounts.Account account = header(model, "demands");
        model.addAttribute("view", found(() -> transfer.demand(account, id)));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", transfer.form(account, id));
        }
        model.addAttribute("modes", transfer.cooperationModes());
        model.addAttribute("today", LocalDate.now());
        return "transfer/my-demand";
    }

    @PostMapping("/my/transfer/demands/{id}")
    String edit(@PathVariable String id, @ModelAttribute("form") EnterpriseTransfer.DemandForm form, Model model) {
        Accounts.Account account = header(model, "demands");
        try {
            found(() -> transfer.edit(account, id, form));
            return "redirect:/my/transfer/demands/" + id;
        } catch (DemandRejected e) {
            model.addAttribute("errors", e.errors());
            return demand(id, model);
        }
    }

    @PostMapping("/my/transfer/demands/{id}/close")
    String close(@PathVariable String id, Model model) {
        Accounts.Account account = header(model, "demands");
        try {
            found(() -> transfer.close(account, id));
            return "redirect:/my/transfer/demands/" + id;
        } catch (TransferRefused e) {
            model.addAttribute("refused", e.getMessage());
            return demand(id, model);
        }
    }

    @GetMapping("/my/transfer/listings")
    String board(
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String field,
            @RequestParam(required = false) String q,
            Model model) {
        Accounts.Account account = header(model, "listings");
        TransferListings.Filter filter = new TransferListings.Filter(state, field, q, null);
        model.addAttribute("filter", filter);
        model.addAttribute("states", List.of(ListingFlow.ListingState.values()));
        model.addAttribute("rows", transfer.board(account, filter));
        return "transfer/my-listings";
    }

    @GetMapping("/my/transfer/listings/{id}")
    String listing(@PathVariable long id, Model model) {
        Accounts.Account account = header(model, "listings");
        model.addAttribute("v", found(() -> transfer.listing(account, id)));
        return "transfer/my-listing";
    }

    @PostMapping("/my/transfer/listings/{id}/intents")
    String express(
            @PathVariable long id,
            @RequestParam(required = false) String contact,
            @RequestParam(required = false) String phone,
            @RequestParam(required = false) String message,
            Model model) {
        Accounts.Account account = header(model, "listings");
        return act(
                id,
                model,
                () -> transfer.express(account, id, new EnterpriseTransfer.IntentForm(contact, phone, message)));
    }

    @PostMapping("/my/transfer/listings/{id}/intents/{intent}/withdraw")
    String withdraw(
            @PathVariable long id,
            @PathVariable long intent,
            @RequestParam(required = false) String note,
            Model model) {
        Accounts.Account account = header(model, "listings");
        return act(id, model, () -> transfer.withdraw(account, id, intent, note));
    }

    /** A change on a listing: back to its page, or the page again with the reason when refused. */
    private String act(long id, Model model, Supplier<?> change) {
        try {
            found(change);
            return "redirect:/my/transfer/listings/" + id;
        } catch (TransferRefused e) {
            model.addAttribute("refused", e.getMessage());
            return listing(id, model);
        }
    }

    @GetMapping("/my/transfer/intents")
    String intents(Model model) {
        Accounts.Account account = header(model, "intents");
        model.addAttribute("rows", transfer.intents(account));
        model.addAttribute("notices", transfer.notifications(account));
        return "transfer/my-intents";
    }
}
