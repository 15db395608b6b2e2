package org.tandem.support;

import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tandem.people.account.BcryptSha256PasswordEncoder;

/**
 * The application's password encoder with bcrypt's cost factor at its minimum (4) instead of the production 10:
 * still real bcrypt behind the same {@code {bcrypt-sha256}} prefix, it checks a hash of any cost, but it hashes 64 times
 * faster. A hash of another kind ({@code {noop}}, an older algorithm) is still checked by the application's own
 * encoder. Every test makes seven people ({@link World}) and every HTTP Basic request checks a password, so at
 * cost 10 most of the H2 suite's time went into bcrypt (docs/decisions/0073-test-suite-shape.md). What the tests
 * check — who may sign in, with which password — does not depend on the cost.
 */
public class TestPasswords implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** bcrypt's lowest cost: 2^4 rounds. */
    static final int COST = 4;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof PasswordEncoder application ? cheap(application) : bean;
            }
        });
    }

    static PasswordEncoder cheap(PasswordEncoder application) {
        // The application's own default kind ({bcrypt-sha256}, which takes passwords of any length), only cheaper;
        // every other kind, the {bcrypt} hashes of old included, is checked by the application's encoder.
        DelegatingPasswordEncoder cheap = new DelegatingPasswordEncoder(BcryptSha256PasswordEncoder.ID,
                Map.of(BcryptSha256PasswordEncoder.ID, new BcryptSha256PasswordEncoder(COST)));
        cheap.setDefaultPasswordEncoderForMatches(application);
        return cheap;
    }
}
