package org.innopark.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command of {@code innopark.jar}. */
@Command(
        name = "innopark",
        mixinStandardHelpOptions = true,
        version = "InnoPark 0.1",
        description = "InnoPark 高新区创新生态平台 / innovation-ecosystem platform for high-tech zones",
        subcommands = {
            ServeCommand.class,
            DemoCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            TemplateCommand.class,
            AssessCommand.class,
            PointsCommand.class,
            IndexCommand.class,
            BulletinCommand.class,
            MonitorCommand.class,
            ChainCommand.class,
            TransferCommand.class,
            IncubationCommand.class,
            PatentCommand.class,
            PipelineCommand.class,
            ReportCommand.class,
            TalentCommand.class,
            DbCommand.class
        })
public final class InnoParkCommand implements Runnable {

    private static volatile boolean keepsRunning;

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new InnoParkCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /** True once a command started something that runs until stopped (the web server). */
    public static boolean keepsRunning() {
        return keepsRunning;
    }

    static void markKeepsRunning() {
        keepsRunning = true;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
