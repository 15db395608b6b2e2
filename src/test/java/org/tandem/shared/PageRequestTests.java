package org.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PageRequestTests {

    @Test
    void withoutALimitAPageHoldsFifty() {
        PageRequest page = PageRequest.of(null, null);

        assertThat(page.limit()).isEqualTo(50);
        assertThat(page.after()).isEmpty();
        assertThat(page.fetchSize()).isEqualTo(51);
    }

    @Test
    void theLimitMayBeOneToTwoHundred() {
        assertThat(PageRequest.of(1, null).limit()).isEqualTo(1);
        assertThat(PageRequest.of(200, null).limit()).isEqualTo(200);
    }

    @Test
    void aLimitBelowOneOrAboveTwoHundredIsRefusedNamingTheLimit() {
        for (int limit : new int[] {0, -1, 201, 10_000}) {
            assertThatThrownBy(() -> PageRequest.of(limit, null))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("limit"));
        }
    }

    @Test
    void theCursorOfAFullPageLeadsToTheItemsAfterItsLastItem() {
        List<UUID> ids = ids(5);
        PageRequest first = PageRequest.of(2, null);

        Page<UUID> page = first.page(ids.subList(0, first.fetchSize()), Function.identity());

        assertThat(page.items()).containsExactly(ids.get(0), ids.get(1));
        assertThat(page.nextCursor()).isNotBlank();
        assertThat(PageRequest.of(2, page.nextCursor()).after()).contains(ids.get(1));
    }

    @Test
    void theCursorIsOpaqueAndUrlSafe() {
        List<UUID> ids = ids(3);

        String cursor = PageRequest.of(2, null).page(ids, Function.identity()).nextCursor();

        assertThat(cursor).doesNotContain(ids.get(1).toString()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void theLastPageHasNoCursor() {
        List<UUID> ids = ids(2);

        assertThat(PageRequest.of(2, null).page(ids, Function.identity()).nextCursor()).isNull();
        assertThat(PageRequest.of(2, null).page(List.of(), Function.identity()).items()).isEmpty();
    }

    @Test
    void aBlankCursorMeansTheFirstPage() {
        assertThat(PageRequest.of(10, "").after()).isEmpty();
        assertThat(PageRequest.of(10, "  ").after()).isEmpty();
    }

    @Test
    void aCursorThisApiDidNotGiveOutIsRefusedNamingTheCursor() {
        String notBase64 = "not a cursor!";
        String base64ButNoId = Base64.getUrlEncoder().encodeToString("hello".getBytes(StandardCharsets.UTF_8));

        for (String cursor : List.of(notBase64, base64ButNoId)) {
            assertThatThrownBy(() -> PageRequest.of(10, cursor))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("cursor"));
        }
    }

    @Test
    void aPageIsACopyThatTheCallerCannotChange() {
        List<UUID> source = new ArrayList<>(ids(2));
        Page<UUID> page = new Page<>(source, null);
        source.clear();

        assertThat(page.items()).hasSize(2);
    }

    private static List<UUID> ids(int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(Ids.next(1_798_761_600_000L + i));
        }
        return ids;
    }
}
