package org.innopark.app.security;

import java.util.Optional;

/**
 * The part of the registry a user may read: every park (system administrator), one park, or one enterprise of
 * one park. Queries take a scope and filter by it, so tenancy holds wherever data is read.
 */
public record ParkScope(String parkCode, String creditCode) {

    /** The scope of the system administrator and of internal jobs: everything. */
    public static final ParkScope ALL = new ParkScope(null, null);

    public static ParkScope park(String parkCode) {
        return new ParkScope(parkCode, null);
    }

    public boolean isAll() {
        return parkCode == null && creditCode == null;
    }

    public Optional<String> enterprise() {
        return Optional.ofNullable(creditCode);
    }

    /** Whether a park's data is inside the scope. */
    public boolean includesPark(String code) {
        return parkCode == null || parkCode.equals(code);
    }

    /** Narrows a requested park filter to the scope; empty when the request asks for a park outside it. */
    public Optional<String> narrow(String requestedPark) {
        if (requestedPark == null || requestedPark.isBlank()) {
            return Optional.ofNullable(parkCode).or(() -> Optional.of(""));
        }
        return includesPark(requestedPark) ? Optional.of(requestedPark) : Optional.empty();
    }
}
