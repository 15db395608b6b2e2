package org.tandem.insight.pairs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.insight.pairs.PairTableJson.PairJson;
import org.tandem.people.Actor;
import org.tandem.program.ProgramId;
import org.tandem.shared.Page;
import org.tandem.shared.RequestTime;

/** The lead's pair table over the API: JSON pages, and every row as CSV (also served beside the page). */
@RestController
@Tag(name = "Insight")
class PairTableApiController {

    static final String PAIRS = "/api/v1/programs/{id}/pairs";
    static final String PAIRS_CSV = "/api/v1/programs/{id}/pairs.csv";

    private final PairTable table;

    PairTableApiController(PairTable table) {
        this.table = table;
    }

    @GetMapping(PAIRS)
    @Operation(summary = "Every pair of the program with its last and next check-in, adherence, balance and flags (the program's leads and admins). "
            + "sort: FLAGS (default), MENTEE, MENTOR, LAST_CHECK_IN, NEXT_CHECK_IN, ADHERENCE; order: ASC (default) or DESC; flag: only pairs with it")
    Page<PairJson> pairs(Actor actor, @PathVariable ProgramId id, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String order, @RequestParam(required = false) String flag,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor, @RequestTime Instant now) {
        PairTable.Table t = table.read(actor, id, PairTableQuery.of(sort, order, flag, limit, cursor), now);
        return new Page<>(t.rows().stream().map(PairJson::of).toList(), t.nextCursor());
    }

    @GetMapping({PAIRS_CSV, PairTableController.TABLE_CSV})
    @Operation(summary = "The pair table as CSV: every pair the sort and flag select, times in the reader's time zone",
            responses = @ApiResponse(responseCode = "200", description = "The pair table as a CSV attachment",
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    ResponseEntity<String> csv(Actor actor, @PathVariable ProgramId id, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String order, @RequestParam(required = false) String flag, @RequestTime Instant now) {
        var rows = table.all(actor, id, PairTableQuery.of(sort, order, flag, null, null), now);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"program-pairs.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(PairTableCsv.of(rows, actor.timeZone()));
    }
}
