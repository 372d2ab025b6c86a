package org.masthead.site;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * The page for requests the server rejects before Masthead sees them — a malformed percent-escape,
 * an encoded slash in a path. Only the status comes from the server; the reader still gets a page
 * in the site's own style that says what happened, not the server's bare default.
 */
public class MalformedRequestPage extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String message = status == 400 ? "The address or the request was malformed."
                : status >= 500 ? "We could not complete this request. Please try again shortly."
                : "This request could not be completed.";
        try {
            // The same protections as every other page: this one is written before the application runs.
            response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("text/html");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("""
                        <!DOCTYPE html>
                        <html lang="en"><head><meta charset="utf-8">
                        <meta name="viewport" content="width=device-width, initial-scale=1">
                        <meta name="robots" content="noindex, follow">
                        <title>Error %d</title><link rel="stylesheet" href="/css/site.css"></head>
                        <body><main id="main" class="wrap"><section class="error-page">
                        <p class="kicker">Error %d</p>
                        <h1 class="page-title">That request did not make sense to us</h1>
                        <p class="page-intro">%s</p>
                        <p><a href="/">Go to the front page</a></p>
                        </section></main></body></html>
                        """.formatted(status, status, message));
            }
        }
        catch (IOException | IllegalStateException e) {
            // The connection is gone or the response already started; there is no one left to tell.
        }
    }
}
