package org.masthead.publishing;

/**
 * A change to an article, a section, an author or a tag that cannot be accepted as given, with a
 * sentence for the person who typed it. Nothing was written when this is thrown.
 */
public class EditRejected extends RuntimeException {

    private final String field;

    public EditRejected(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field at fault, or null when the problem concerns the whole change. */
    public String field() {
        return field;
    }

    /**
     * Someone else saved the article after this writer opened it: the save was refused so that
     * neither loses their work.
     */
    public static class Conflict extends EditRejected {

        public Conflict() {
            super(null, "Someone else saved this article after you opened it, so your changes were not saved. "
                    + "Your version is still in the form below: copy what you need, then open the article again to see theirs.");
        }
    }
}
