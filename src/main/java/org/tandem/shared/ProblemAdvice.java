package org.tandem.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every refusal of the JSON API into an RFC 9457 problem: domain exceptions by their kind, bean
 * validation and unreadable bodies as 400 with an {@code errors} list that names the fields.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemAdvice extends ResponseEntityExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(NotAllowedException.class)
    ProblemDetail notAllowed(NotAllowedException e) {
        return problem(HttpStatus.FORBIDDEN, "not-allowed", "Not allowed", e.getMessage());
    }

    @ExceptionHandler(InvalidStateException.class)
    ProblemDetail invalidState(InvalidStateException e) {
        return problem(HttpStatus.CONFLICT, "invalid-state", "Not possible in the current state", e.getMessage());
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> stale(StaleVersionException e, HttpServletRequest request) {
        // A failed If-Match is a failed precondition; a stale version sent in the body is a conflict.
        HttpStatus status = request.getHeader(HttpHeaders.IF_MATCH) != null ? HttpStatus.PRECONDITION_FAILED : HttpStatus.CONFLICT;
        return ResponseEntity.status(status)
                .eTag(Versions.etag(e.currentVersion()))
                .body(problem(status, "stale-version", "Changed by someone else", e.getMessage()));
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return invalid(e.errors());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<InvalidInputException.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new InvalidInputException.FieldError(f.getField(), f.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeLimit.TooLarge tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                        .body(problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Request too large", tooLarge.getMessage()));
            }
        }
        return ResponseEntity.badRequest().body(invalid(List.of(unreadable(e))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalid(List.of(new InvalidInputException.FieldError(e.getName(), "has an unexpected format")));
    }

    private static InvalidInputException.FieldError unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    .orElse("body");
            String message = switch (mismatch) {
                // our own bounds (StrictJson) say what is expected; the value itself may be unprintable, so it is not echoed
                case InvalidFormatException format when isBoundsMessage(format.getOriginalMessage()) -> format.getOriginalMessage();
                case InvalidFormatException format -> "has an unexpected value '" + format.getValue() + "'";
                default -> "has an unexpected type or format";
            };
            return new InvalidInputException.FieldError(field, message);
        }
        return new InvalidInputException.FieldError("body", "is not readable JSON" + duplicateKey(e));
    }

    private static boolean isBoundsMessage(String message) {
        return InputBounds.DATE_MESSAGE.equals(message) || InputBounds.TEXT_MESSAGE.equals(message);
    }

    private static String duplicateKey(HttpMessageNotReadableException e) {
        return e.getCause() instanceof tools.jackson.core.exc.StreamReadException read && read.getOriginalMessage() != null
                && read.getOriginalMessage().startsWith("Duplicate ") ? " (a field is sent twice)" : "";
    }

    static ProblemDetail invalid(List<InvalidInputException.FieldError> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "Invalid input",
                errors.size() == 1 ? errors.getFirst().field() + " " + errors.getFirst().message()
                        : errors.size() + " fields need attention");
        problem.setProperty("errors", errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
        return problem;
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(title);
        return problem;
    }
}
