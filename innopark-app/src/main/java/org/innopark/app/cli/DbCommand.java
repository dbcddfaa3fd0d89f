package org.innopark.app.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.flywaydb.core.Flyway;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code db migrate}: brings the database schema to the latest version. */
@Command(
        name = "db",
        mixinStandardHelpOptions = true,
        description = "数据库管理 / database administration",
        subcommands = DbCommand.Migrate.class)
final class DbCommand implements Runnable {

    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }

    @Command(
            name = "migrate",
            mixinStandardHelpOptions = true,
            description = "将数据库结构升级到最新版本 / migrate the schema to the latest version")
    static final class Migrate implements Callable<Integer> {

        @Mixin
        DatabaseOptions db = new DatabaseOptions();

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = Contexts.start(db, Map.of(), false)) {
                Flyway flyway = context.getBean(Flyway.class);
                var current = flyway.info().current();
                System.out.println("数据库结构版本 / schema version: " + (current == null ? "-" : current.getVersion()));
            }
            return 0;
        }
    }
}
