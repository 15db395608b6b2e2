package org.tandem.people.sso;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;

/**
 * On only when {@code tandem.oidc.issuer-uri}, {@code client-id} and {@code client-secret} are all set; blank counts
 * as unset, so an empty environment variable keeps single sign-on off.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ConditionalOnWebApplication
@ConditionalOnExpression("!'${tandem.oidc.issuer-uri:}'.isBlank() and !'${tandem.oidc.client-id:}'.isBlank()"
        + " and !'${tandem.oidc.client-secret:}'.isBlank()")
@interface ConditionalOnSso {
}
