package org.innopark.engine.transfer;

import java.util.Objects;

/**
 * 科研仪器设备: an instrument with its 大类 (of the 大型科学仪器设备分类), 主要功能, 技术指标, 所属单位, whether it is
 * open for shared use by enterprises (开放共享) and at what charges (收费标准, as the owner states them), the park that
 * registered it, and whether that park shares it with the other parks.
 */
public record ResearchInstrument(
        String id,
        String name,
        String category,
        String functions,
        String specifications,
        String owner,
        boolean openForSharing,
        String charges,
        String parkCode,
        boolean shared) {

    public ResearchInstrument {
        Objects.requireNonNull(id);
        Objects.requireNonNull(parkCode);
        charges = charges == null ? "" : charges;
    }

    public TransferItem item() {
        return TransferItem.instrument(id, name, functions, specifications, owner, category);
    }
}
