package org.tandem.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that could not reach the database (PostgreSQL restarting or failing over, or no connection free within
 * the pool's 10 s) answers 503 with {@code Retry-After} instead of a 500 that reads like a bug: a problem for the API,
 * a short page for people (decision 0096). It sits in front of everything, sign-in included, because the first
 * query of a request is often the one that checks who is asking. Whatever else goes wrong is passed on.
 */
class DatabaseUnavailable extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);
    static final String MESSAGE = "Tandem cannot reach its database for a moment, so this did not go through. Please try again in a few seconds.";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!unreachable(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("{} {} answered 503: the database cannot be reached ({})", request.getMethod(), request.getRequestURI(), rootMessage(e));
            Unavailable.answer(request, response, 5, MESSAGE);
        }
    }

    static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
                    || t instanceof CannotCreateTransactionException || t instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
