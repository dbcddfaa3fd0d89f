package org.innopark.app.ladder;

import org.innopark.app.demo.DemoLoader;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.Role;
import org.innopark.app.support.DemoRegistry;
import org.innopark.engine.demo.DemoSpec;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo population the ladder's integration tests run on (deterministic seed), loaded once and reused while no
 * other test class has emptied the registry, and the accounts of the tenancy tests.
 */
final class LadderDemo {

    /** 600 enterprises, reports 2021–2025, the default seed. */
    static final DemoSpec SPEC = DemoRegistry.SPEC;

    static final int YEAR = DemoRegistry.YEAR;

    /** 长春远宇医疗器械有限公司 (CCHTZ): a small medical-device firm, 科小 score 72, 高企 data conditions all met. */
    static final String YUANYU = DemoRegistry.YUANYU;

    /** 长春聚正机器人有限公司 (CCHTZ): over the 科小 size caps; holds 高企 but its R&D ratio is below 4%. */
    static final String JUZHENG = DemoRegistry.JUZHENG;

    /** 常州佳信电子材料有限公司 (CZHTZ): young, R&D ratio and domestic R&D share below the 高企 thresholds. */
    static final String JIAXIN = DemoRegistry.JIAXIN;

    static final String PASSWORD = "ladder-test-password";

    private LadderDemo() {}

    static void ensureLoaded(JdbcTemplate jdbc, DemoLoader loader, Accounts accounts) {
        // The console's tests use the same population: whichever runs first loads it for both.
        DemoRegistry.ensureLoaded(jdbc, loader, accounts);
        account(accounts, "ladder-cc-analyst", Role.PARK_ANALYST, "CCHTZ", null);
        account(accounts, "ladder-cz-analyst", Role.PARK_ANALYST, "CZHTZ", null);
        account(accounts, "ladder-yuanyu", Role.ENTERPRISE, "CCHTZ", YUANYU);
    }

    private static void account(Accounts accounts, String name, Role role, String park, String creditCode) {
        if (accounts.find(name).isEmpty()) {
            accounts.create(name, PASSWORD, role, park, creditCode);
        }
    }
}
