package org.tandem.insight.pairs;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tandem.insight.Balance;

/** The pair table as JSON (API.md, Insight): a figure without data yet is written as null, not left out. */
final class PairTableJson {

    private PairTableJson() {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PairJson(UUID mentorshipId, PersonJson mentor, PersonJson mentee, boolean active, Instant lastCheckInAt, Instant nextCheckInAt,
                    Double cadenceAdherence, BalanceJson balance, List<FlagJson> flags) {

        static PairJson of(PairRow row) {
            return new PairJson(row.mentorshipId(), PersonJson.of(row.mentor()), PersonJson.of(row.mentee()), row.active(), row.lastCheckInAt(),
                    row.nextCheckInAt(), round(row.cadenceAdherence()), BalanceJson.of(row.balance()),
                    row.flags().stream().map(f -> new FlagJson(f.kind().name(), f.message())).toList());
        }
    }

    record PersonJson(UUID id, String displayName) {
        static PersonJson of(PairRow.Person person) {
            return new PersonJson(person.id(), person.displayName());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record BalanceJson(Double review, Double adjustment, Double celebration) {
        static BalanceJson of(Balance b) {
            return new BalanceJson(round(b.review()), round(b.adjustment()), round(b.celebration()));
        }
    }

    record FlagJson(String kind, String message) {
    }

    static Double round(Double value) {
        return value == null ? null : Math.round(value * 1000) / 1000.0;
    }
}
