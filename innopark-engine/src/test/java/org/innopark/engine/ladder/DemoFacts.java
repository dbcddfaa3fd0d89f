package org.innopark.engine.ladder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.innopark.engine.demo.DemoPopulation;
import org.innopark.engine.demo.DemoSink;
import org.innopark.engine.demo.DemoSpec;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.AttractionProject;
import org.innopark.engine.registry.Carrier;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.InnovationPlatform;
import org.innopark.engine.registry.Park;
import org.innopark.engine.registry.Qualification;
import org.innopark.engine.registry.SubPark;
import org.innopark.engine.registry.Talent;
import org.innopark.engine.registry.TechContract;

/**
 * The demo population as {@link EnterpriseFacts}: every enterprise with its reports, qualifications and hosted
 * platforms (no external facts), for {@link LadderBenchmark} and the equivalence tests.
 */
final class DemoFacts {

    /** One demo enterprise's raw data, for tests that build variants of its facts. */
    record Firm(
            Enterprise enterprise,
            List<AnnualReport> reports,
            List<Qualification> qualifications,
            List<InnovationPlatform> platforms) {}

    private DemoFacts() {}

    /** The facts of every enterprise of the population, in generation order. */
    static List<EnterpriseFacts> facts(DemoSpec spec) {
        Collector sink = new Collector(false);
        new DemoPopulation().generate(spec, sink);
        return sink.facts();
    }

    /** The raw data of every enterprise of a (small) population. */
    static List<Firm> firms(DemoSpec spec) {
        Collector sink = new Collector(true);
        new DemoPopulation().generate(spec, sink);
        return sink.firms();
    }

    /** The facts of a firm as the benchmark builds them. */
    static EnterpriseFacts facts(Firm f) {
        return EnterpriseFacts.of(f.enterprise())
                .reports(f.reports())
                .qualifications(f.qualifications())
                .platforms(f.platforms())
                .build();
    }

    /** Builds the facts of every enterprise as the population streams in; platforms are attached at the end. */
    private static final class Collector implements DemoSink {
        private final boolean keepRaw;
        private final Map<CreditCode, EnterpriseFacts.Builder> builders = new LinkedHashMap<>();
        private final Map<CreditCode, Firm> raw = new LinkedHashMap<>();
        private final Map<CreditCode, List<InnovationPlatform>> hosted = new HashMap<>();

        Collector(boolean keepRaw) {
            this.keepRaw = keepRaw;
        }

        List<EnterpriseFacts> facts() {
            List<EnterpriseFacts> out = new ArrayList<>(builders.size());
            builders.forEach((code, b) ->
                    out.add(b.platforms(hosted.getOrDefault(code, List.of())).build()));
            builders.clear();
            return out;
        }

        List<Firm> firms() {
            List<Firm> out = new ArrayList<>(raw.size());
            raw.forEach((code, f) -> out.add(
                    new Firm(f.enterprise(), f.reports(), f.qualifications(), hosted.getOrDefault(code, List.of()))));
            return out;
        }

        @Override
        public void park(Park park) {}

        @Override
        public void subPark(SubPark subPark) {}

        @Override
        public void enterprise(Enterprise enterprise) {
            if (keepRaw) {
                raw.put(enterprise.creditCode(), new Firm(enterprise, new ArrayList<>(), new ArrayList<>(), List.of()));
            } else {
                builders.put(enterprise.creditCode(), EnterpriseFacts.of(enterprise));
            }
        }

        @Override
        public void report(AnnualReport report) {
            if (keepRaw) {
                raw.get(report.creditCode()).reports().add(report);
            } else {
                builders.get(report.creditCode()).report(report);
            }
        }

        @Override
        public void qualification(Qualification qualification) {
            if (keepRaw) {
                raw.get(qualification.creditCode()).qualifications().add(qualification);
            } else {
                builders.get(qualification.creditCode()).qualification(qualification);
            }
        }

        @Override
        public void platform(InnovationPlatform platform) {
            if (platform.hostCreditCode() != null) {
                hosted.computeIfAbsent(platform.hostCreditCode(), k -> new ArrayList<>())
                        .add(platform);
            }
        }

        @Override
        public void carrier(Carrier carrier) {}

        @Override
        public void talent(Talent talent) {}

        @Override
        public void project(AttractionProject project) {}

        @Override
        public void contract(TechContract contract) {}
    }
}
