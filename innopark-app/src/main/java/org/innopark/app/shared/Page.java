package org.innopark.app.shared;

import java.util.List;

/** One page of a longer list: the items, the page number (from 0), the page size and the total count. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 500;

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
