package org.tandem.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The whole application and real Chromium windows onto it: test and lifecycle methods ask for a
 * {@link Browser} and a {@link World} as parameters (see {@link BrowserExtension}). Without Chromium the class
 * is skipped, unless {@code -Dtandem.e2e.required=true} makes that a failure. One browser class runs at a time
 * (beside other test classes): two Chromiums on two cores would only slow each other down.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@ExtendWith(BrowserExtension.class)
@ResourceLock(BrowserTest.CHROMIUM)
public @interface BrowserTest {

    /** The lock browser classes hold while they run. */
    String CHROMIUM = "tandem.chromium";
}
