package org.tandem.shared;

import java.util.List;

/** One page of a list answer: {@code {items, nextCursor}}; nextCursor is absent on the last page. */
public record Page<T>(List<T> items, String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }
}
