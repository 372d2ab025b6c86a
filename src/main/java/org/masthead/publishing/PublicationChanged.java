package org.masthead.publishing;

/** The publication's settings or its sections changed: every page's masthead and navigation may differ. */
public record PublicationChanged() {
}
