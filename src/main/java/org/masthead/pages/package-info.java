/**
 * Pages: what every feature's pages share with the site that serves them, and nothing more — the
 * layout's data ({@link org.masthead.pages.Chrome}, {@link org.masthead.pages.PageHead}), the
 * vocabulary of page topics with which a page says what it shows and a change says what it touched
 * ({@link org.masthead.pages.PageTopics}, {@link org.masthead.pages.PagesChanged}), the slot
 * above the masthead that a module may fill ({@link org.masthead.pages.ChromeSlot}), the cookies that
 * make a reader's pages their own or pick one of a page's few shared versions
 * ({@link org.masthead.pages.PersonalCookie}, {@link org.masthead.pages.ChoiceCookie}); and the channel
 * on which a node tells the others what they keep in memory is out of date
 * ({@link org.masthead.pages.NodeChannel}, PostgreSQL's LISTEN/NOTIFY).
 *
 * <p>It depends on no other module, and every module may use it (it is the application's one
 * shared module), so that {@code site} composes pages without knowing any feature's types and a
 * feature's templates never import {@code site}'s.
 *
 * <p><b>Forms on cached pages.</b> An anonymous page is kept in memory and by any CDN in front, so it
 * must be the same for everyone who made the same choices (a {@link org.masthead.pages.ChoiceCookie})
 * and set no cookie. A form on such a page therefore carries no CSRF
 * token (printing one would start a session). It is protected instead by the browser's own word on
 * where the request comes from: a state-changing request without a session must come with
 * {@code Sec-Fetch-Site: same-origin} or an {@code Origin} of this site, or it is refused. Once a reader
 * has a session (signed in, or a form that printed a token), their pages are never cached and every
 * form carries the token, which is then required.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pages", allowedDependencies = {})
package org.masthead.pages;
