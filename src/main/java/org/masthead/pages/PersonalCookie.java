package org.masthead.pages;

/**
 * A cookie a module gives readers that makes their pages their own (a guest's pass, which shows their
 * votes and lets them edit what they wrote). A request that carries one is never served the shared
 * copy of a page from the page cache, just as a request with a session is not.
 */
public interface PersonalCookie {

    String name();
}
