package org.innopark.app.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.innopark.app.report.ParkReports;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: runs the web console and the API until stopped. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "启动网页控制台与API / run the web console and the REST API")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions db = new DatabaseOptions();

    @Option(names = "--port", defaultValue = "8080", description = "HTTP 端口(默认 8080) / HTTP port")
    int port;

    @Option(names = "--demo", description = "数据库为空时先生成演示数据 / load demo data first when the registry is empty")
    boolean demo;

    @Override
    public Integer call() {
        ConfigurableApplicationContext context = Contexts.start(db, Map.of("server.port", port), true);
        if (demo) {
            DemoCommand.loadIfEmpty(context);
        }
        context.getBean(ParkReports.class).warmUpInBackground();
        String url = "http://localhost:" + port + "/";
        System.out.println();
        System.out.println("InnoPark 已启动 / is running: " + url + "  (API: " + url + "v3/api-docs)");
        InnoParkCommand.markKeepsRunning();
        return 0;
    }
}
