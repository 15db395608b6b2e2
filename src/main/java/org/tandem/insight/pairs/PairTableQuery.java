package org.tandem.insight.pairs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.tandem.shared.Enums;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.PageRequest;

/**
 * How the reader wants the table: sorted by a column, one way or the other, perhaps only the pairs with one flag,
 * and from where (the cursor: the sort key and id of the last row of the previous page, opaque to clients).
 *
 * @param flag  only pairs with this flag; null for every pair
 * @param after where the previous page ended; null for the first page
 */
public record PairTableQuery(PairSort sort, Order order, FlagKind flag, int limit, Position after) {

    public enum Order {
        ASC, DESC
    }

    record Position(String key, UUID id) {
    }

    public static final PairTableQuery DEFAULT = new PairTableQuery(PairSort.FLAGS, Order.ASC, null, PageRequest.DEFAULT_LIMIT, null);

    /** From request parameters; a bad value is a 400 naming its parameter. */
    public static PairTableQuery of(String sort, String order, String flag, Integer limit, String cursor) {
        int size = limit == null ? PageRequest.DEFAULT_LIMIT : limit;
        if (size < 1 || size > PageRequest.MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be between 1 and " + PageRequest.MAX_LIMIT);
        }
        return new PairTableQuery(Enums.parseOr(PairSort.class, sort, "sort", PairSort.FLAGS), Enums.parseOr(Order.class, order, "order", Order.ASC),
                Enums.parseOr(FlagKind.class, flag, "flag", null), size, cursor == null || cursor.isBlank() ? null : decode(cursor));
    }

    /** The same query for every row at once (the CSV export). */
    PairTableQuery unpaged() {
        return new PairTableQuery(sort, order, flag, Integer.MAX_VALUE, null);
    }

    /** One page of the rows: filtered by the flag, in this order, after the cursor; and the cursor of the next page. */
    Slice slice(List<PairRow> rows) {
        Comparator<Keyed> byKey = (a, b) -> {
            if (a.key() == null || b.key() == null) {
                return a.key() == null ? (b.key() == null ? 0 : 1) : -1;
            }
            int c = a.key().compareTo(b.key());
            return order == Order.DESC ? -c : c;
        };
        Comparator<Keyed> ordering = byKey.thenComparing(k -> k.row().mentorshipId());
        Keyed start = after == null ? null : new Keyed(after.key(), probe(after.id()));
        List<Keyed> matching = rows.stream()
                .filter(r -> flag == null || r.has(flag))
                .map(r -> new Keyed(sort.key(r), r))
                .filter(k -> start == null || ordering.compare(k, start) > 0)
                .sorted(ordering)
                .limit(limit + 1L)
                .toList();
        if (matching.size() <= limit) {
            return new Slice(matching.stream().map(Keyed::row).toList(), null);
        }
        List<Keyed> page = new ArrayList<>(matching.subList(0, limit));
        Keyed last = page.getLast();
        return new Slice(page.stream().map(Keyed::row).toList(), encode(new Position(last.key(), last.row().mentorshipId())));
    }

    record Slice(List<PairRow> rows, String nextCursor) {
    }

    private record Keyed(String key, PairRow row) {
    }

    /** A row that stands for the cursor's position: only its id is ever read. */
    private static PairRow probe(UUID id) {
        return new PairRow(id, null, null, false, null, null, null, null, List.of());
    }

    /** The query string of this table with another sort, order or flag (null parts left out); the cursor is dropped. */
    public String with(PairSort sort, Order order, FlagKind flag) {
        StringBuilder q = new StringBuilder("?sort=").append(sort.name()).append("&order=").append(order.name());
        if (flag != null) {
            q.append("&flag=").append(flag.name());
        }
        return q.toString();
    }

    /** The query string for sorting by a column: the other way round if the table is sorted by it already. */
    public String sortedBy(PairSort column) {
        return with(column, column == sort && order == Order.ASC ? Order.DESC : Order.ASC, flag);
    }

    /** The query string for the next page. */
    public String next(String cursor) {
        return with(sort, order, flag) + "&cursor=" + cursor;
    }

    private static String encode(Position position) {
        String text = (position.key() == null ? "-" : "+" + position.key()) + "\n" + position.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Position decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int cut = text.lastIndexOf('\n');
            if (cut < 1) {
                throw new IllegalArgumentException("no id");
            }
            String key = text.substring(0, cut);
            UUID id = UUID.fromString(text.substring(cut + 1));
            if (key.equals("-")) {
                return new Position(null, id);
            }
            if (!key.startsWith("+")) {
                throw new IllegalArgumentException("no key");
            }
            return new Position(key.substring(1), id);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "is not a cursor this API gave out");
        }
    }
}
