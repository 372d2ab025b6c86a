package org.masthead.site;

/** What an error page tells the reader: the status, a title and what happened in plain words. */
record ErrorView(int status, String title, String message) {

    static ErrorView of(int status, String message) {
        String title = switch (status) {
            case 400 -> "That request did not make sense to us";
            case 403 -> "You cannot do that here";
            case 404 -> "Page not found";
            case 405 -> "That is not something this page can do";
            case 410 -> "This page has been removed";
            case 413 -> "That file is too large";
            case 429 -> "Too many requests";
            case 503 -> "The site is very busy";
            default -> status >= 500 ? "Something went wrong on our side" : "That did not work";
        };
        return new ErrorView(status, title, message);
    }
}
