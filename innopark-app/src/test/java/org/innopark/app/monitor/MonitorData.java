package org.innopark.app.monitor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.innopark.app.registry.RegistryStore;
import org.innopark.app.registry.imports.ImportReport;
import org.innopark.app.registry.imports.RegistryImport;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.ParkScope;
import org.innopark.app.support.TwoParks;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The monitoring tests' data: {@link TwoParks}, emptied monitoring tables, and 28 months of 月度报表 (2023-01 …
 * 2025-04) for park A's two firms imported through the registry's import: firm 1 steady until its revenue, power and
 * insured staff collapse from 2025-02; firm 2 steady throughout.
 */
final class MonitorData {

    static final String HEADER = "统一社会信用代码,期间,营业收入(万元),纳税总额(万元),社保缴纳人数,用电量(千瓦时)";

    private MonitorData() {}

    static TwoParks reset(JdbcTemplate jdbc, RegistryStore store, Accounts accounts) {
        jdbc.update("DELETE FROM monitor_alert");
        jdbc.update("DELETE FROM monitor_case_step");
        jdbc.update("DELETE FROM monitor_case");
        return new TwoParks(jdbc, store, accounts);
    }

    static List<String> panel(TwoParks parks) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (int t = 0; t < 28; t++) {
            String month = String.format("%d-%02d", 2023 + t / 12, t % 12 + 1);
            boolean down = t >= 25;
            lines.add(parks.aFirmCode() + "," + month + "," + (down ? "4" : String.valueOf(200 + t % 3)) + ",10,"
                    + (down ? "5" : "60") + "," + (down ? "900" : "60000"));
            lines.add(parks.aFirm2.creditCode().value() + "," + month + "," + (150 + t % 4) + ",8,40,50000");
        }
        return lines;
    }

    static ImportReport load(RegistryImport imports, Path dir, String name, List<String> lines, ParkScope scope)
            throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return imports.importFile(new RegistryImport.Request(file, name, null, "tester", scope, null));
    }
}
