package org.tandem.shared;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Resolves {@link RequestTime} parameters: the first read in a request fixes the instant for the rest of it. */
@Component
class RequestTimeResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    private static final String ATTRIBUTE = RequestTimeResolver.class.getName();

    static {
        // The time comes from the server's clock, never from the client: the OpenAPI document must not ask for it.
        SpringDocUtils.getConfig().addAnnotationsToIgnore(RequestTime.class);
    }

    private final Clock clock;

    RequestTimeResolver(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(RequestTime.class) && parameter.getParameterType().equals(Instant.class);
    }

    @Override
    public Instant resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        if (request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Instant fixed) {
            return fixed;
        }
        Instant now = clock.instant();
        request.setAttribute(ATTRIBUTE, now, RequestAttributes.SCOPE_REQUEST);
        return now;
    }
}
