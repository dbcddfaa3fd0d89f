package org.innopark.app.console;

import java.io.IOException;
import org.innopark.app.bulletin.BulletinInputException;
import org.innopark.app.bulletin.BulletinNotFoundException;
import org.innopark.app.bulletin.BulletinStore;
import org.innopark.app.bulletin.PeerTables;
import org.innopark.app.bulletin.QuoteHighlights;
import org.innopark.app.bulletin.ReviewState;
import org.innopark.app.registry.RegistryQueries;
import org.innopark.app.security.Accounts.Account;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.security.Role;
import org.innopark.engine.bulletin.BulletinVocabulary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 公报情报: the park's imported bulletins with the upload form, a bulletin's text with every fact's quote highlighted
 * (the text escaped, marked only by the stored offsets) beside its fact list with the review forms, and the peer
 * table. Park staff only; another park's bulletin is "not found".
 */
@Controller
class BulletinPage {

    private final BulletinStore store;
    private final PeerTables peers;
    private final RegistryQueries registry;
    private final CurrentUser user;

    BulletinPage(BulletinStore store, PeerTables peers, RegistryQueries registry, CurrentUser user) {
        this.store = store;
        this.peers = peers;
        this.registry = registry;
        this.user = user;
    }

    @GetMapping("/parks/{park}/bulletins")
    String list(@PathVariable String park, Model model) {
        Account account = staff(park);
        model.addAttribute(
                "park", registry.parkHeader(account.scope(), park).orElseThrow(() -> PageNotFound.park(park)));
        model.addAttribute("bulletins", store.list(account, park));
        return "bulletins/list";
    }

    @PostMapping("/parks/{park}/bulletins")
    String upload(
            @PathVariable String park,
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String sourceName,
            @RequestParam(required = false) String sourceUrl,
            @RequestParam(required = false) String publishedOn,
            Model model)
            throws IOException {
        Account account = staff(park);
        try {
            BulletinStore.Imported imported = store.importFile(
                    account,
                    park,
                    file.getOriginalFilename(),
                    file.getBytes(),
                    new BulletinStore.Meta(title, sourceName, sourceUrl, BulletinStore.Meta.date(publishedOn)));
            return "redirect:/parks/" + park + "/bulletins/" + imported.id();
        } catch (BulletinInputException | IllegalArgumentException e) {
            model.addAttribute("problem", e.getMessage());
            return list(park, model);
        } catch (BulletinNotFoundException e) {
            throw PageNotFound.park(park);
        }
    }

    @GetMapping("/parks/{park}/bulletins/{id}")
    String bulletin(@PathVariable String park, @PathVariable long id, Model model) {
        Account account = staff(park);
        BulletinStore.Bulletin b = store.find(account, park, id).orElseThrow(() -> PageNotFound.park(park + "/" + id));
        var facts = store.facts(account, park, id);
        model.addAttribute(
                "park", registry.parkHeader(account.scope(), park).orElseThrow(() -> PageNotFound.park(park)));
        model.addAttribute("b", b.row());
        model.addAttribute("segments", QuoteHighlights.of(b.text(), facts));
        model.addAttribute("facts", facts);
        model.addAttribute("metrics", BulletinVocabulary.standard().metrics());
        return "bulletins/view";
    }

    @PostMapping("/parks/{park}/bulletins/{id}/facts/{fact}")
    String review(
            @PathVariable String park,
            @PathVariable long id,
            @PathVariable long fact,
            @RequestParam String verb,
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) String metric,
            @RequestParam(required = false) String value,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        Account account = staff(park);
        ReviewState state = ReviewState.ofVerb(verb);
        try {
            if (state == null) {
                throw new IllegalArgumentException("verb: accept, correct, reject / 操作应为采纳、更正或驳回");
            }
            store.review(
                    account,
                    park,
                    id,
                    fact,
                    new BulletinStore.Review(state, subject, metric, value, unit, period, note));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            redirect.addFlashAttribute("problemFact", fact);
        } catch (BulletinNotFoundException e) {
            throw PageNotFound.park(park + "/" + id + "/" + fact);
        }
        return "redirect:/parks/" + park + "/bulletins/" + id + "#f" + fact;
    }

    @GetMapping("/parks/{park}/bulletins/peers")
    String peers(@PathVariable String park, @RequestParam(defaultValue = "false") boolean all, Model model) {
        Account account = staff(park);
        model.addAttribute(
                "park", registry.parkHeader(account.scope(), park).orElseThrow(() -> PageNotFound.park(park)));
        model.addAttribute("table", peers.table(account, park, !all));
        model.addAttribute("all", all);
        return "bulletins/peers";
    }

    /** Park staff of the park (or the system administrator); everyone else gets "not found". */
    private Account staff(String park) {
        Account account = user.account();
        Role role = account.role();
        if (role == Role.ENTERPRISE || role == Role.BANK || !account.scope().includesPark(park)) {
            throw PageNotFound.park(park);
        }
        return account;
    }
}
