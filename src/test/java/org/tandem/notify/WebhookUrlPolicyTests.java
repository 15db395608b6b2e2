package org.tandem.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookUrlPolicyTests {

    final WebhookUrlPolicy strict = new WebhookUrlPolicy(new WebhookProperties(false));
    final WebhookUrlPolicy lenient = new WebhookUrlPolicy(new WebhookProperties(true));

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/hook", "http://127.8.9.10/hook", "http://localhost:9000/hook", "http://[::1]/hook",
            "http://10.0.0.1/hook", "http://172.16.5.4/hook", "http://192.168.1.1/hook", "http://169.254.169.254/latest/meta-data",
            "http://0.0.0.0/hook", "http://100.64.0.1/hook", "http://[fd00::1]/hook", "http://[fe80::1]/hook", "http://[::ffff:10.0.0.1]/hook",
            "http://224.0.0.1/hook"})
    void internalAddressesAreRefusedByDefault(String url) {
        assertThat(strict.refusal(url)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://10.0.0.1/hook"})
    void internalAddressesAreAcceptedWhenAllowed(String url) {
        assertThat(lenient.refusal(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://192.0.2.10/hook", "https://203.0.113.7:8443/events", "http://198.51.100.1/x"})
    void publicAddressesAreAccepted(String url) {
        assertThat(strict.refusal(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://192.0.2.10/hook", "file:///etc/passwd", "not a url", "https://user:pw@192.0.2.10/hook", "https:///nohost", ""})
    void onlyPlainHttpUrlsAreAccepted(String url) {
        assertThat(lenient.refusal(url)).isPresent();
    }
}
