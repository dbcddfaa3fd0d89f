package org.innopark.engine.chain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The national candidate pool (全国候选企业库): enterprises outside the park's registry, never counted in its figures,
 * held column by column so that a million firms are ranked in well under a second. Each firm has its industry,
 * city (with coordinates), size, qualifications, whether it is on a bad list, its product terms (ids of a
 * {@link ProductDictionary}), its dated expansion signals and, in the demo, its dated move into a park.
 */
public final class CandidatePool {

    /** A city with its coordinates (degrees). */
    public record City(String name, double lat, double lon) {}

    /** One firm as it is added. */
    public record Firm(
            String creditCode,
            String name,
            String industry,
            City city,
            double revenueYuan,
            double growth,
            boolean highTech,
            boolean srdi,
            boolean littleGiant,
            boolean badList,
            Collection<String> terms,
            List<Signal> signals,
            String movedToPark,
            LocalDate movedOn) {

        /** A pool entry as a firm, with the product terms found in its texts. */
        public static Firm of(PoolEntry e, Collection<String> terms) {
            return new Firm(
                    e.creditCode(),
                    e.name(),
                    e.industry(),
                    Cities.of(e.city()),
                    e.revenueYuan(),
                    e.growth(),
                    e.highTech(),
                    e.srdi(),
                    e.littleGiant(),
                    e.badList(),
                    terms,
                    e.signals(),
                    e.movedToPark(),
                    e.movedOn());
        }
    }

    /** A dated expansion signal. */
    public record Signal(ExpansionSignal kind, LocalDate date) {}

    static final byte HIGH_TECH = 1;
    static final byte SRDI = 2;
    static final byte LITTLE_GIANT = 4;
    static final byte BAD_LIST = 8;

    final int size;
    final String[] codes;
    final String[] names;
    final int[] industry;
    final List<String> industries;
    final int[] city;
    final List<City> cities;
    /** 营业收入 in 万元, as the ranking reads it. */
    final float[] revenue;
    /** 营业收入 in yuan as given, for what is shown and exported. */
    final double[] revenueYuan;

    final float[] growth;
    final byte[] flags;
    final int[][] terms;
    final int[] signalStart;
    final int[] signalDay;
    final byte[] signalKind;
    final int[] movedDay;
    final short[] movedPark;
    final List<String> parks;
    final ProductDictionary dictionary;

    private CandidatePool(Builder b) {
        size = b.n;
        codes = Arrays.copyOf(b.codes, size);
        names = Arrays.copyOf(b.names, size);
        industry = Arrays.copyOf(b.industry, size);
        industries = List.copyOf(b.industries);
        city = Arrays.copyOf(b.city, size);
        cities = List.copyOf(b.cities);
        revenue = Arrays.copyOf(b.revenue, size);
        revenueYuan = Arrays.copyOf(b.revenueYuan, size);
        growth = Arrays.copyOf(b.growth, size);
        flags = Arrays.copyOf(b.flags, size);
        terms = Arrays.copyOf(b.terms, size);
        signalStart = Arrays.copyOf(b.signalStart, size + 1);
        signalStart[size] = b.signals;
        signalDay = Arrays.copyOf(b.signalDay, b.signals);
        signalKind = Arrays.copyOf(b.signalKind, b.signals);
        movedDay = Arrays.copyOf(b.movedDay, size);
        movedPark = Arrays.copyOf(b.movedPark, size);
        parks = List.copyOf(b.parks);
        dictionary = b.dictionary;
    }

    public static Builder builder(ProductDictionary dictionary) {
        return new Builder(dictionary);
    }

    public int size() {
        return size;
    }

    public String creditCode(int i) {
        return codes[i];
    }

    public String name(int i) {
        return names[i];
    }

    public String industry(int i) {
        return industries.get(industry[i]);
    }

    public City city(int i) {
        return cities.get(city[i]);
    }

    /** 营业收入 in yuan. */
    public double revenueYuan(int i) {
        return revenueYuan[i];
    }

    public double growth(int i) {
        return growth[i];
    }

    public boolean highTech(int i) {
        return (flags[i] & HIGH_TECH) != 0;
    }

    public boolean srdi(int i) {
        return (flags[i] & SRDI) != 0;
    }

    public boolean littleGiant(int i) {
        return (flags[i] & LITTLE_GIANT) != 0;
    }

    public boolean badList(int i) {
        return (flags[i] & BAD_LIST) != 0;
    }

    /** The park the firm moved into (demo), or null. */
    public String movedToPark(int i) {
        return movedPark[i] < 0 ? null : parks.get(movedPark[i]);
    }

    public LocalDate movedOn(int i) {
        return movedPark[i] < 0 ? null : LocalDate.ofEpochDay(movedDay[i]);
    }

    /** The firm's signals of each kind in the days (from, to]. */
    public int[] signalCounts(int i, long fromExclusive, long toInclusive) {
        int[] counts = new int[ExpansionSignal.values().length];
        for (int s = signalStart[i]; s < signalStart[i + 1]; s++) {
            if (signalDay[s] > fromExclusive && signalDay[s] <= toInclusive) {
                counts[signalKind[s]]++;
            }
        }
        return counts;
    }

