package org.innopark.app.registry.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.innopark.app.support.TestAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The import pipeline's all-or-nothing on the embedded default, an H2 file database. */
@SpringBootTest(
        properties = {"innopark.admin-password=pipeline-Test-Pw-1", TestAccounts.CHEAP_BCRYPT, "logging.level.root=WARN"
        })
class ImportPipelineH2IntegrationTests extends ImportPipelineContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        try {
            String dir = Files.createTempDirectory("innopark-pipeline-it").toString();
            registry.add("innopark.data-dir", () -> dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
