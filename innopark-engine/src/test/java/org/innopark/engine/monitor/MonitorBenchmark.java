package org.innopark.engine.monitor;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.innopark.engine.monitor.eval.GeneratorParameters;
import org.innopark.engine.monitor.eval.LabelledPanel;
import org.innopark.engine.monitor.eval.PanelGenerator;

/**
 * Times the back-scan of a generated panel (default 30,000 firms × 36 months, about a million firm-months): the
 * early warning (every rule and model, peers included) and the naive rules, several runs, median. Not a test:
 * {@code bench/monitor.sh}.
 */
public final class MonitorBenchmark {

    private MonitorBenchmark() {}

    public static void main(String[] args) {
        int firms = args.length > 0 ? Integer.parseInt(args[0]) : 30_000;
        int months = args.length > 1 ? Integer.parseInt(args[1]) : 36;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        EarlyWarning warning = EarlyWarning.official();
        long g0 = System.nanoTime();
        LabelledPanel lp =
                new PanelGenerator(GeneratorParameters.DEFAULTS, warning.festival()).generate(1, firms, months);
        long g1 = System.nanoTime();
        Panel panel = lp.panel();
        System.out.printf(
                Locale.ROOT,
                "panel: %d firms x %d months, %d firm-months reported (generated in %.2f s); %d processors%n",
                firms,
                months,
                panel.reportedMonths(),
                (g1 - g0) / 1e9,
                Runtime.getRuntime().availableProcessors());
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        double[] cpu = new double[runs];
        double[] scan = new double[runs];
        double[] naive = new double[runs];
        int alerts = 0;
        for (int r = 0; r < runs; r++) {
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            List<Alert> a = warning.scan(panel, List.of());
            long t1 = System.nanoTime();
            cpu[r] = (os.getProcessCpuTime() - c0) / 1e9;
            new NaiveRules(4).scan(panel);
            long t2 = System.nanoTime();
            scan[r] = (t1 - t0) / 1e9;
            naive[r] = (t2 - t1) / 1e9;
            alerts = a.size();
            System.out.printf(
                    Locale.ROOT,
                    "run %d: early warning %.2f s (%d alerts), naive %.2f s%n",
                    r + 1,
                    scan[r],
                    alerts,
                    naive[r]);
        }
        Arrays.sort(scan);
        Arrays.sort(cpu);
        Arrays.sort(naive);
        System.out.printf(
                Locale.ROOT,
                "median of %d: early warning %.2f s wall, %.2f s CPU (%.0f firm-months/s), naive rules %.2f s;"
                        + " load average %.1f%n",
                runs,
                scan[runs / 2],
                cpu[runs / 2],
                panel.reportedMonths() / scan[runs / 2],
                naive[runs / 2],
                os.getSystemLoadAverage());
    }
}
