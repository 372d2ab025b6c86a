package org.masthead.site;

/** What the support page shows: the publication's name and its support text, already rendered. */
record SupportPage(String publicationName, String supportHtml) {
}
