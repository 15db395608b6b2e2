package org.tandem.people.privacy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tandem.people.Actor;
import org.tandem.people.PeopleService;
import org.tandem.people.PersonId;
import org.tandem.shared.NavContributor;

/** The readable page of a person's data export, and its JSON as a download; the same rules as the API's export. */
@Controller
public class PersonalDataController implements NavContributor {

    public static final String MINE = "/me/export";
    public static final String PAGE = "/people/{id}/export";
    public static final String DOWNLOAD = "/people/{id}/export.json";

    private final PeopleService people;

    PersonalDataController(PeopleService people) {
        this.people = people;
    }

    /** One section of the page: its title, its column headings and its rows as text. */
    public record Table(String key, String title, List<String> columns, List<List<String>> rows) {
    }

    public record ExportPage(String personName, boolean own, String download, List<Table> tables, List<PersonalDataExport.LeftOut> leftOut) {
    }

    @GetMapping(MINE)
    String mine(Actor actor) {
        return "redirect:" + PAGE.replace("{id}", actor.personId().toString());
    }

    @GetMapping(PAGE)
    String page(Actor actor, @PathVariable PersonId id, Model model) {
        Map<String, Object> export = people.export(actor, id);
        Map<String, String> titles = new java.util.HashMap<>();
        PersonData.TABLES.forEach(t -> titles.put(t.section(), t.about()));
        List<Table> tables = new java.util.ArrayList<>();
        export.forEach((key, value) -> {
            if (titles.containsKey(key)) {
                tables.add(table(key, titles.get(key), value));
            }
        });
        @SuppressWarnings("unchecked")
        var person = (Map<String, Object>) export.get("person");
        @SuppressWarnings("unchecked")
        var leftOut = (List<PersonalDataExport.LeftOut>) export.get("leftOut");
        model.addAttribute("page", new ExportPage(String.valueOf(person.get("displayName")), actor.isSelf(id),
                DOWNLOAD.replace("{id}", id.toString()), tables, leftOut));
        return "people/export";
    }

    @GetMapping(DOWNLOAD)
    ResponseEntity<Map<String, Object>> download(Actor actor, @PathVariable PersonId id) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"tandem-export-" + id + ".json\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(people.export(actor, id));
    }

    @SuppressWarnings("unchecked")
    private static Table table(String key, String title, Object value) {
        List<Map<String, Object>> rows = value instanceof Map<?, ?> one ? List.of((Map<String, Object>) one) : (List<Map<String, Object>>) value;
        List<String> columns = rows.stream().flatMap(r -> r.keySet().stream()).distinct().toList();
        List<List<String>> cells = rows.stream()
                .map(r -> columns.stream().map(c -> r.get(c) == null ? "" : String.valueOf(r.get(c))).toList())
                .toList();
        return new Table(key, title, columns, cells);
    }

    @Override
    public int order() {
        return 95;
    }

    @Override
    public List<Entry> entries(Set<String> roles) {
        return List.of(new Entry("Your data", MINE));
    }
}
