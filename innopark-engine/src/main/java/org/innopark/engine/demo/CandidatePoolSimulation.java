package org.innopark.engine.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.innopark.engine.chain.CandidatePool;
import org.innopark.engine.chain.ChainLibrary;
import org.innopark.engine.chain.ChainMapping;
import org.innopark.engine.chain.ChainNode;
import org.innopark.engine.chain.Cities;
import org.innopark.engine.chain.ExpansionSignal;
import org.innopark.engine.chain.IndustryChain;
import org.innopark.engine.chain.PoolEntry;
import org.innopark.engine.registry.HighTechField;
import org.innopark.engine.registry.RegionCode;

/**
 * Generates the demo's national candidate pool: firms across 40 cities (weights in {@code pool-cities.tsv}) in the
 * industries of the shipped chains (and some outside them), with dated expansion signals and dated moves into the
 * eight demo parks.
 *
 * <p><b>How moves are generated, and why the back-test does not grade the recommender against itself.</b> Each firm
 * has a latent expansion propensity z (a persistent part and a yearly shock) that nothing stored reveals. Its
 * signals of a year are Poisson counts whose rates grow with exp(0.8 z) of that year — the recommender sees only
 * these noisy counts. In every year from 2021 each firm moves into park p with probability 1 − exp(−λ), where λ =
 * 0.0025 · exp(z) · A(p, industry) · exp(−km / 500) · (营收 / 2000万元)^0.2 · exp(0.5 ε(firm, p)); A(p, industry) =
 * exp(1.2 · (8 · share of the industry's high-tech field in the park's catalogue profile − 1) + τ(p, industry)) with a
 * hidden park taste τ ~ N(0, 0.6²), and ε ~ N(0, 1) a firm-park affinity. None of the recommender's inputs other
 * than the distance enter λ as they are: no chain gaps, no 链主, no relatedness density, no qualifications, and the
 * recommender's weights were set without looking at these moves. The recommender can only do well by recovering the
 * latent propensity from the signals and the parks' specialisation from the registry and the pool's geography.
 */
public final class CandidatePoolSimulation {

    /** The first year moves are drawn for; signals start a year earlier. */
    public static final int FIRST_MOVE_YEAR = 2021;

    private static final Map<String, HighTechField> CHAIN_FIELD = Map.of(
            "power-battery-nev", HighTechField.NEW_ENERGY,
            "photovoltaic", HighTechField.NEW_ENERGY,
            "biomedicine", HighTechField.BIO_MEDICINE,
            "medical-devices", HighTechField.BIO_MEDICINE,
            "integrated-circuits", HighTechField.ELECTRONIC_INFORMATION,
            "new-materials", HighTechField.NEW_MATERIALS,
            "rail-transit", HighTechField.ADVANCED_MANUFACTURING,
            "cosmetics-hyaluronic", HighTechField.BIO_MEDICINE);

    private static final Map<String, String> CHAIN_WORD = Map.of(
            "power-battery-nev", "新能源",
            "photovoltaic", "光伏",
            "biomedicine", "生物医药",
            "medical-devices", "医疗器械",
            "integrated-circuits", "微电子",
            "new-materials", "新材料",
            "rail-transit", "轨道装备",
            "cosmetics-hyaluronic", "生物科技");

    /** Industries outside every chain, about a sixth of the pool. */
    private static final List<String> OTHER = List.of("1810", "3311", "7010", "4710");

    private static final double[] SIGNAL_RATES = {0.12, 0.05, 0.2, 0.03};

    private record PoolCity(String name, RegionCode region, int weight, CandidatePool.City at) {}

    private record Slot(String industry, IndustryChain chain, List<ChainNode> nodes) {}

    private final long seed;
    private final LocalDate end;
    private final List<PoolCity> cities = cities();
    private final List<Slot> slots = new ArrayList<>();
    private final double[][] cityWeights;
    private final double[] cityTotals;
    private final int[] cityPick;
    private final double[][] affinity;

