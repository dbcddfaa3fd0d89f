package org.innopark.engine.transfer;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The fields a 技术合同登记表 adds to the registry's facts of a contract: 项目名称, the type of the five (a code of
 * {@link ContractLists}), 技术交易额, 技术领域, 知识产权类型, the seller's and the buyer's 行政区划代码, and the 登记机构.
 */
public record ContractDetails(
        String registrationNo,
        String projectName,
        String typeCode,
        BigDecimal technologyAmountYuan,
        String field,
        String ipType,
        String sellerRegion,
        String buyerRegion,
        String registrationBody) {

    public ContractDetails {
        Objects.requireNonNull(registrationNo, "registrationNo");
        Objects.requireNonNull(typeCode, "typeCode");
        Objects.requireNonNull(technologyAmountYuan, "technologyAmountYuan");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(ipType, "ipType");
        if (!RegisteredContract.isRegion(sellerRegion) || !RegisteredContract.isRegion(buyerRegion)) {
            throw new IllegalArgumentException("行政区划代码应为6位数字 / a region code is six digits: " + registrationNo);
        }
    }
}
