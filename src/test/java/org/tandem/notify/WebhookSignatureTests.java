package org.tandem.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTests {

    @Test
    void theSignatureIsTheHexHmacSha256OfTheBody() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        String signature = WebhookSignature.sign("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8));

        assertThat(signature).isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void aReceiverAcceptsTheRightSignatureOnlyForTheExactBody() {
        byte[] body = "{\"event\":\"checkin.completed\"}".getBytes(StandardCharsets.UTF_8);
        String header = WebhookSignature.sign("s3cret-s3cret-s3cret", body);

        assertThat(WebhookSignature.verify("s3cret-s3cret-s3cret", body, header)).isTrue();
        assertThat(WebhookSignature.verify("another-secret-value", body, header)).isFalse();
        assertThat(WebhookSignature.verify("s3cret-s3cret-s3cret", "{\"event\":\"checkin.completed\" }".getBytes(StandardCharsets.UTF_8), header)).isFalse();
    }
}
