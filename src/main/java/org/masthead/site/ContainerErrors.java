package org.masthead.site;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that happen before any handler runs — a malformed address the server itself rejects, a
 * failure in a filter — reach this page instead of the server's bare default.
 */
@Controller
class ContainerErrors implements ErrorController {

    private final ErrorPages pages;

    ContainerErrors(ErrorPages pages) {
        this.pages = pages;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            // Asked for by name: there is no error to show, and no page here.
            return pages.page(404, "There is nothing at this address.", request, response);
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && ErrorPages.isBusy(failure)) {
            // The database was too busy for a filter (a sign-in, a session check): not our fault, and safe to retry.
            return pages.busyPage(failure, request, response);
        }
        Object explained = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        // Only the site's own refusals are explained to the reader; the server's messages are for logs.
        boolean ours = explained instanceof String text && !text.isBlank() && (status == 403 || status == 400 || status == 413)
                && text.endsWith(".");
        String message = ours ? (String) explained : switch (status) {
            case 400 -> "The address or the request was malformed.";
            case 403 -> "You do not have access to this page.";
            case 413 -> "The request is larger than this site accepts.";
            case 404 -> "There is nothing at this address.";
            default -> status >= 500 ? "We could not complete this request. Please try again shortly."
                    : "This request could not be completed.";
        };
        return pages.page(status, message, request, response);
    }
}
