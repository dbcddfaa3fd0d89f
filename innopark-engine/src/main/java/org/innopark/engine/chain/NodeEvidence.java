package org.innopark.engine.chain;

/**
 * One piece of evidence that an enterprise belongs on a chain node, e.g. 行业代码 3841 锂离子电池制造 (小类一致), or
 * 主营产品含“磷酸铁锂”.
 *
 * @param strength how much it counts (1 for an exact 小类, less for a coarser code or a patent class)
 */
public record NodeEvidence(String nodeId, MappingBasis basis, String detail, double strength) {

    /** The evidence in words, e.g. 行业代码: 3841 锂离子电池制造. */
    public String zh() {
        return basis.zh() + ": " + detail;
    }
}
