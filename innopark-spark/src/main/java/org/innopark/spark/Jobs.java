package org.innopark.spark;

import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** How every job command runs: a session, the output checked absent, the input read, the result moved into place. */
final class Jobs {

    private Jobs() {}

    static int run(
            SparkMain.SparkOptions spark,
            String name,
            Inputs input,
            Outputs output,
            Function<Dataset<Row>, Dataset<Row>> job) {
        return run(spark, name, output, session -> output.write(job.apply(input.read(session)), input.isCsv()));
    }

    /** As above, for a job that reads its input and writes its output itself. */
    static int run(SparkMain.SparkOptions spark, String name, Outputs output, Consumer<SparkSession> job) {
        boolean shared = SparkSession.getActiveSession().isDefined();
        SparkSession session = spark.session(name);
        try {
            output.checkAbsent(session);
            job.accept(session);
            System.err.println("已写出 / written: " + output.out);
            return 0;
        } finally {
            if (!shared) {
                session.stop();
            }
            // After the stop, which delivers every pending listener event.
            spark.finish();
        }
    }
}
