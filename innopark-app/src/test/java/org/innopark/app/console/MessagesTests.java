package org.innopark.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every user-visible text of the pages is a message key that exists in Chinese and in English. */
class MessagesTests {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTests.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .isEqualTo(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyLiteralKeyInTheTemplatesExists() throws IOException {
        Set<String> known = load("messages.properties").stringPropertyNames();
        Pattern key = Pattern.compile("#\\{([a-zA-Z][\\w.]*[\\w])[}(]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = key.matcher(Files.readString(file));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyImportableTableAndAuditedEntityHasAName() throws IOException {
        Set<String> known = load("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (String table : org.innopark.app.registry.imports.RegistryImport.tables()) {
            if (!known.contains("table." + table)) {
                missing.add("table." + table);
            }
        }
        for (String entity : org.innopark.app.audit.AuditLog.ENTITIES) {
            if (!known.contains("audit.entity." + entity)) {
                missing.add("audit.entity." + entity);
            }
        }
        for (org.innopark.app.audit.AuditLog.Action action : org.innopark.app.audit.AuditLog.Action.values()) {
            if (!known.contains("audit.action." + action.name())) {
                missing.add("audit.action." + action.name());
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * Every entity a feature names for the audit log ({@code ENTITY = "..."}, {@code CASE_ENTITY = "..."},
     * {@code ISSUED_REPORT = "..."} in the main sources) is offered by the audit page's filter.
     */
    @Test
    void everyEntityAFeatureAuditsIsInTheAuditPagesFilter() throws IOException {
        Pattern constant = Pattern.compile("String (?:\\w*ENTITY\\w*|ISSUED_REPORT) = \"([a-z_]+)\"");
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/innopark/app"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                Matcher m = constant.matcher(Files.readString(f));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        assertThat(named).isNotEmpty();
        assertThat(org.innopark.app.audit.AuditLog.ENTITIES).containsAll(named);
    }

    @Test
    void chineseIsTheDefaultBundle() throws IOException {
        assertThat(load("messages.properties").getProperty("login.submit")).isEqualTo("登录");
        assertThat(load("messages_en.properties").getProperty("login.submit")).isEqualTo("Sign in");
    }
}
