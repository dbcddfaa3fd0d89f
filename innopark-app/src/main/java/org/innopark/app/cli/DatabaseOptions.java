package org.innopark.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the data lives: the embedded H2 directory, or a PostgreSQL URL. Shared by every command. */
public class DatabaseOptions {

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "嵌入式数据库目录(默认 ./data) / directory of the embedded database (default ./data)")
    Path dataDir;

    @Option(
            names = "--db-url",
            paramLabel = "JDBC_URL",
            description =
                    "PostgreSQL 连接地址,如 jdbc:postgresql://localhost:5432/innopark(也可用环境变量 INNOPARK_DB_URL) / PostgreSQL JDBC URL (or INNOPARK_DB_URL)")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER", description = "数据库用户(或 INNOPARK_DB_USER) / database user")
    String dbUser;

    @Option(
            names = "--db-password",
            paramLabel = "PASSWORD",
            description = "数据库密码(或 INNOPARK_DB_PASSWORD) / database password")
    String dbPassword;

    /** The Spring properties these options set; empty options leave the defaults of application.properties. */
    Map<String, Object> properties() {
        Map<String, Object> p = new LinkedHashMap<>();
        if (dataDir != null) {
            p.put("innopark.data-dir", dataDir.toAbsolutePath().toString());
        }
        if (dbUrl != null) {
            p.put("spring.datasource.url", dbUrl);
        }
        if (dbUser != null) {
            p.put("spring.datasource.username", dbUser);
        }
        if (dbPassword != null) {
            p.put("spring.datasource.password", dbPassword);
        }
        return p;
    }
}
