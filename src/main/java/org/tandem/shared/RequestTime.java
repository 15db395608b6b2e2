package org.tandem.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller's {@code Instant} parameter as the time the request acts at, read once from the application's
 * clock and shared by everything the request does. Use cases take that instant as an argument, so a request, a
 * scheduled job and the demo seed (which replays history at past instants) call the same signature.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface RequestTime {
}
