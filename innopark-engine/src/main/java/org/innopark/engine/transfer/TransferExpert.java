package org.innopark.engine.transfer;

import java.util.Objects;

/**
 * 专家: an expert with 单位, 职称, 研究方向 and 代表成果, the park that registered them, and whether that park shares
 * them with the other parks.
 */
public record TransferExpert(
        String id,
        String name,
        String unit,
        String title,
        String direction,
        String achievements,
        String parkCode,
        boolean shared) {

    public TransferExpert {
        Objects.requireNonNull(id);
        Objects.requireNonNull(parkCode);
    }

    public TransferItem item() {
        return TransferItem.expert(id, name, unit, title, direction, achievements);
    }
}
