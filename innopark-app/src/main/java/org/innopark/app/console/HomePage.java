package org.innopark.app.console;

import java.nio.charset.StandardCharsets;
import org.innopark.app.registry.RegistryQueries;
import org.innopark.app.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/** The sign-in page and the home page: the parks the user may see, with the size of their registry. */
@Controller
class HomePage {

    private final RegistryQueries queries;
    private final CurrentUser user;

    HomePage(RegistryQueries queries, CurrentUser user) {
        this.queries = queries;
        this.user = user;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /**
     * The landing page after sign-in: the park list for the system administrator, the park's overview for park
     * staff, the enterprise's own profile for an enterprise user, and the bank list for a bank user.
     */
    @GetMapping("/")
    String home(Model model) {
        var account = user.account();
        switch (account.role()) {
            case PARK_ADMIN, PARK_ANALYST -> {
                return "redirect:/parks/" + UriUtils.encodePathSegment(account.parkCode(), StandardCharsets.UTF_8);
            }
            case ENTERPRISE -> {
                return "redirect:/enterprises/" + account.creditCode();
            }
            default -> {
                model.addAttribute("account", account);
                model.addAttribute("parks", queries.parks(account.scope()));
                return "home";
            }
        }
    }

    /** The park switch in the frame: goes to the chosen park's overview. */
    @GetMapping("/parks/switch")
    String switchPark(@RequestParam String code) {
        return "redirect:/parks/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8);
    }
}
