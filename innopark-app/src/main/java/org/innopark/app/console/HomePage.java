package org.innopark.app.console;

import org.innopark.app.registry.RegistryQueries;
import org.innopark.app.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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

    @GetMapping("/")
    String home(Model model) {
        var account = user.account();
        model.addAttribute("account", account);
        model.addAttribute("parks", queries.parks(account.scope()));
        return "home";
    }
}
