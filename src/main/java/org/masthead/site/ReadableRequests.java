package org.masthead.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.masthead.pages.TypedText;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads every request's parameters (its query and form, and the parts of an upload) once, before
 * anything else looks at them, and refuses what cannot be read: a broken %-escape, bytes that are
 * not UTF-8, too many fields, a form or upload over the size limit, an upload without a boundary or
 * cut short, and control characters in any field or file name. Each gets a 4xx page that says what
 * was wrong; no handler runs, so nothing is changed. Without this, each of them surfaced wherever
 * a parameter happened to be read first, as a server error.
 */
class ReadableRequests extends OncePerRequestFilter {

    /** Why a request is refused: its status and a sentence for the person who sent it. */
    record Refusal(int status, String sentence) {

        /** Answers the request with the site's error page; no handler runs, so nothing is changed. */
        void answer(HttpServletResponse response) throws IOException {
            response.setHeader("Cache-Control", PageCacheFilter.PRIVATE);
            response.sendError(status, sentence + " Nothing was changed.");
        }
    }

    /** Most requests, and every one a viral story brings, have neither a query nor a body: nothing to read. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getQueryString() == null && request.getContentLengthLong() <= 0
                && request.getHeader("Transfer-Encoding") == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Refusal refusal = refusal(request);
        if (refusal != null) {
            refusal.answer(response);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Why the request cannot be read, or null when it can. It reads the parameters, and must be the
     * first to: the server reports a failure to parse them only to the first reader (the page cache,
     * which comes before this filter, asks here before it reads them).
     */
    static Refusal refusal(HttpServletRequest request) throws IOException {
        // Forms are UTF-8, whatever the browser says or omits to say; read as anything else, text is garbled.
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            Refusal refusal = multipart(request) ? unreadableParts(request) : null;
            return refusal != null ? refusal : controlCharacters(request.getParameterMap());
        }
        catch (InvalidParameterException e) {
            return unreadableParameters(e);
        }
    }

    private static Refusal unreadableParameters(InvalidParameterException e) {
        if (e.getErrorCode() == 413) {
            return new Refusal(413, "The form is larger than this site accepts.");
        }
        if (e.getMessage() != null && e.getMessage().contains("maximum number of request parameters")) {
            return new Refusal(400, "The request has too many fields for this site to read.");
        }
        return new Refusal(400, "The request could not be read: it holds a broken %-escape or characters that are "
                + "not valid UTF-8.");
    }

    private static boolean multipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** Why the upload's parts cannot be read, or null when they can. */
    private static Refusal unreadableParts(HttpServletRequest request) {
        try {
            for (Part part : request.getParts()) {
                String fileName = part.getSubmittedFileName();
                if (fileName != null && hasControl(fileName)) {
                    return new Refusal(400, "A file name holds control characters. Rename the file and upload it again.");
                }
            }
            return null;
        }
        catch (IOException | IllegalStateException | ServletException e) {
            // IOException: the parser's own failures are IOExceptions, and a client gone mid-upload hears nothing anyway.
            if (causedBy(e, FileCountLimitExceededException.class)) {
                return new Refusal(413, "The upload has too many parts for this site to read.");
            }
            if (causedBy(e, SizeException.class)) {
                return new Refusal(413, "The upload is larger than this site accepts. Make the file smaller and try again.");
            }
            return new Refusal(400, "The upload could not be read: the form data was incomplete or malformed.");
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** Why a field cannot be taken as typed text, or null when every one can. */
    private static Refusal controlCharacters(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (hasControl(name)) {
                return new Refusal(400, "The form holds invisible control characters, which cannot be stored.");
            }
            for (String value : parameter.getValue()) {
                if (hasControl(value)) {
                    String field = name.length() <= 40 ? "The field “" + name + "”" : "A field";
                    return new Refusal(400, field + " holds invisible control characters (such as U+0000, or "
                            + "U+000B pasted from a word processor), which cannot be stored. Go back, remove them "
                            + "and try again.");
                }
            }
        }
        return null;
    }

    private static boolean hasControl(String text) {
        for (int i = 0; text != null && i < text.length(); i++) {
            if (TypedText.isControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
