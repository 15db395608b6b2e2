package org.tandem.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.people.OrganizationId;

class GuestTokenTests {

    private final OrganizationId organization = new OrganizationId(UUID.randomUUID());

    @Test
    void aTokenNamesItsOrganizationAndOnlyItsHashIsKept() {
        var issued = GuestToken.issue(organization);

        assertThat(issued.token()).startsWith("gst_").hasSize(68).doesNotContain("+", "/", "=");
        assertThat(issued.hash()).hasSize(64).doesNotContain(issued.token());
        var parsed = GuestToken.parse(issued.token()).orElseThrow();
        assertThat(parsed.organization()).isEqualTo(organization);
        assertThat(parsed.hash()).isEqualTo(issued.hash());
    }

    @Test
    void everyTokenIsDifferent() {
        assertThat(GuestToken.issue(organization).token()).isNotEqualTo(GuestToken.issue(organization).token());
    }

    @Test
    void anythingElseIsNoToken() {
        String token = GuestToken.issue(organization).token();

        assertThat(GuestToken.parse(null)).isEmpty();
        assertThat(GuestToken.parse("")).isEmpty();
        assertThat(GuestToken.parse("tdm_" + token.substring(4))).isEmpty();
        assertThat(GuestToken.parse(token + "x")).isEmpty();
        assertThat(GuestToken.parse(token.substring(0, 67) + "*")).isEmpty();
        assertThat(GuestToken.parse("gst_../../../api/v1/me")).isEmpty();
    }
}
