package org.innopark.app.support;

import static org.innopark.app.support.RegistryFixtures.changchun;
import static org.innopark.app.support.RegistryFixtures.changzhou;
import static org.innopark.app.support.RegistryFixtures.enterprise;
import static org.innopark.app.support.RegistryFixtures.report;

import java.util.List;
import org.innopark.app.registry.RegistryStore;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.Role;
import org.innopark.engine.registry.Enterprise;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two parks with enterprises, reports and one account of every role each, on an emptied registry: park A (长春,
 * CCHTZ) whose users the tests sign in as, and park B (常州, CZHTZ) whose data they must never see. Also empties the
 * audit log and every account but the first administrator, which it restores.
 */
public final class TwoParks {

    /** The password of every account made here (made directly, not through the password rule). */
    public static final String PASSWORD = "Two-Parks-Passw0rd";

    public static final String A = "CCHTZ";
    public static final String B = "CZHTZ";

    public final Enterprise aFirm = enterprise(changchun(), 31, "长春哨兵光电有限公司");
    public final Enterprise aFirm2 = enterprise(changchun(), 32, "长春哨兵二号软件有限公司");
    public final Enterprise bFirm = enterprise(changzhou(), 33, "常州哨兵材料有限公司");
    public final Enterprise bFirm2 = enterprise(changzhou(), 34, "常州哨兵二号生物有限公司");

    public String aFirmCode() {
        return aFirm.creditCode().value();
    }

    public String bFirmCode() {
        return bFirm.creditCode().value();
    }

    public String bFirm2Code() {
        return bFirm2.creditCode().value();
    }

    public TwoParks(JdbcTemplate jdbc, RegistryStore store, Accounts accounts) {
        jdbc.update("DELETE FROM audit_event");
        jdbc.update("DELETE FROM app_user WHERE username <> 'admin'");
        jdbc.update("UPDATE app_user SET role = 'SYSTEM_ADMIN', park_code = NULL, credit_code = NULL, enabled = TRUE,"
                + " failed_attempts = 0, locked_until = NULL WHERE username = 'admin'");
        jdbc.update("DELETE FROM points_consent");
        jdbc.update("DELETE FROM park_figure");
        EmptyRegistry.empty(jdbc);
        store.saveParks(List.of(changchun(), changzhou()));
        List<Enterprise> firms = List.of(aFirm, aFirm2, bFirm, bFirm2);
        store.saveEnterprises(firms);
        int n = 0;
        for (Enterprise e : firms) {
            n++;
            store.saveReports(List.of(
                    report(e, 2023, 80 + n, "5000000" + n + ".00", "600000" + n + ".00"),
                    report(e, 2024, 90 + n, "6000000" + n + ".00", "700000" + n + ".00")));
        }
        accounts.create("a-admin", PASSWORD, Role.PARK_ADMIN, A, null);
        accounts.create("a-analyst", PASSWORD, Role.PARK_ANALYST, A, null);
        accounts.create("a-firm", PASSWORD, Role.ENTERPRISE, A, aFirmCode());
        accounts.create("a-bank", PASSWORD, Role.BANK, A, null);
        accounts.create("b-admin", PASSWORD, Role.PARK_ADMIN, B, null);
        accounts.create("b-analyst", PASSWORD, Role.PARK_ANALYST, B, null);
        accounts.create("b-firm", PASSWORD, Role.ENTERPRISE, B, bFirmCode());
    }
}