    /**
     * @param seed the seed of every draw
     * @param end the last day signals and moves are dated (the demo's "today")
     */
    public CandidatePoolSimulation(long seed, LocalDate end) {
        this.seed = seed;
        this.end = end;
        Map<String, Slot> byIndustry = new LinkedHashMap<>();
        for (IndustryChain chain : ChainLibrary.builtIn().chains()) {
            for (ChainNode n : chain.mappableNodes()) {
                for (ChainMapping m : n.industries()) {
                    if (m.code().length() == 4 && !byIndustry.containsKey(m.code())) {
                        List<ChainNode> nodes = chain.mappableNodes().stream()
                                .filter(x -> x.industries().stream()
                                        .anyMatch(y -> y.code().equals(m.code())))
                                .toList();
                        byIndustry.put(m.code(), new Slot(m.code(), chain, nodes));
                    }
                }
            }
        }
        slots.addAll(byIndustry.values());
        for (String other : OTHER) {
            slots.add(new Slot(other, null, List.of()));
        }
        int ni = slots.size();
        cityWeights = new double[cities.size()][ni];
        cityTotals = new double[cities.size()];
        Draw geo = new Draw(Draw.seed(seed, 900));
        Map<String, Double> chainTaste = new LinkedHashMap<>();
        for (int c = 0; c < cities.size(); c++) {
            chainTaste.clear();
            for (int i = 0; i < ni; i++) {
                Slot s = slots.get(i);
                String key = s.chain() == null ? "-" : s.chain().id();
                double kappa = chainTaste.computeIfAbsent(key, k -> geo.gaussian());
                double base = s.chain() == null ? 2.5 : 1.0;
                cityWeights[c][i] = base * Math.exp(0.9 * kappa + 0.6 * geo.gaussian());
                cityTotals[c] += cityWeights[c][i];
            }
        }
        int[] w = new int[cities.size()];
        for (int c = 0; c < w.length; c++) {
            w[c] = cities.get(c).weight();
        }
        cityPick = w;
        List<ParkCatalogue.Profile> parks = ParkCatalogue.PARKS;
        affinity = new double[parks.size()][ni];
        Draw taste = new Draw(Draw.seed(seed, 901));
        for (int p = 0; p < parks.size(); p++) {
            int[] fw = parks.get(p).fieldWeights();
            double total = 0;
            for (int v : fw) {
                total += v;
            }
            for (int i = 0; i < ni; i++) {
                Slot s = slots.get(i);
                HighTechField field = s.chain() == null
                        ? HighTechField.ADVANCED_MANUFACTURING
                        : CHAIN_FIELD.getOrDefault(s.chain().id(), HighTechField.ADVANCED_MANUFACTURING);
                double share = fw[field.ordinal()] / total;
                double scale = s.chain() == null ? 0.3 : 1.0;
                affinity[p][i] = scale * Math.exp(1.2 * (8 * share - 1) + 0.6 * taste.gaussian());
            }
        }
    }

