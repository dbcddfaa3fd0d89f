package org.innopark.engine.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A registered technology contract (技术合同登记) as the statistics see it: the registry's facts (登记编号, the parties,
 * 成交额, 登记日期), whether each party is an enterprise of the park, and the registration form's own fields (type of
 * the five, 技术交易额, 技术领域, 知识产权类型, the parties' region codes, 登记机构).
 *
 * @param amountYuan 成交额, exact to the fen
 * @param technologyAmountYuan 技术交易额: the part of the turnover paid for the technology, at most the turnover
 */
public record RegisteredContract(
        String registrationNo,
        String projectName,
        String sellerName,
        boolean sellerInPark,
        String buyerName,
        boolean buyerInPark,
        String typeCode,
        BigDecimal amountYuan,
        BigDecimal technologyAmountYuan,
        String field,
        String ipType,
        String sellerRegion,
        String buyerRegion,
        String registrationBody,
        LocalDate registrationDate) {

    public RegisteredContract {
        Objects.requireNonNull(registrationNo, "registrationNo");
        Objects.requireNonNull(typeCode, "typeCode");
        Objects.requireNonNull(amountYuan, "amountYuan");
        Objects.requireNonNull(technologyAmountYuan, "technologyAmountYuan");
        Objects.requireNonNull(registrationDate, "registrationDate");
        if (technologyAmountYuan.signum() < 0 || technologyAmountYuan.compareTo(amountYuan) > 0) {
            throw new IllegalArgumentException(
                    "技术交易额应在0与成交额之间 / the technology amount is between 0 and the" + " turnover: " + registrationNo);
        }
        if (!isRegion(sellerRegion) || !isRegion(buyerRegion)) {
            throw new IllegalArgumentException("行政区划代码应为6位数字 / a region code is six digits: " + registrationNo);
        }
    }

    /** Whether a text is a six-digit region code (GB/T 2260). */
    public static boolean isRegion(String code) {
        return code != null && code.matches("\\d{6}");
    }
}
