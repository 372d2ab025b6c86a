package org.masthead.pages;

/**
 * A part of the chrome above the masthead of every public page, filled by a module — the funding
 * goal bar is the first. The site renders each slot once per change and stitches the result into
 * pages as it serves them, even pages served from memory: a change to the slot costs one rendering,
 * not the whole page cache.
 */
public interface ChromeSlot {

    /** Where the slot stands among the others, smaller first. */
    int order();

    /**
     * The page topic whose change means this slot must be rendered again; a {@link PagesChanged}
     * naming it refreshes the slot, no page.
     */
    String topic();

    /**
     * The slot's HTML as it should read now, the same for every reader; empty for nothing. It is
     * placed into pages as it is, so it must be escaped by whoever renders it (a jte template is).
     */
    String render();
}
