package org.tandem.people;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.shared.ApiResponses;
import org.tandem.shared.Page;
import org.tandem.shared.PageRequest;
import org.tandem.shared.Versions;

@RestController
@Tag(name = "People")
class PersonApiController {

    static final String PEOPLE = "/api/v1/people";
    static final String PERSON = "/api/v1/people/{id}";
    static final String IMPORT = "/api/v1/people/import";
    static final String EXPORT = "/api/v1/people/{id}/export";
    static final String ERASURE = "/api/v1/people/{id}/erasure";
    static final String DEACTIVATION = "/api/v1/people/{id}/deactivation";
    static final String REACTIVATION = "/api/v1/people/{id}/reactivation";

    private final PeopleService people;

    PersonApiController(PeopleService people) {
        this.people = people;
    }

    record PersonBody(String email, String displayName, Set<Role> roles, String team, String title, String seniority,
                      String timeZone, String password) {

        PersonDraft draft() {
            return new PersonDraft(email, displayName, roles, team, title, seniority, timeZone, password);
        }
    }

    /** An update carries no password: passwords change only through an invitation, a reset or the person's own change. */
    record PersonUpdateBody(String email, String displayName, Set<Role> roles, String team, String title, String seniority,
                            String timeZone) {

        PersonDraft draft() {
            return new PersonDraft(email, displayName, roles, team, title, seniority, timeZone, null);
        }
    }

    /** {@code active} is true unless deactivated (an invited person already takes part); {@code status} says more. */
    record PersonView(UUID id, String email, String displayName, Set<Role> roles, String team, String title,
                      String seniority, String timeZone, boolean active, PersonStatus status, Instant statusSince, long version) {

        static PersonView of(Person p) {
            return new PersonView(p.id().value(), p.email(), p.displayName(), p.roles(), p.team(), p.title(),
                    p.seniority(), p.timeZone().getId(), p.active(), p.status(), p.statusSince(), p.version());
        }
    }

    @PostMapping(PEOPLE)
    ResponseEntity<PersonView> create(Actor actor, @RequestBody PersonBody body) {
        Person person = people.create(actor, body.draft());
        return ApiResponses.created(PERSON.replace("{id}", person.id().toString()), person.version(), PersonView.of(person));
    }

    @GetMapping(PEOPLE)
    Page<PersonView> search(Actor actor, @RequestParam(required = false) String query,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        Page<Person> page = people.search(actor, query, PageRequest.of(limit, cursor));
        return new Page<>(page.items().stream().map(PersonView::of).toList(), page.nextCursor());
    }

    @GetMapping(PERSON)
    ResponseEntity<PersonView> get(Actor actor, @PathVariable PersonId id) {
        Person person = people.get(actor, id);
        return ApiResponses.current(person.version(), PersonView.of(person));
    }

    @PutMapping(PERSON)
    ResponseEntity<PersonView> update(Actor actor, @PathVariable PersonId id, @RequestBody PersonUpdateBody body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Person person = people.update(actor, id, body.draft(), Versions.ifMatch(ifMatch));
        return ApiResponses.current(person.version(), PersonView.of(person));
    }

    @PostMapping(DEACTIVATION)
    ResponseEntity<PersonView> deactivate(Actor actor, @PathVariable PersonId id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Person person = people.deactivate(actor, id, Versions.ifMatch(ifMatch));
        return ApiResponses.current(person.version(), PersonView.of(person));
    }

    @PostMapping(REACTIVATION)
    ResponseEntity<PersonView> reactivate(Actor actor, @PathVariable PersonId id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Person person = people.reactivate(actor, id, Versions.ifMatch(ifMatch));
        return ApiResponses.current(person.version(), PersonView.of(person));
    }

    @PostMapping(value = IMPORT, consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<?> importCsv(Actor actor, @RequestBody String csv) {
        ImportResult result = people.importCsv(actor, csv);
        if (result.succeeded()) {
            return ResponseEntity.ok(result);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                result.errors().size() + " line(s) need attention; nothing was imported");
        problem.setType(URI.create("/problems/import"));
        problem.setTitle("Import refused");
        problem.setProperty("created", 0);
        problem.setProperty("updated", 0);
        problem.setProperty("errors", result.errors());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @GetMapping(EXPORT)
    Map<String, Object> export(Actor actor, @PathVariable PersonId id) {
        return people.export(actor, id);
    }

    @PostMapping(ERASURE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void erase(Actor actor, @PathVariable PersonId id) {
        people.erase(actor, id);
    }

    static List<PersonView> views(List<Person> people) {
        return people.stream().map(PersonView::of).toList();
    }
}
