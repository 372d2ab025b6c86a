package org.masthead.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmailTemplates_RenderingTest {

    @TempDir
    Path folder;

    EmailTemplates templates;

    @BeforeEach
    void greetingTemplate() throws IOException {
        write("greeting.txt", "Subject: Hello {{name}} from {{paper}}\n\nDear {{name}},\nread {{link}}\n");
        write("greeting.html", "<p>Dear {{name}},</p><p><a href=\"{{link}}\">read</a> {{paper}}</p>");
        templates = new EmailTemplates(folder.toUri().toString());
    }

    private void write(String file, String content) throws IOException {
        Files.writeString(folder.resolve(file), content);
    }

    private static Map<String, String> values(String name) {
        return Map.of("name", name, "paper", "Hill & Harbour", "link", "https://news.example.test/r?a=1&b=2");
    }

    @Test
    void htmlBody_getsValuesEscaped_textAndSubjectGetThemAsTheyAre() {
        var message = templates.render("greeting", values("Ada <b>\"Lovelace\"</b> O'Brien"));

        assertThat(message.subject()).isEqualTo("Hello Ada <b>\"Lovelace\"</b> O'Brien from Hill & Harbour");
        assertThat(message.text()).isEqualTo("Dear Ada <b>\"Lovelace\"</b> O'Brien,\nread https://news.example.test/r?a=1&b=2\n");
        assertThat(message.html()).isEqualTo("<p>Dear Ada &lt;b&gt;&quot;Lovelace&quot;&lt;/b&gt; O&#39;Brien,</p>"
                + "<p><a href=\"https://news.example.test/r?a=1&amp;b=2\">read</a> Hill &amp; Harbour</p>");
    }

    @Test
    void subject_staysOneLineWhateverTheValues() {
        var message = templates.render("greeting", values("Ada\r\nBcc: someone@example.test"));

        assertThat(message.subject()).isEqualTo("Hello Ada Bcc: someone@example.test from Hill & Harbour");
    }

    @Test
    void valueContainingAPlaceholder_isNotExpandedAgain() {
        var message = templates.render("greeting", values("{{link}}"));

        assertThat(message.text()).startsWith("Dear {{link}},");
        assertThat(message.html()).startsWith("<p>Dear {{link}},</p>");
    }

    @Test
    void placeholderWithoutValue_isRefused() {
        assertThatThrownBy(() -> templates.render("greeting", Map.of("name", "Ada")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Email template 'greeting' needs a value for {{link}}, {{paper}}");
        var withNull = new java.util.HashMap<>(values("Ada"));
        withNull.put("link", null);
        assertThatThrownBy(() -> templates.render("greeting", withNull))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{{link}}");
    }

    @Test
    void valueWithoutPlaceholder_isRefused() {
        var values = new java.util.HashMap<>(values("Ada"));
        values.put("lnik", "https://news.example.test/");
        assertThatThrownBy(() -> templates.render("greeting", values))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Email template 'greeting' has no placeholder {{lnik}}");
    }

    @Test
    void unknownTemplate_isRefused() {
        assertThatThrownBy(() -> templates.render("no-such-message", values("Ada")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No email template 'no-such-message'");
        assertThatThrownBy(() -> templates.render("../greeting", values("Ada")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Not an email template name");
    }

    @Test
    void templateWithoutSubjectLine_orWithAMalformedPlaceholder_isBroken() throws IOException {
        write("nosubject.txt", "Hello {{name}}\n");
        write("nosubject.html", "<p>{{name}}</p>");
        write("typo.txt", "Subject: Hi\n\nHello {{ name }}\n");
        write("typo.html", "<p>{{name}}</p>");

        assertThatThrownBy(() -> templates.render("nosubject", Map.of("name", "Ada")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Subject: ...");
        assertThatThrownBy(() -> templates.render("typo", Map.of("name", "Ada")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("malformed");
    }

    @Test
    void shippedTemplates_renderWithTheValuesTheirCallersPass() {
        var shipped = new EmailTemplates("classpath:email/");
        var common = Map.of("publicationName", "The <Gazette>", "displayName", "Ada & Co",
                "link", "https://news.example.test/x?token=t&y=1");
        var expiring = new java.util.HashMap<>(common);
        expiring.put("expiresIn", "48 hours");
        var staff = new java.util.HashMap<>(common);
        staff.put("role", "Editor");

        for (var rendered : new EmailTemplates.Rendered[] { shipped.render("verify-email", expiring),
                shipped.render("reset-password", expiring), shipped.render("welcome-staff", staff) }) {
            assertThat(rendered.subject()).contains("The <Gazette>").doesNotContain("{{");
            assertThat(rendered.text()).contains("Hello Ada & Co,", "https://news.example.test/x?token=t&y=1")
                    .doesNotContain("{{");
            assertThat(rendered.html()).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">")
                    .contains("The &lt;Gazette&gt;", "Hello Ada &amp; Co,")
                    .contains("href=\"https://news.example.test/x?token=t&amp;y=1\"")
                    .contains(">https://news.example.test/x?token=t&amp;y=1</a>")
                    .doesNotContain("{{");
        }
    }
}
