package org.tandem.program;

import java.util.Comparator;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.people.PersonInvolvement;

/** The programs a person leads, for their person page. */
@Component
@Order(1)
class ProgramInvolvement implements PersonInvolvement {

    private final ProgramRepository programs;

    ProgramInvolvement(ProgramRepository programs) {
        this.programs = programs;
    }

    @Override
    public List<String> involvementOf(OrganizationId organization, PersonId person) {
        return programs.ledBy(organization, person).stream()
                .sorted(Comparator.comparing(Program::name))
                .map(p -> "Leads " + p.name())
                .toList();
    }
}
