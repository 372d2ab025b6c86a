/**
 * Demo: a fictional town paper, loaded into an empty database when asked, through the other
 * modules' public doors only. Its words live in {@code src/main/resources/demo} (Markdown with front
 * matter, for writers to edit); its pictures are drawn by code. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package org.masthead.demo;