    private volatile Map<String, Integer> codeIndex;

    /** The index of each firm by credit code (built on first use, then kept). */
    public Map<String, Integer> codeIndex() {
        Map<String, Integer> map = codeIndex;
        if (map == null) {
            map = new HashMap<>(size * 2);
            for (int i = 0; i < size; i++) {
                map.put(codes[i], i);
            }
            codeIndex = map;
        }
        return map;
    }

    /** Pool firms per mappable node of a chain, as the coverage's national reference. */
    public Map<String, Integer> firmsByNode(PoolChainView view) {
        int[] counts = new int[view.nodes.size()];
        for (int i = 0; i < size; i++) {
            long m = view.mask[i];
            while (m != 0) {
                counts[Long.numberOfTrailingZeros(m)]++;
                m &= m - 1;
            }
        }
        Map<String, Integer> out = new HashMap<>();
        for (int k = 0; k < counts.length; k++) {
            out.put(view.nodes.get(k).id(), counts[k]);
        }
        return out;
    }

    /** Adds firms one by one. */
    public static final class Builder {
        private final ProductDictionary dictionary;
        private final Map<String, Integer> industryIds = new HashMap<>();
        private final List<String> industries = new ArrayList<>();
        private final Map<String, Integer> cityIds = new HashMap<>();
        private final List<City> cities = new ArrayList<>();
        private final Map<String, Short> parkIds = new HashMap<>();
        private final List<String> parks = new ArrayList<>();
        private int n;
        private int signals;
        private String[] codes = new String[1024];
        private String[] names = new String[1024];
        private int[] industry = new int[1024];
        private int[] city = new int[1024];
        private float[] revenue = new float[1024];
        private double[] revenueYuan = new double[1024];
        private float[] growth = new float[1024];
        private byte[] flags = new byte[1024];
        private int[][] terms = new int[1024][];
        private int[] signalStart = new int[1025];
        private int[] signalDay = new int[4096];
        private byte[] signalKind = new byte[4096];
        private int[] movedDay = new int[1024];
        private short[] movedPark = new short[1024];

        private Builder(ProductDictionary dictionary) {
            this.dictionary = dictionary;
        }

        public Builder add(Firm f) {
            if (n == codes.length) {
                int c = n * 2;
                codes = Arrays.copyOf(codes, c);
                names = Arrays.copyOf(names, c);
                industry = Arrays.copyOf(industry, c);
                city = Arrays.copyOf(city, c);
                revenue = Arrays.copyOf(revenue, c);
                revenueYuan = Arrays.copyOf(revenueYuan, c);
                growth = Arrays.copyOf(growth, c);
                flags = Arrays.copyOf(flags, c);
                terms = Arrays.copyOf(terms, c);
                signalStart = Arrays.copyOf(signalStart, c + 1);
                movedDay = Arrays.copyOf(movedDay, c);
                movedPark = Arrays.copyOf(movedPark, c);
            }
            codes[n] = f.creditCode();
            names[n] = f.name();
            String ind = f.industry() == null ? "" : f.industry();
            industry[n] = industryIds.computeIfAbsent(ind, k -> {
                industries.add(k);
                return industries.size() - 1;
            });
            City c = f.city() == null ? new City("", Double.NaN, Double.NaN) : f.city();
            city[n] = cityIds.computeIfAbsent(c.name(), k -> {
                cities.add(c);
                return cities.size() - 1;
            });
            revenue[n] = (float) (f.revenueYuan() / 1e4);
            revenueYuan[n] = f.revenueYuan();
            growth[n] = (float) f.growth();
            flags[n] = (byte) ((f.highTech() ? HIGH_TECH : 0)
                    | (f.srdi() ? SRDI : 0)
                    | (f.littleGiant() ? LITTLE_GIANT : 0)
                    | (f.badList() ? BAD_LIST : 0));
            terms[n] = f.terms().stream()
                    .mapToInt(dictionary::id)
                    .filter(id -> id >= 0)
                    .distinct()
                    .toArray();
            signalStart[n] = signals;
            for (Signal s : f.signals()) {
                if (signals == signalDay.length) {
                    signalDay = Arrays.copyOf(signalDay, signals * 2);
                    signalKind = Arrays.copyOf(signalKind, signals * 2);
                }
                signalDay[signals] = (int) s.date().toEpochDay();
                signalKind[signals] = (byte) s.kind().ordinal();
                signals++;
            }
            if (f.movedToPark() != null && f.movedOn() != null) {
                movedPark[n] = parkIds.computeIfAbsent(f.movedToPark(), k -> {
                    parks.add(k);
                    return (short) (parks.size() - 1);
                });
                movedDay[n] = (int) f.movedOn().toEpochDay();
            } else {
                movedPark[n] = -1;
                movedDay[n] = Integer.MAX_VALUE;
            }
            n++;
            return this;
        }

        public CandidatePool build() {
            return new CandidatePool(this);
        }
    }
}
