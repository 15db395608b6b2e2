package org.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class FormatTests {

    @Test
    void oneThingIsNamedInTheSingularAndEveryOtherCountInThePlural() {
        assertThat(Format.count(1, "pair", "pairs")).isEqualTo("1 pair");
        assertThat(Format.count(0, "pair", "pairs")).isEqualTo("0 pairs");
        assertThat(Format.count(2, "day", "days")).isEqualTo("2 days");
    }

    @Test
    void aValueOfOneTakesItsUnitInTheSingularWhenThatIsAPlainTrailingS() {
        assertThat(Format.amount(new BigDecimal("1"), "refund types")).isEqualTo("1 refund type");
        assertThat(Format.amount(new BigDecimal("1.0"), "hours")).isEqualTo("1 hour");
        assertThat(Format.amount(new BigDecimal("2"), "refund types")).isEqualTo("2 refund types");
        assertThat(Format.amount(new BigDecimal("1"), "status")).as("not a plural").isEqualTo("1 status");
        assertThat(Format.amount(new BigDecimal("1"), "%")).isEqualTo("1 %");
        assertThat(Format.amount(new BigDecimal("30.50"), null)).isEqualTo("30.5");
        assertThat(Format.amount(null, "reviews")).isEqualTo("– reviews");
    }

    @Test
    void seniorityReadsAsWordsAndAnythingElseAsTyped() {
        assertThat(Format.seniority("JUNIOR")).isEqualTo("Junior");
        assertThat(Format.seniority("MID")).isEqualTo("Mid-level");
        assertThat(Format.seniority("senior")).isEqualTo("Senior");
        assertThat(Format.seniority("Staff engineer")).isEqualTo("Staff engineer");
        assertThat(Format.seniority(null)).isEqualTo("—");
    }

    @Test
    void datesAreInWordsAndTimesOnTheReadersClock() {
        assertThat(Format.date(LocalDate.parse("2026-12-07"))).isEqualTo("Mon 7 Dec 2026");
        assertThat(Format.dateTime(Instant.parse("2026-12-06T23:51:00Z"), ZoneId.of("Europe/Berlin"))).isEqualTo("Mon 7 Dec 2026, 00:51");
    }
}
