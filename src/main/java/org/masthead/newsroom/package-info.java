/**
 * Newsroom: the staff's side of the publication — the article list and editor with revisions, the
 * media library's pages, sections, authors and tags, the people and the publication's settings —
 * and the policy that decides, on the server, who may do what.
 *
 * <p>Other modules add pages of their own (moderation's queue, funding's donations) by declaring a
 * {@link org.masthead.newsroom.NewsroomPage}; the menu shows each to whoever may use it, with a
 * count badge. Their templates use {@code newsroom/layout.jte} with the
 * {@link org.masthead.newsroom.NewsroomChrome} that {@link org.masthead.newsroom.NewsroomMenu} builds.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Newsroom",
        allowedDependencies = { "publishing", "media", "accounts" })
package org.masthead.newsroom;
