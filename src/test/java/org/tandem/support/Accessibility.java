package org.tandem.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Runs axe-core (from its webjar, never downloaded at test time) inside the page the browser shows and
 * answers the serious and critical violations, each as "rule: target" lines a person can act on.
 */
public final class Accessibility {

    private static final String AXE = load();

    private Accessibility() {
    }

    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(Browser browser) {
        var js = (JavascriptExecutor) browser.driver();
        js.executeScript(AXE);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(r.violations
                        .filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => ({rule: v.id, help: v.help, targets: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))
                   .catch(e => done([{rule: 'axe-error', help: String(e), targets: []}]));
                """);
        return ((List<Map<String, Object>>) result).stream()
                .map(v -> v.get("rule") + " (" + v.get("help") + "): " + v.get("targets"))
                .toList();
    }

    private static String load() {
        String path = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
        try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is missing from the test classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
