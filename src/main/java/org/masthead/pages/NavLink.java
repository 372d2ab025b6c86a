package org.masthead.pages;

/** A link in the site's navigation: a section's name and address. */
public record NavLink(String name, String path) {
}
