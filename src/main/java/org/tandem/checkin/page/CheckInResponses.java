package org.tandem.checkin.page;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.checkin.CheckInId;
import org.tandem.checkin.CheckInRoutes;
import org.tandem.people.Actor;
import org.tandem.shared.FormErrors;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.NotAllowedException;
import org.tandem.shared.StaleVersionException;

/**
 * How every edit on the check-in page answers. With htmx: the changed part of the page only, saying "Saved" — or,
 * when refused, the same part with the reason, the fresh state and the person's own text kept (400, 403 or 409).
 * Without JavaScript: a redirect back to the part that was saved, or the whole page with the same explanations.
 * A check-in that is not visible is left to the shared error page (404).
 */
@Component
public class CheckInResponses {

    public static final String HTMX = "HX-Request";
    /** Marks answers that are a page part, which the page's script swaps in even with an error status. */
    static final String FRAGMENT_HEADER = "X-Tandem-Fragment";

    private final CheckInPages pages;

    CheckInResponses(CheckInPages pages) {
        this.pages = pages;
    }

    /** What one request asks of the page: which check-in, which part, and what the person typed. */
    public record Request(Actor actor, CheckInId id, String fragment, String item, Map<String, String> typed, boolean htmx, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {

        public Request {
            Map<String, String> kept = new LinkedHashMap<>(typed == null ? Map.of() : typed);
            kept.remove("_csrf");
            typed = kept;
        }
    }

    /**
     * Runs the edit and answers it. {@code conflict} words a stale-version refusal, e.g. by naming who changed the
     * thing meanwhile; the page shows the fresh state beside it.
     */
    public String run(Request request, String savedMessage, Runnable edit, Function<StaleVersionException, String> conflict) {
        try {
            edit.run();
        } catch (InvalidInputException e) {
            return refused(request, 400, Edit.invalid(request.fragment(), FormErrors.of(e), request.typed(), request.item()));
        } catch (StaleVersionException e) {
            return refused(request, 409, Edit.conflict(request.fragment(), conflict.apply(e), request.typed(), request.item()));
        } catch (InvalidStateException | NotAllowedException e) {
            return refused(request, e instanceof NotAllowedException ? 403 : 409,
                    Edit.refused(request.fragment(), e.getMessage(), request.typed(), request.item()));
        }
        return saved(request, savedMessage);
    }

    String saved(Request request, String message) {
        if (request.htmx()) {
            return part(request, Edit.saved(request.fragment(), message, request.item()), null);
        }
        request.redirect().addFlashAttribute("flash", message);
        return "redirect:" + CheckInRoutes.path(CheckInRoutes.PAGE, request.id()) + "#" + request.fragment();
    }

    /** The part alone for htmx, which swaps it in place; or the whole page for a plain form post. */
    public String part(Request request, Edit edit, String pickedQuestion) {
        if (request.htmx()) {
            // only the part is read: the fragment renders nothing else
            request.model().addAttribute("page", pages.part(request.actor(), request.id(), edit, pickedQuestion));
            request.response().setHeader(FRAGMENT_HEADER, "1");
            return "checkin/fragment";
        }
        request.model().addAttribute("page", pages.page(request.actor(), request.id(), edit, null, pickedQuestion));
        return "checkin/checkIn";
    }

    private String refused(Request request, int status, Edit edit) {
        request.response().setStatus(status);
        return part(request, edit, null);
    }

    public static boolean isFragmentRequest(String hxRequest) {
        return "true".equalsIgnoreCase(hxRequest);
    }

}
