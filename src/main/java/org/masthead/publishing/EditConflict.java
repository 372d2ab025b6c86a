package org.masthead.publishing;

/** Someone else saved the article after this writer opened it; their save was refused, nothing lost. */
class EditConflict extends RuntimeException {

    EditConflict() {
        super("Someone else saved this article after you opened it, so your changes were not saved. "
                + "Your version is still in the form below: copy what you need, then open the article again to see theirs.");
    }
}
