package org.masthead.newsroom;

/** The publication settings as the owner's form carries them, with the last problem found. */
record SettingsForm(String name, String tagline, String baseUrl, String language, String timeZone,
        String logoUrl, String supportText, String errorField, String error, String notice) {

    public String errorFor(String field) {
        return field.equals(errorField) ? error : null;
    }
}
