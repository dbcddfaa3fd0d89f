package org.innopark.engine.registry;

import java.time.LocalDate;

/**
 * 企业: an enterprise registered in a park, identified by its unified social credit code.
 *
 * @param listingBoard where its shares are listed; {@link ListingBoard#UNLISTED} when they are not
 */
public record Enterprise(
        CreditCode creditCode,
        String name,
        LocalDate registrationDate,
        RegionCode region,
        IndustryCode industry,
        HighTechField highTechField,
        String parkCode,
        String subParkCode,
        ListingBoard listingBoard) {

    public Enterprise {
        Require.present(creditCode, "统一社会信用代码", "credit code");
        name = Require.text(name, "企业名称", "enterprise name", 200);
        parkCode = ParkCode.check(parkCode);
        subParkCode = subParkCode == null || subParkCode.isBlank() ? null : ParkCode.check(subParkCode);
        listingBoard = listingBoard == null ? ListingBoard.UNLISTED : listingBoard;
        if (registrationDate != null && registrationDate.isAfter(LocalDate.now().plusDays(1))) {
            throw new InvalidValueException("成立日期不能晚于今天", "registration date cannot be in the future");
        }
    }

    public boolean isListed() {
        return listingBoard != ListingBoard.UNLISTED;
    }
}
