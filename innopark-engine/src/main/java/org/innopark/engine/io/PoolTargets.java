package org.innopark.engine.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.innopark.engine.chain.CandidatePool;
import org.innopark.engine.chain.ChainAnalysis;
import org.innopark.engine.chain.IndustryChain;
import org.innopark.engine.chain.ParkPortfolio;
import org.innopark.engine.chain.PoolChainView;
import org.innopark.engine.chain.ProductDictionary;
import org.innopark.engine.chain.Target;
import org.innopark.engine.chain.TargetingRules;
import org.innopark.engine.registry.InvalidValueException;

/**
 * 招商靶向 from files, without a database: a pool file ({@link PoolData}) and the parks' enterprises
 * ({@link ParkFirmsData}) ranked in one JVM by {@link ChainAnalysis} for each park asked, as the table of
 * {@link TargetsTable}. What {@code innopark.jar chain targets --pool} writes and what the Spark {@code targets} job
 * is checked against.
 */
public final class PoolTargets {

    private PoolTargets() {}

    /**
     * What is asked.
     *
     * @param parks the parks ranked, or null for every park of the park-firms file
     * @param asOf the day of the ranking
     * @param top the targets per park
     */
    public record Request(IndustryChain chain, List<String> parks, TargetingRules rules, LocalDate asOf, int top) {}

    /**
     * The parks ranked: those asked, each checked to have enterprises in the file, or every park of the file.
     *
     * @throws InvalidValueException naming a park asked that the file lacks
     */
    public static List<String> ranked(List<ParkPortfolio> portfolios, List<String> asked) {
        List<String> known = portfolios.stream().map(ParkPortfolio::parkCode).toList();
        if (asked == null) {
            return known;
        }
        for (String p : asked) {
            if (!known.contains(p)) {
                throw new InvalidValueException(
                        "没有园区 " + p + " 的企业,文件中的园区:" + known,
                        "no enterprise of park " + p + "; the parks of the file: " + known);
            }
        }
        return List.copyOf(asked);
    }

    /**
     * The pool's rows as one pool (rows numbered as in a file whose header is row 1).
     *
     * @throws InvalidValueException naming the row, the firm and what is wrong
     */
    public static CandidatePool pool(ProductDictionary dictionary, List<String> headers, Iterable<String[]> rows) {
        DataLayout layout = PoolData.layout(headers);
        CandidatePool.Builder b = CandidatePool.builder(dictionary);
        int line = 1;
        for (String[] r : rows) {
            line++;
            try {
                b.add(PoolData.firm(layout, r, dictionary));
            } catch (InvalidValueException e) {
                String code = layout.text(r, PoolData.CREDIT_CODE);
                throw new InvalidValueException(
                        "第 " + line + " 行(" + code + "):" + e.messageZh(),
                        "row " + line + " (" + code + "): " + e.messageEn());
            }
        }
        return b.build();
    }

    /** Every park's top list from the whole pool in one JVM, as rows of {@link TargetsTable}. */
    public static List<Object[]> rank(CandidatePool pool, List<ParkPortfolio> portfolios, Request request) {
        PoolChainView view = new PoolChainView(pool, request.chain());
        List<Object[]> out = new ArrayList<>();
        for (String park : ranked(portfolios, request.parks())) {
            ChainAnalysis a = ChainAnalysis.of(pool, view, portfolios, park, request.asOf(), Set.of(), request.rules());
            for (Target t : a.ranking().top(request.top())) {
                out.add(TargetsTable.row(park, t));
            }
        }
        return out;
    }
}
