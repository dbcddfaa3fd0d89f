package org.innopark.app.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.flywaydb.core.Flyway;
import org.innopark.app.operations.DatabaseBackup;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code db migrate}: brings the database schema to the latest version; {@code db backup --out FILE} and {@code db
 * restore FILE}: the whole database as one zip file, on H2 and PostgreSQL alike (see {@link DatabaseBackup}).
 */
@Command(
        name = "db",
        mixinStandardHelpOptions = true,
        description = "数据库管理 / database administration",
        subcommands = {DbCommand.Migrate.class, DbCommand.Backup.class, DbCommand.Restore.class})
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

    @Command(
            name = "backup",
            mixinStandardHelpOptions = true,
            description = "将整个数据库备份为一个 zip 文件 / back the whole database up into one zip file")
    static final class Backup implements Callable<Integer> {

        @Mixin
        DatabaseOptions db = new DatabaseOptions();

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "备份文件 / the backup file to write")
        Path out;

        @Override
        public Integer call() throws Exception {
            try (ConfigurableApplicationContext context = Contexts.start(db, Map.of(), false)) {
                DatabaseBackup.Summary s = context.getBean(DatabaseBackup.class).backup(out);
                System.out.println("已备份 / backed up: " + s.total() + " 行 rows, "
                        + s.rows().size() + " 张表 tables, 结构版本 schema version " + s.schemaVersion() + " → " + out);
            }
            return 0;
        }
    }

    @Command(
            name = "restore",
            mixinStandardHelpOptions = true,
            description = "用备份文件替换数据库中的全部数据(同一结构版本)/ replace every row of the database with a backup's (same"
                    + " schema version)")
    static final class Restore implements Callable<Integer> {

        @Mixin
        DatabaseOptions db = new DatabaseOptions();

        @Parameters(paramLabel = "FILE", description = "备份文件 / the backup file")
        Path file;

        @Override
        public Integer call() throws Exception {
            try (ConfigurableApplicationContext context = Contexts.start(db, Map.of(), false)) {
                DatabaseBackup.Summary s = context.getBean(DatabaseBackup.class).restore(file);
                System.out.println("已恢复 / restored: " + s.total() + " 行 rows, "
                        + s.rows().size() + " 张表 tables, 结构版本 schema version " + s.schemaVersion());
                return 0;
            } catch (DatabaseBackup.NotRestorable e) {
                System.err.println(e.getMessage());
                return 1;
            }
        }
    }
}
