package org.tandem.people;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.NotAllowedException;

class AdminPolicyTests {

    private static final OrganizationId ORG = new OrganizationId(UUID.randomUUID());

    private static Person person(Set<Role> roles, boolean active) {
        return new Person(new PersonId(UUID.randomUUID()), ORG, "p@test.example", "Pat", roles, null, null, null,
                ZoneId.of("UTC"), active ? PersonStatus.ACTIVE : PersonStatus.DEACTIVATED, Instant.EPOCH, Instant.EPOCH, 0);
    }

    private static Actor actor(Role... roles) {
        return new Actor(new PersonId(UUID.randomUUID()), ORG, "a@test.example", "Alex", Set.of(roles), ZoneId.of("UTC"));
    }

    @Test
    void aLeadCannotCreateAnAdmin() {
        assertThatThrownBy(() -> AdminPolicy.mayCreate(actor(Role.PROGRAM_LEAD), Set.of(Role.ADMIN))).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aLeadCannotGrantAdminToAMentor() {
        assertThatThrownBy(() -> AdminPolicy.mayChange(actor(Role.PROGRAM_LEAD), person(Set.of(Role.MENTOR), true), Set.of(Role.MENTOR, Role.ADMIN), 1))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aLeadCannotEvenRenameAnAdmin() {
        assertThatThrownBy(() -> AdminPolicy.mayChange(actor(Role.PROGRAM_LEAD), person(Set.of(Role.ADMIN), true), Set.of(Role.ADMIN), 3))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("Only an admin may change");
    }

    @Test
    void aLeadCannotDeactivateOrEraseAnAdmin() {
        assertThatThrownBy(() -> AdminPolicy.mayDeactivate(actor(Role.PROGRAM_LEAD), person(Set.of(Role.ADMIN), true), 3))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> AdminPolicy.mayErase(actor(Role.PROGRAM_LEAD), person(Set.of(Role.ADMIN), false), 3))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void theLastActiveAdminCanBeNeitherDemotedNorDeactivated() {
        Person last = person(Set.of(Role.ADMIN), true);
        assertThatThrownBy(() -> AdminPolicy.mayChange(actor(Role.ADMIN), last, Set.of(Role.MENTOR), 1)).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> AdminPolicy.mayDeactivate(actor(Role.ADMIN), last, 1)).isInstanceOf(InvalidStateException.class);
    }

    @Test
    void anInvitedAdminDoesNotCountAsTheOneWhoKeepsTheOrganizationRunning() {
        Person invited = new Person(new PersonId(UUID.randomUUID()), ORG, "i@test.example", "Ivy", Set.of(Role.ADMIN), null, null, null,
                ZoneId.of("UTC"), PersonStatus.INVITED, Instant.EPOCH, Instant.EPOCH, 0);

        assertThatCode(() -> AdminPolicy.mayChange(actor(Role.ADMIN), invited, Set.of(Role.MENTOR), 1)).doesNotThrowAnyException();
    }

    @Test
    void anAdminMayDemoteAnotherAdminWhileOneRemains() {
        assertThatCode(() -> AdminPolicy.mayChange(actor(Role.ADMIN), person(Set.of(Role.ADMIN), true), Set.of(Role.MENTOR), 2)).doesNotThrowAnyException();
        assertThatCode(() -> AdminPolicy.mayDeactivate(actor(Role.ADMIN), person(Set.of(Role.ADMIN), true), 2)).doesNotThrowAnyException();
    }

    @Test
    void aLeadMayStillManageMentorsAndMentees() {
        assertThatCode(() -> AdminPolicy.mayChange(actor(Role.PROGRAM_LEAD), person(Set.of(Role.MENTEE), true), Set.of(Role.MENTEE, Role.MENTOR), 1))
                .doesNotThrowAnyException();
        assertThatCode(() -> AdminPolicy.mayDeactivate(actor(Role.PROGRAM_LEAD), person(Set.of(Role.MENTEE), true), 1)).doesNotThrowAnyException();
    }
}
