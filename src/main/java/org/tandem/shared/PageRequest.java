package org.tandem.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Keyset pagination over UUIDv7 ids: the cursor is the last id of the previous page, opaque to clients.
 * Because v7 ids grow with time, "after this id" is a stable, index-friendly position.
 */
public record PageRequest(int limit, Optional<UUID> after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public static PageRequest of(Integer limit, String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(size, Optional.ofNullable(cursor).filter(c -> !c.isBlank()).map(PageRequest::decode));
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, Optional.empty());
    }

    /** Fetch one more than the limit so we know whether another page follows. */
    public int fetchSize() {
        return limit + 1;
    }

    public <T> Page<T> page(List<T> fetched, Function<T, UUID> id) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        return new Page<>(items, encode(id.apply(items.getLast())));
    }

    /** Pages a list already held in memory (a handful of programs or playbooks) the same way as a query would. */
    public <T> Page<T> slice(List<T> all, Function<T, UUID> id) {
        List<T> fetched = all.stream()
                .sorted(java.util.Comparator.comparing(id))
                .filter(item -> after.isEmpty() || id.apply(item).compareTo(after.get()) > 0)
                .limit(fetchSize())
                .toList();
        return page(fetched, id);
    }

    private static UUID decode(String cursor) {
        try {
            return UUID.fromString(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "is not a cursor this API gave out");
        }
    }

    private static String encode(UUID id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id.toString().getBytes(StandardCharsets.UTF_8));
    }
}
