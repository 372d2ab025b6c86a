package org.masthead.pages;

import java.time.Year;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What the layout shows around every page: the slot above the masthead, the masthead, the
 * navigation and the footer. The site composes it for each page; features' templates only pass it on.
 *
 * @param logoUrl the publication's logo, shown in the masthead, or null for the name in type alone
 * @param currentPath the page's own path, so navigation can mark where the reader is
 * @param stylesheet the stylesheet's address, versioned by its content so browsers may keep it for good
 * @param aboveMasthead the chrome slots' HTML, already escaped by whoever rendered it; empty for none
 * @param formToken the token this reader's forms and htmx requests carry, or null for a reader without a session
 * @param assets turns a static file's path into its content-versioned address
 */
public record Chrome(String publicationName, String tagline, String logoUrl, String language,
        List<NavLink> sections, String currentPath, String stylesheet, String aboveMasthead, FormToken formToken,
        UnaryOperator<String> assets) {

    public int year() {
        return Year.now().getValue();
    }

    public boolean isCurrent(String path) {
        if (currentPath == null) {
            return false;
        }
        return path.equals("/") ? currentPath.equals("/") : currentPath.equals(path) || currentPath.startsWith(path + "/");
    }

    /** The {@code hx-headers} value that makes htmx send the reader's token, or null without one. */
    public String htmxHeaders() {
        return formToken == null ? null : "{\"" + formToken.headerName() + "\": \"" + formToken.value() + "\"}";
    }

    /** The address to load a static file from; versioned, so browsers may keep it for a year. */
    public String asset(String path) {
        return assets.apply(path);
    }
}
