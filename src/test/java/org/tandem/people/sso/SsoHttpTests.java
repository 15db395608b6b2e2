package org.tandem.people.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Calls to the single sign-on provider end when it stops answering, and its discovery must name the issuer asked for. */
class SsoHttpTests {

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private String serving(String body) throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] bytes = body.replace("{base}", base()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return base();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/issuer";
    }

    @Test
    void aProviderThatAcceptsTheConnectionButNeverAnswersEndsTheCallAtTheLimit() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            var http = new SsoHttp(Duration.ofMillis(300));
            String issuer = "http://127.0.0.1:" + silent.getLocalPort() + "/issuer";

            // the guard only keeps a broken build from hanging; the limit under test is 300 ms
            assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> assertThatThrownBy(() -> http.discovery(issuer)).hasRootCauseInstanceOf(java.net.http.HttpTimeoutException.class));
        }
    }

    @Test
    void aDiscoveryDocumentNamingAnotherIssuerIsRefused() throws Exception {
        String issuer = serving("{\"issuer\":\"https://elsewhere.example\",\"jwks_uri\":\"{base}/jwks\"}");

        assertThatThrownBy(() -> new SsoHttp(Duration.ofSeconds(5)).discovery(issuer))
                .hasMessageContaining("names another issuer").hasMessageContaining("https://elsewhere.example");
    }

    @Test
    void theDiscoveryDocumentOfTheIssuerAskedForIsRead() throws Exception {
        String issuer = serving("{\"issuer\":\"{base}\",\"jwks_uri\":\"{base}/jwks\"}");

        assertThat(new SsoHttp(Duration.ofSeconds(5)).discovery(issuer)).containsEntry("jwks_uri", issuer + "/jwks");
    }
}
