/**
 * Imports: bringing an existing publication in — WordPress export files and other sources — and
 * the command-line entry points that run them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Imports")
package org.masthead.imports;
