package org.tandem.insight.pairs;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.people.Actor;
import org.tandem.program.ProgramId;
import org.tandem.shared.RequestTime;

/**
 * The pair table page. Sorting, filtering and paging are plain links and a GET form, so the page works without
 * JavaScript; with htmx they swap only the table and keep the address in step.
 */
@Controller
public class PairTableController {

    public static final String TABLE = "/programs/{id}/pairs";
    public static final String TABLE_CSV = "/programs/{id}/pairs.csv";
    /** The element htmx swaps when the sort or the filter changes. */
    public static final String TABLE_ID = "pair-table";
    static final int PAGE_SIZE = 100;

    private final PairTable table;

    PairTableController(PairTable table) {
        this.table = table;
    }

    public static String path(String route, Object programId) {
        return route.replace("{id}", programId.toString());
    }

    /** The table of one program as the page shows it; {@code kinds} are the flags in the order the filter offers them. */
    public record PairTablePage(PairTable.Table table, String path, String csvPath, List<FlagKind> kinds) {

        public String program() {
            return "/programs/" + table.program().id().value();
        }

        public String dashboard() {
            return program() + "/insights";
        }
    }

    @GetMapping(TABLE)
    String page(Actor actor, @PathVariable ProgramId id, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String order, @RequestParam(required = false) String flag,
            @RequestParam(required = false) String cursor, @RequestTime Instant now, Model model) {
        PairTableQuery query = PairTableQuery.of(sort, order, flag, PAGE_SIZE, cursor);
        PairTable.Table t = table.read(actor, id, query, now);
        String path = path(TABLE, id.value());
        model.addAttribute("page", new PairTablePage(t, path, path(TABLE_CSV, id.value()) + query.with(query.sort(), query.order(), query.flag()),
                List.of(FlagKind.values())));
        return "insight/pairs";
    }
}
