package org.masthead.pages;

import gg.jte.Content;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The CSRF token a form must carry for a reader who has a session. A reader without one gets none:
 * their page is cached and the same for everyone, and their forms are checked by where the browser
 * says they come from instead (see the package description).
 *
 * @param parameterName the form field to send it in
 * @param headerName the header htmx sends it in
 * @param fieldHtml the hidden field that carries it, drawn once: a page of comments has a form on each
 */
public record FormToken(String parameterName, String headerName, String value, byte[] fieldHtml) {

    public FormToken(String parameterName, String headerName, String value) {
        this(parameterName, headerName, value, ("<input type=\"hidden\" name=\"" + attribute(parameterName)
                + "\" value=\"" + attribute(value) + "\">").getBytes(StandardCharsets.UTF_8));
    }

    /** The token for this request's reader, or null when they have no session. */
    public static FormToken of(HttpServletRequest request) {
        if (request.getSession(false) == null
                || !(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token)) {
            return null;
        }
        return new FormToken(token.getParameterName(), token.getHeaderName(), token.getToken());
    }

    /** The hidden field, for a template to write as it is. */
    public Content field() {
        return output -> output.writeBinaryContent(fieldHtml);
    }

    private static String attribute(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&#34;");
                case '\'' -> escaped.append("&#39;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
