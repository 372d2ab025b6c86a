package org.masthead.site;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.media.MediaRejected;
import org.masthead.pages.PageHead;
import org.masthead.publishing.Publishing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.ClassUtils;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Turns every failure in a handler into a page a reader understands, with the right status:
 * 400 for input we cannot use (naming what was wrong), 404 and 410 for addresses, 500 only for our
 * own faults — which are logged, and never explained to the reader in stack traces.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);
    static final int RETRY_AFTER_SECONDS = 2;

    private final ChromeAdvice chrome;
    private final Publishing publishing;

    ErrorPages(ChromeAdvice chrome, Publishing publishing) {
        this.chrome = chrome;
        this.publishing = publishing;
    }

    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView status(ResponseStatusException e, HttpServletRequest request, HttpServletResponse response) {
        return page(e.getStatusCode().value(), e.getReason() == null ? "" : e.getReason(), request, response);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request,
            HttpServletResponse response) {
        String expected = e.getRequiredType() != null && Number.class.isAssignableFrom(ClassUtils.resolvePrimitiveIfNecessary(e.getRequiredType()))
                ? "a whole number" : "a valid value";
        return page(400, "The parameter “" + e.getName() + "” must be " + expected + ".", request, response);
    }

    @ExceptionHandler(TypeMismatchException.class)
    ModelAndView typeMismatch(TypeMismatchException e, HttpServletRequest request, HttpServletResponse response) {
        return page(400, "A value in this address is not in a form we can read.", request, response);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(MissingServletRequestParameterException e, HttpServletRequest request,
            HttpServletResponse response) {
        return page(400, "The parameter “" + e.getParameterName() + "” is required.", request, response);
    }

    @ExceptionHandler(MediaRejected.class)
    ModelAndView media(MediaRejected e, HttpServletRequest request, HttpServletResponse response) {
        if (e.status() == 503) {
            response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        }
        return page(e.status(), e.getMessage(), request, response);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) {
        return page(413, "The file is larger than the server accepts in one upload. Make it smaller and try again.",
                request, response);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ModelAndView notAcceptable(HttpServletRequest request, HttpServletResponse response) {
        return page(406, "This address has no version in the format the request asks for (its Accept header).",
                request, response);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ModelAndView unsupported(HttpServletRequest request, HttpServletResponse response) {
        return page(415, "This address does not take a request body of that type.", request, response);
    }

    @ExceptionHandler(InvalidMediaTypeException.class)
    ModelAndView unreadableType(HttpServletRequest request, HttpServletResponse response) {
        return page(400, "The request names a content type that cannot be read.", request, response);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ModelAndView noResource(HttpServletRequest request, HttpServletResponse response) {
        return page(404, "There is nothing at this address. It may have been mistyped, or the page may have moved.",
                request, response);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView method(HttpRequestMethodNotSupportedException e, HttpServletRequest request,
            HttpServletResponse response) {
        if (e.getSupportedHttpMethods() != null) {
            response.setHeader("Allow", String.join(", ", e.getSupportedHttpMethods().stream().map(Object::toString).toList()));
        }
        return page(405, "This address does not accept " + e.getMethod() + " requests.", request, response);
    }

    /**
     * The database is saturated or unreachable: the request was refused before anything was written
     * (a transaction that cannot start, or one that failed and was rolled back), so trying again is safe.
     */
    @ExceptionHandler({ CannotCreateTransactionException.class, TransientDataAccessException.class,
            DataAccessResourceFailureException.class })
    ModelAndView busy(Exception e, HttpServletRequest request, HttpServletResponse response) {
        return busyPage(e, request, response);
    }

    ModelAndView busyPage(Throwable e, HttpServletRequest request, HttpServletResponse response) {
        log.warn("Request {} {} refused, the database is busy: {}", request.getMethod(), request.getRequestURI(),
                e.getMessage());
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        boolean reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        return page(503, reading ? "The site is very busy right now. Please try again in a few seconds."
                : "The site is very busy right now and could not save this. Nothing was changed: please try "
                        + "again in a few seconds.", request, response);
    }

    /** Whether a failure is the database being saturated or out of reach, rather than a fault. */
    static boolean isBusy(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof TransientDataAccessException
                    || cause instanceof DataAccessResourceFailureException) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        if (DisconnectedClientHelper.isClientDisconnectedException(e)
                && (response.isCommitted() || request.getDispatcherType() == DispatcherType.ASYNC)) {
            // The reader closed the page while it was being sent (a live-notice stream, a slow
            // download): nothing failed, and nobody is left to answer. Logged as an error, every
            // closed tab would bury the real faults. Before anything was sent, a broken connection
            // is more likely ours (a socket of our own), and stays a failure.
            log.debug("Request {} {} ended: the reader went away", request.getMethod(), request.getRequestURI());
            return new ModelAndView();
        }
        log.error("Request {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return page(500, "We could not show this page. The problem has been logged; please try again shortly.",
                request, response);
    }

    ModelAndView page(int status, String message, HttpServletRequest request, HttpServletResponse response) {
        ErrorView error = ErrorView.of(status, message);
        ModelAndView page = new ModelAndView("site/error");
        page.setStatus(HttpStatus.valueOf(status));
        page.addObject("error", error);
        page.addObject("chrome", chrome.chrome(request));
        page.addObject("head", PageHead.simple(error.title(), message,
                publishing.publication().absolute(request.getRequestURI())).notIndexed());
        return page;
    }
}
