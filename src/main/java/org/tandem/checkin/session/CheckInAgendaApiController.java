package org.tandem.checkin.session;

import java.time.Instant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.checkin.CheckInId;
import org.tandem.checkin.CheckInService;
import org.tandem.checkin.CheckInView;
import org.tandem.people.Actor;
import org.tandem.program.SectionKind;
import org.tandem.shared.Versions;
import org.tandem.shared.RequestTime;

/** Running the agenda of a check-in in progress: which section is on, and the time each one took. */
@RestController
@Tag(name = "Check-ins")
class CheckInAgendaApiController {

    static final String BEGIN = "/api/v1/check-ins/{id}/sections/{kind}/begin";
    static final String NEXT = "/api/v1/check-ins/{id}/sections/next";
    static final String TIME = "/api/v1/check-ins/{id}/sections/{kind}/time";

    private final CheckInService checkIns;

    CheckInAgendaApiController(CheckInService checkIns) {
        this.checkIns = checkIns;
    }

    record TimeBody(Long seconds) {
    }

    @PostMapping(BEGIN)
    @Operation(summary = "Begin a section; the one running until now gets the time it took")
    ResponseEntity<CheckInView> begin(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @PathVariable SectionKind kind,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return CheckInApiController.ok(checkIns.beginSection(actor, id, kind, Versions.ifMatch(ifMatch), now));
    }

    @PostMapping(NEXT)
    ResponseEntity<CheckInView> next(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return CheckInApiController.ok(checkIns.nextSection(actor, id, Versions.ifMatch(ifMatch), now));
    }

    @PutMapping(TIME)
    @Operation(summary = "Set (not add) the seconds a section took, e.g. to correct a timer")
    ResponseEntity<CheckInView> time(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @PathVariable SectionKind kind, @RequestBody TimeBody body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        if (body.seconds() == null) {
            throw new org.tandem.shared.InvalidInputException("seconds", "is required");
        }
        return CheckInApiController.ok(checkIns.recordTime(actor, id, kind, body.seconds(), Versions.ifMatch(ifMatch), now));
    }
}
