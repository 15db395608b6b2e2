package org.tandem.support;

import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Resolves the parameters of {@link BrowserTest} classes:
 * <ul>
 *   <li>{@link Browser}: a Chromium opened the first time a test of the class asks for it and closed after the
 *   class. A method's second Browser parameter is a second window (a second person), and so on. Each test
 *   starts with every window back at the desktop size.</li>
 *   <li>{@link World}: a fresh organization per test, shared by its {@code @BeforeEach} methods; asked for in a
 *   {@code @BeforeAll} method, one for the whole class.</li>
 * </ul>
 * Before anything starts, a missing Chromium skips the class (or fails it with {@code -Dtandem.e2e.required=true}).
 */
public final class BrowserExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        Browser.assumeAvailable();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        windows(context).all.forEach(Browser::desktopSize);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Browser.class || type == World.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ApplicationContext application = SpringExtension.getApplicationContext(context);
        if (parameter.getParameter().getType() == World.class) {
            return context.getStore(NAMESPACE).computeIfAbsent(World.class, key -> World.create(application), World.class);
        }
        int port = application.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        return windows(context).number(browsersBefore(parameter), port);
    }

    /** Which Browser parameter of its method this one is: 0 for the first. */
    private static int browsersBefore(ParameterContext parameter) {
        Parameter[] all = parameter.getDeclaringExecutable().getParameters();
        return (int) Arrays.stream(all, 0, parameter.getIndex()).filter(p -> p.getType() == Browser.class).count();
    }

    /** The windows of the test class, kept in the class's store so JUnit closes them when the class is done. */
    private static Windows windows(ExtensionContext context) {
        ExtensionContext ofClass = context.getTestMethod().isPresent() ? context.getParent().orElseThrow() : context;
        return ofClass.getStore(NAMESPACE).computeIfAbsent(Windows.class, key -> new Windows(), Windows.class);
    }

    private static final class Windows implements AutoCloseable {

        private final List<Browser> all = new ArrayList<>();

        Browser number(int index, int port) {
            while (all.size() <= index) {
                all.add(Browser.open(port));
            }
            return all.get(index);
        }

        @Override
        public void close() {
            all.forEach(Browser::close);
        }
    }
}
