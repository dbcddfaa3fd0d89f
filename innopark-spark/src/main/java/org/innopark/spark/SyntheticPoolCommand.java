package org.innopark.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code synthetic-pool}: a national candidate pool and two parks' enterprises drawn by the engine's simulation (see
 * {@link SyntheticPool}), as the two CSV files of the {@code targets} job and of {@code innopark.jar chain targets
 * --pool}; streamed, so a pool of millions is written in constant memory.
 */
@Command(
        name = "synthetic-pool",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "生成演示用全国候选库与两个园区的企业(引擎的候选库模拟),供 targets 试运行与基准 / a demo national pool and two"
                    + " parks' enterprises (the engine's pool simulation), for trying the targets job and benchmarks",
            "synthetic-pool --pool-firms 1000000 --park-firms 3000 --pool pool.csv --parks-out park-firms.csv"
        })
final class SyntheticPoolCommand implements Callable<Integer> {

    @Option(names = "--pool-firms", defaultValue = "100000", paramLabel = "N", description = "候选库企业数 / pool firms")
    int poolFirms;

    @Option(
            names = "--park-firms",
            defaultValue = "3000",
            paramLabel = "M",
            description = "两个园区的企业数合计 / the two parks' enterprises together")
    int parkFirms;

    @Option(names = "--seed", defaultValue = "20261202", paramLabel = "S", description = "随机种子 / seed")
    long seed;

    @Option(names = "--pool", required = true, paramLabel = "FILE", description = "候选库 CSV / the pool's CSV")
    Path pool;

    @Option(names = "--parks-out", required = true, paramLabel = "FILE", description = "园区企业 CSV / the parks' CSV")
    Path parks;

    @Override
    public Integer call() throws IOException {
        if (poolFirms < 1 || parkFirms < 2) {
            System.err.println("--pool-firms 至少 1,--park-firms 至少 2 / at least 1 pool firm and 2 park firms");
            return 2;
        }
        try (BufferedWriter p = Files.newBufferedWriter(pool, StandardCharsets.UTF_8);
                BufferedWriter k = Files.newBufferedWriter(parks, StandardCharsets.UTF_8)) {
            SyntheticPool.line(p, SyntheticPool.POOL_HEADERS.toArray(String[]::new));
            SyntheticPool.line(k, SyntheticPool.PARK_HEADERS.toArray(String[]::new));
            SyntheticPool.generate(seed, parkFirms, poolFirms, row -> write(k, row), row -> write(p, row));
        }
        System.err.printf("已写出 / written: %s (%,d), %s (%,d)%n", pool, poolFirms, parks, parkFirms);
        return 0;
    }

    private static void write(BufferedWriter w, String[] row) {
        try {
            SyntheticPool.line(w, row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
