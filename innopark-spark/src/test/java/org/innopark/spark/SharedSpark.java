package org.innopark.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One SparkSession for every test class in the JVM ({@code local[2]}, no UI, 2 shuffle partitions), as Spark's own
 * SharedSparkSession does: starting Spark costs seconds, a job on a few hundred rows far less.
 */
final class SharedSpark {

    private static SparkSession session;

    private SharedSpark() {}

    static synchronized SparkSession get() {
        if (session == null) {
            session = SparkSession.builder()
                    .appName("innopark-spark tests")
                    .master("local[2]")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .getOrCreate();
            session.sparkContext().setLogLevel("WARN");
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }
}