    /** Generates n firms into the consumer, in order. */
    public void generate(int n, Consumer<PoolEntry> out) {
        List<ParkCatalogue.Profile> parks = ParkCatalogue.PARKS;
        CandidatePool.City[] parkCities = new CandidatePool.City[parks.size()];
        for (int p = 0; p < parks.size(); p++) {
            parkCities[p] = Cities.of(parks.get(p).city());
        }
        int firstSignalYear = FIRST_MOVE_YEAR - 1;
        for (int k = 0; k < n; k++) {
            Draw d = new Draw(Draw.seed(seed, 902, k));
            int c = d.weighted(cityPick);
            PoolCity city = cities.get(c);
            int i = pickIndustry(c, d);
            Slot slot = slots.get(i);
            ChainNode node = slot.nodes().isEmpty()
                    ? null
                    : slot.nodes().get(d.between(0, slot.nodes().size() - 1));
            double revenueWan = Math.min(5e6, d.logNormal(2000, 1.5));
            double growth = Draw.clamp(0.08 + 0.2 * d.gaussian(), -0.5, 1.5);
            double quality = d.gaussian();
            boolean highTech = d.chance(Draw.logistic(-1.2 + 0.8 * quality + 0.3 * Math.log10(revenueWan / 2000)));
            boolean srdi = d.chance(Draw.logistic(-2.3 + 0.9 * quality));
            boolean giant = srdi && d.chance(0.15);
            boolean bad = d.chance(0.03);
            int age = (int) Math.min(30, -StrictMath.log(1 - d.uniform()) * 8);
            LocalDate registered =
                    LocalDate.of(Math.min(end.getYear() - 1, 2025) - age, d.between(1, 12), d.between(1, 28));
            String word = slot.chain() == null
                    ? "实业"
                    : CHAIN_WORD.getOrDefault(slot.chain().id(), "科技");
            String name = Names.company(city.name(), Names.brand(20_000_000L + k), word, d.chance(0.08));
            String products;
            String scope;
            if (node != null) {
                List<String> p = node.products();
                String a = p.get(d.between(0, p.size() - 1));
                String b = p.get(d.between(0, p.size() - 1));
                products = a.equals(b) ? a : a + "、" + b;
                scope = BusinessTexts.scope(new org.innopark.engine.registry.IndustryCode(slot.industry()), a, d);
            } else {
                products = null;
                scope = BusinessTexts.scope(new org.innopark.engine.registry.IndustryCode(slot.industry()), "相关产品", d);
            }
            double persistent = d.gaussian();
            List<CandidatePool.Signal> signals = new ArrayList<>();
            double sizeFactor = Math.pow(revenueWan / 2000, 0.15);
            String movedTo = null;
            LocalDate movedOn = null;
            double[] eps = new double[parks.size()];
            for (int p = 0; p < eps.length; p++) {
                eps[p] = d.gaussian();
            }
            for (int year = firstSignalYear; year <= end.getYear(); year++) {
                double z = 0.75 * persistent + 0.66 * d.gaussian();
                LocalDate from = LocalDate.of(year, 1, 1);
                long days =
                        Math.min(end.toEpochDay(), LocalDate.of(year, 12, 31).toEpochDay()) - from.toEpochDay() + 1;
                for (ExpansionSignal kind : ExpansionSignal.values()) {
                    long count =
                            d.poisson(SIGNAL_RATES[kind.ordinal()] * Math.exp(0.8 * z) * sizeFactor * days / 365.0);
                    for (long s = 0; s < count; s++) {
                        signals.add(new CandidatePool.Signal(kind, from.plusDays(d.below(days))));
                    }
                }
                if (year < FIRST_MOVE_YEAR || movedTo != null) {
                    continue;
                }
                for (int p = 0; p < parks.size() && movedTo == null; p++) {
                    double km = km(city.at(), parkCities[p]);
                    double lambda = 0.0025
                            * Math.exp(z)
                            * affinity[p][i]
                            * Math.exp(-km / 500)
                            * Math.pow(revenueWan / 2000, 0.2)
                            * Math.exp(0.5 * eps[p])
                            * days
                            / 365.0;
                    if (d.chance(1 - Math.exp(-lambda))) {
                        movedTo = parks.get(p).code();
                        movedOn = from.plusDays(d.below(days));
                    }
                }
            }
            signals.sort((x, y) -> x.date().compareTo(y.date()));
            out.accept(new PoolEntry(
                    CreditCodes.of(city.region(), 30_000_000L + k).value(),
                    name,
                    slot.industry(),
                    city.name(),
                    registered,
                    Math.round(d.logNormal(1000, 1.0)) * 1e4,
                    Math.round(revenueWan * 100) * 100.0,
                    Math.round(growth * 1000) / 1000.0,
                    (int) Math.max(3, Math.round(revenueWan / 80 * Math.exp(0.3 * d.gaussian()))),
                    highTech,
                    srdi,
                    giant,
                    bad,
                    products,
                    scope,
                    signals,
                    movedTo,
                    movedOn));
        }
    }

    private int pickIndustry(int city, Draw d) {
        double u = d.uniform() * cityTotals[city];
        double[] w = cityWeights[city];
        for (int i = 0; i < w.length; i++) {
            u -= w[i];
            if (u < 0) {
                return i;
            }
        }
        return w.length - 1;
    }

    private static double km(CandidatePool.City a, CandidatePool.City b) {
        double p1 = Math.toRadians(a.lat());
        double p2 = Math.toRadians(b.lat());
        double dl = Math.toRadians(b.lon() - a.lon());
        double h = Math.pow(Math.sin((p2 - p1) / 2), 2) + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(dl / 2), 2);
        return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static List<PoolCity> cities() {
        List<PoolCity> out = new ArrayList<>();
        try (var in = CandidatePoolSimulation.class.getResourceAsStream("pool-cities.tsv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                CandidatePool.City at = Cities.find(c[0])
                        .orElseThrow(() -> new IllegalStateException("pool-cities.tsv: no coordinates for " + c[0]));
                out.add(new PoolCity(c[0], RegionCode.of(c[1]), Integer.parseInt(c[2]), at));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
