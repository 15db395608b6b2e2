package org.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class LinksTests {

    @AfterEach
    void leaveTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private static void inRequest(String scheme, String host, int port) {
        var request = new MockHttpServletRequest();
        request.setScheme(scheme);
        request.setServerName(host);
        request.setServerPort(port);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @Test
    void aConfiguredBaseUrlWinsOverTheRequestAndLosesItsTrailingSlash() {
        var links = new Links("https://tandem.example.org/", 8080, false);
        inRequest("http", "intranet-host", 9000);

        assertThat(links.absolute("/guest/feedback/gst_1")).isEqualTo("https://tandem.example.org/guest/feedback/gst_1");
        assertThat(links.fixedBase()).isEqualTo("https://tandem.example.org");
    }

    @Test
    void withoutABaseUrlALinkMadeInARequestStartsWithTheAddressThatRequestCameTo() {
        var links = new Links("", 8080, false);

        inRequest("https", "tandem.example.org", 443);
        assertThat(links.absolute("/check-ins/1")).isEqualTo("https://tandem.example.org/check-ins/1");
        inRequest("http", "tandem.internal", 8443);
        assertThat(links.absolute("/check-ins/1")).isEqualTo("http://tandem.internal:8443/check-ins/1");
        inRequest("http", "::1", 9000);
        assertThat(links.absolute("/x")).isEqualTo("http://[::1]:9000/x");
    }

    @Test
    void withoutABaseUrlOrARequestALinkStartsWithThisServersOwnPort() {
        var links = new Links(null, 9123, false);

        assertThat(links.absolute("/actions")).isEqualTo("http://localhost:9123/actions");
        assertThat(links.fixedBase()).isEqualTo("http://localhost:9123");
        assertThat(new Links(" ", 8443, true).absolute("/a")).isEqualTo("https://localhost:8443/a");
    }

    @Test
    void anAbsoluteLinkIsLeftAsItIs() {
        var links = new Links("https://tandem.example.org", 8080, false);

        assertThat(links.absolute("https://elsewhere.example/x")).isEqualTo("https://elsewhere.example/x");
        assertThat(links.absolute("relative")).isEqualTo("https://tandem.example.org/relative");
    }
}
