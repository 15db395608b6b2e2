package org.tandem.shared;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one place that builds absolute links (mails, calendar feeds, guest invitations) and the only reader of
 * {@code tandem.base-url}. The base is, in this order (decision 0080):
 * <ol>
 * <li>{@code tandem.base-url}, when set;</li>
 * <li>inside a request, the address that request came to: scheme, host and port as Tomcat resolved them, which
 * behind a trusted proxy already includes its {@code X-Forwarded-*} headers
 * ({@code server.forward-headers-strategy: native});</li>
 * <li>otherwise (outbox, reminders, digests: no request) the address this instance's web server listens on,
 * {@code http://localhost:<port>}, learnt when the server starts.</li>
 * </ol>
 */
@Component
public class Links {

    private final String configured;
    private final boolean ssl;
    private final String startup;
    private volatile String served;

    Links(@Value("${tandem.base-url:}") String configured, @Value("${server.port:8080}") int port,
            @Value("${server.ssl.enabled:false}") boolean ssl) {
        this.configured = configured == null || configured.isBlank() ? null : trim(configured.trim());
        this.ssl = ssl;
        // Until the server has started (or when none runs, as in a test without one) the configured port stands in.
        this.startup = local(port);
        this.served = startup;
    }

    /** {@code path} (starting with "/") made absolute; a link that already is absolute is returned as it is. */
    public String absolute(String path) {
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return path;
        }
        return base() + (path.startsWith("/") ? path : "/" + path);
    }

    /** The base every link starts with right now, without a trailing slash. */
    public String base() {
        if (configured != null) {
            return configured;
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return of(attributes.getRequest());
        }
        return served;
    }

    /**
     * A base that does not change while the application runs, for what must be fixed at start-up (the passkey
     * relying party): {@code tandem.base-url} when set, else {@code http://localhost:<server.port>}.
     */
    public String fixedBase() {
        return configured != null ? configured : startup;
    }

    @EventListener
    void serverStarted(WebServerInitializedEvent event) {
        // The management server (when it has a port of its own) is not where people open Tandem.
        if (event.getApplicationContext().getServerNamespace() == null) {
            served = local(event.getWebServer().getPort());
        }
    }

    private String local(int port) {
        String scheme = ssl ? "https" : "http";
        return scheme + "://localhost" + (port == defaultPort(scheme) || port <= 0 ? "" : ":" + port);
    }

    private static String of(HttpServletRequest request) {
        String scheme = request.getScheme();
        String host = request.getServerName();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        int port = request.getServerPort();
        return scheme + "://" + host + (port == defaultPort(scheme) || port <= 0 ? "" : ":" + port);
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
