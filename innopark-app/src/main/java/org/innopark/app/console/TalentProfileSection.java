package org.innopark.app.console;

import java.util.List;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.security.Role;
import org.innopark.app.talent.TalentRequests;
import org.innopark.app.talent.Talents;
import org.innopark.engine.talent.RequestTypes;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The enterprise profile's 人才与服务诉求 section: the firm's talents, studios or teams and service requests, with the
 * form to submit one (for the firm's own user and the park's staff). Added to the profile's model here, so that the
 * profile page itself stays as it is; null (no section) for anyone else.
 */
@ControllerAdvice(assignableTypes = EnterpriseProfilePage.class)
class TalentProfileSection {

    /** What the section shows. */
    record Section(
            String parkCode,
            Talents.FirmTalents talents,
            List<TalentRequests.RequestView> requests,
            List<RequestTypes.Type> types,
            boolean maySubmit) {}

    private final Talents talents;
    private final TalentRequests requests;
    private final CurrentUser user;

    TalentProfileSection(Talents talents, TalentRequests requests, CurrentUser user) {
        this.talents = talents;
        this.requests = requests;
        this.user = user;
    }

    @ModelAttribute("talentSection")
    Section section(@PathVariable(name = "creditCode", required = false) String creditCode) {
        if (creditCode == null) {
            return null;
        }
        Accounts.Account account = user.account();
        Talents.FirmTalents firm = talents.firm(account, creditCode).orElse(null);
        String parkCode = talents.parkOf(creditCode).orElse(null);
        if (firm == null || parkCode == null) {
            return null;
        }
        return new Section(
                parkCode,
                firm,
                requests.firm(account, creditCode).orElse(List.of()),
                talents.rules().requestTypes(parkCode).types(),
                account.role() == Role.ENTERPRISE || Talents.isStaff(account));
    }
}
