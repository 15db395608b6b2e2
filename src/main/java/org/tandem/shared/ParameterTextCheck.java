package org.tandem.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Form fields and query parameters meet the same text rule as JSON ({@link InputBounds#textAcceptable}): a
 * NUL byte would otherwise reach PostgreSQL, which refuses it, and a direction override would reach a page.
 * The request is refused before its handler runs, naming the first offending field.
 */
@Configuration(proxyBeanMethods = false)
class ParameterTextCheck implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            for (String value : parameter.getValue()) {
                if (!InputBounds.textAcceptable(value)) {
                    throw new InvalidInputException(parameter.getKey(), InputBounds.TEXT_MESSAGE);
                }
            }
        }
        return true;
    }
}
