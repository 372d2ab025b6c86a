/**
 * Search: full-text search over the published articles and the {@code /search} page. The index
 * follows the articles through publishing's events — an article enters it when it is published and
 * leaves it when it is withdrawn or deleted — so search reads only its own table. SQLite answers
 * with FTS5, PostgreSQL with its text search, behind one interface.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search", allowedDependencies = { "publishing" })
package org.masthead.search;
