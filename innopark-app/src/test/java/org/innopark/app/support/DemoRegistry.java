package org.innopark.app.support;

import org.innopark.app.demo.DemoLoader;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.Role;
import org.innopark.engine.demo.DemoSpec;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A demo registry for the console's tests: 600 enterprises over the 8 demo parks, reports 2021–2025, the default
 * seed (the same population as the ladder's tests, so that neither reloads it for the other), and one account of
 * every role.
 */
public final class DemoRegistry {

    public static final DemoSpec SPEC = DemoSpec.defaults().withEnterprises(600);

    public static final int YEAR = 2025;

    /** 长春远宇医疗器械有限公司, of 长春 (CCHTZ). */
    public static final String YUANYU = "9122017398460747XF";

    public static final String YUANYU_NAME = "长春远宇医疗器械有限公司";

    /** 长春聚正机器人有限公司, of 长春 (CCHTZ). */
    public static final String JUZHENG = "91220173826207614H";

    /** 常州佳信电子材料有限公司, of 常州 (CZHTZ). */
    public static final String JIAXIN = "91320411390204462C";

    public static final String JIAXIN_NAME = "常州佳信电子材料有限公司";

    public static final String PASSWORD = "console-test-password";

    /** Accounts: an analyst and an administrator of 长春, an analyst of 常州, 远宇's own user and a bank of 长春. */
    public static final String CC_ANALYST = "cc-page-analyst";

    public static final String CC_ADMIN = "cc-page-admin";
    public static final String CZ_ANALYST = "cz-page-analyst";
    public static final String YUANYU_USER = "yuanyu-user";
    public static final String CC_BANK = "cc-bank";

    private DemoRegistry() {}

    public static void ensureLoaded(JdbcTemplate jdbc, DemoLoader loader, Accounts accounts) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM enterprise", Long.class);
        Long ours = jdbc.queryForObject(
                "SELECT COUNT(*) FROM enterprise WHERE credit_code IN (?, ?, ?)", Long.class, YUANYU, JUZHENG, JIAXIN);
        if (count == null || count != SPEC.enterprises() || ours == null || ours != 3) {
            EmptyRegistry.empty(jdbc);
            loader.load(SPEC, null);
        }
        account(accounts, CC_ANALYST, Role.PARK_ANALYST, "CCHTZ", null);
        account(accounts, CC_ADMIN, Role.PARK_ADMIN, "CCHTZ", null);
        account(accounts, CZ_ANALYST, Role.PARK_ANALYST, "CZHTZ", null);
        account(accounts, YUANYU_USER, Role.ENTERPRISE, "CCHTZ", YUANYU);
        account(accounts, CC_BANK, Role.BANK, "CCHTZ", null);
    }

    private static void account(Accounts accounts, String name, Role role, String park, String creditCode) {
        if (accounts.find(name).isEmpty()) {
            accounts.create(name, PASSWORD, role, park, creditCode);
        }
    }
}
