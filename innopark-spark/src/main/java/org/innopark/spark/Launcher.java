package org.innopark.spark;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The job jar's entry point. Under {@code spark-submit} (Spark on the class path) it runs {@link SparkMain} in this
 * JVM. Started as {@code java -jar innopark-spark.jar ...} on one machine it finds Spark's jars in the {@code lib/}
 * directory beside the jar (the build fills it) and runs the same java, with this JVM's options, on
 * {@code innopark-spark.jar:lib/*} — a manifest Class-Path would have to list 170 jars by name. No Spark class is
 * named here, so this class loads without Spark.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        if (sparkPresent()) {
            Class.forName("org.innopark.spark.SparkMain")
                    .getMethod("main", String[].class)
                    .invoke(null, (Object) args);
            return;
        }
        Path jar = Path.of(Launcher.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path lib = jar.resolveSibling("lib");
        if (!Files.isDirectory(lib)) {
            System.err.println("找不到 Spark:请用 spark-submit 运行,或把 lib/ 目录(构建时生成)放在 " + jar.getFileName()
                    + " 旁边 / Spark not found: run under spark-submit, or keep the lib/ directory the build makes beside "
                    + jar.getFileName());
            System.exit(1);
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(jar + File.pathSeparator + lib.resolve("*"));
        command.add("org.innopark.spark.SparkMain");
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
        System.exit(child.waitFor());
    }

    private static boolean sparkPresent() {
        try {
            Class.forName("org.apache.spark.sql.SparkSession", false, Launcher.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
