package org.innopark.engine.chain;

import java.io.StringReader;

/** A small chain for the tests: 材料 (3985) → 电芯 (3841) → 整车 (3612), 储能 (3841) off 电芯. */
final class ChainTestData {

    static final String YAML = """
            id: tiny
            name: 小链
            confidence: partial
            source: 测试
            nodes:
              - id: up
                stage: upstream
                name: 上游
                children:
                  - id: material
                    name: 正极材料
                    industries: ["3985"]
                    products: [磷酸铁锂, 三元正极材料]
                    ipc: [C01G]
              - id: mid
                stage: midstream
                name: 中游
                children:
                  - id: cell
                    name: 电芯
                    industries: ["3841"]
                    products: [锂离子电池, 动力电池]
                    ipc: [H01M]
                  - id: storage
                    name: 储能系统
                    industries: ["3841"]
                    products: [储能系统]
              - id: down
                stage: downstream
                name: 下游
                children:
                  - id: vehicle
                    name: 整车
                    industries: [{code: "36", confidence: unconfirmed}]
                    products: [新能源汽车]
            edges:
              - material -> cell
              - cell -> vehicle
              - cell -> storage
            """;

    private ChainTestData() {}

    static IndustryChain chain() {
        return ChainLoader.load("tiny.yaml", new StringReader(YAML));
    }
}
