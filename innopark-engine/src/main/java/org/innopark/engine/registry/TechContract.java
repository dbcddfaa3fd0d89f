package org.innopark.engine.registry;

import java.math.BigDecimal;
import java.time.LocalDate;

/** 技术合同: a registered technology contract; its amount is the turnover (成交额). */
public record TechContract(
        String registrationNo,
        String parkCode,
        CreditCode sellerCreditCode,
        String sellerName,
        CreditCode buyerCreditCode,
        String buyerName,
        ContractType type,
        BigDecimal amount,
        LocalDate registrationDate) {

    public TechContract {
        registrationNo = Require.text(registrationNo, "合同登记编号", "registration number", 64);
        parkCode = ParkCode.check(parkCode);
        sellerName = Require.text(sellerName, "卖方名称", "seller name", 200);
        buyerName = Require.text(buyerName, "买方名称", "buyer name", 200);
        Require.present(type, "合同类型", "contract type");
        amount = Require.nonNegativeMoney(Require.present(amount, "成交额", "amount"), "成交额", "amount");
        Require.present(registrationDate, "登记日期", "registration date");
    }
}
