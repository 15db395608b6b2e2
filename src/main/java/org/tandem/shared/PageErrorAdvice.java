package org.tandem.shared;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Refusals on pages become a friendly page with the right status, instead of a stack trace. The API has
 * its own advice (problem details), which takes precedence for REST controllers.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        return page(404, "Not found", "This page does not exist, or it is not yours to see.", model, response);
    }

    @ExceptionHandler(NotAllowedException.class)
    String notAllowed(NotAllowedException e, Model model, HttpServletResponse response) {
        return page(403, "Not allowed", e.getMessage(), model, response);
    }

    @ExceptionHandler({InvalidStateException.class, StaleVersionException.class})
    String conflict(DomainException e, Model model, HttpServletResponse response) {
        return page(409, "That did not work", e.getMessage(), model, response);
    }

    @ExceptionHandler(InvalidInputException.class)
    String invalid(InvalidInputException e, Model model, HttpServletResponse response) {
        return page(400, "Please check your input", e.getMessage(), model, response);
    }

    private static String page(int status, String title, String message, Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("error", title);
        model.addAttribute("message", message);
        return "error";
    }
}
