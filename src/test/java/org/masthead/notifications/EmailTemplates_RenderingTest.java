package org.masthead.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.resolve.DirectoryCodeResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Templates written here, into a folder of their own, are compiled by jte as they are rendered, so
 * broken ones can be tried; the shipped ones are rendered precompiled, as the application does.
 */
class EmailTemplates_RenderingTest {

    @TempDir
    Path folder;

    EmailTemplates templates;

    @BeforeEach
    void greetingTemplate() throws IOException {
        text("greeting", "Subject: Hello {{name}} from {{paper}}\n\nDear {{name}},\nread {{link}}\n");
        html("greeting", """
                @param String name
                @param String paper
                @param String link
                <p>Dear ${name},</p><p><a href="${link}" title="${name}">read</a> ${paper}</p>""");
        var jte = TemplateEngine.create(new DirectoryCodeResolver(folder.resolve("jte")), folder.resolve("classes"),
                ContentType.Html);
        // The test class path holds Spring Modulith's annotation processor, which would write into target/.
        jte.setCompileArgs("-proc:none");
        templates = new EmailTemplates(jte, folder.resolve("email").toUri().toString());
    }

    private void text(String name, String content) throws IOException {
        write(folder.resolve("email").resolve(name + ".txt"), content);
    }

    private void html(String name, String content) throws IOException {
        write(folder.resolve("jte").resolve(EmailTemplates.HTML_FOLDER).resolve(name + ".jte"), content);
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static Map<String, String> values(String name) {
        return Map.of("name", name, "paper", "Hill & Harbour", "link", "https://news.example.test/r?a=1&b=2");
    }

    @Test
    void htmlBody_getsValuesEscaped_textAndSubjectGetThemAsTheyAre() {
        var message = templates.render("greeting", values("Ada <b>\"Lovelace\"</b> O'Brien"));

        assertThat(message.subject()).isEqualTo("Hello Ada <b>\"Lovelace\"</b> O'Brien from Hill & Harbour");
        assertThat(message.text()).isEqualTo("Dear Ada <b>\"Lovelace\"</b> O'Brien,\nread https://news.example.test/r?a=1&b=2\n");
        // Quotes need escaping only inside an attribute, where a value could otherwise close it.
        assertThat(message.html()).isEqualTo("<p>Dear Ada &lt;b&gt;\"Lovelace\"&lt;/b&gt; O'Brien,</p>"
                + "<p><a href=\"https://news.example.test/r?a=1&amp;b=2\""
                + " title=\"Ada &lt;b>&#34;Lovelace&#34;&lt;/b> O&#39;Brien\">read</a> Hill &amp; Harbour</p>");
    }

    @Test
    void subject_staysOneLineWhateverTheValues() {
        var message = templates.render("greeting", values("Ada\r\nBcc: someone@example.test"));

        assertThat(message.subject()).isEqualTo("Hello Ada Bcc: someone@example.test from Hill & Harbour");
    }

    @Test
    void valueContainingAPlaceholder_isNotExpandedAgain() {
        var message = templates.render("greeting", values("{{link}} ${link}"));

        assertThat(message.subject()).startsWith("Hello {{link}} ${link} from");
        assertThat(message.text()).startsWith("Dear {{link}} ${link},");
        assertThat(message.html()).startsWith("<p>Dear {{link}} ${link},</p>");
    }

    @Test
    void placeholderWithoutValue_isRefused() {
        assertThatThrownBy(() -> templates.render("greeting", Map.of("name", "Ada")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Email template 'greeting' needs a value for {{link}}, {{paper}}");
        var withNull = new HashMap<>(values("Ada"));
        withNull.put("link", null);
        assertThatThrownBy(() -> templates.render("greeting", withNull))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{{link}}");
    }

    @Test
    void parameterOfOnlyOnePart_isNeededAllTheSame() throws IOException {
        text("signed", "Subject: Hello {{name}}\n\nDear {{name}},\n");
        html("signed", "@param String name\n@param String editor\n<p>Dear ${name},</p><p>${editor}</p>");

        assertThatThrownBy(() -> templates.render("signed", Map.of("name", "Ada")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Email template 'signed' needs a value for {{editor}}");
        var message = templates.render("signed", Map.of("name", "Ada", "editor", "Grace"));
        assertThat(message.text()).isEqualTo("Dear Ada,\n");
        assertThat(message.html()).isEqualTo("<p>Dear Ada,</p><p>Grace</p>");
    }

    @Test
    void valueWithoutPlaceholder_isRefused() {
        var values = new HashMap<>(values("Ada"));
        values.put("lnik", "https://news.example.test/");
        assertThatThrownBy(() -> templates.render("greeting", values))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Email template 'greeting' has no placeholder {{lnik}}");
    }

    @Test
    void unknownTemplate_isRefused() throws IOException {
        text("text-only", "Subject: Hi {{name}}\n\nHello {{name}}\n");
        html("html-only", "@param String name\n<p>${name}</p>");

        for (String name : new String[] { "no-such-message", "text-only", "html-only" }) {
            assertThatThrownBy(() -> templates.render(name, Map.of("name", "Ada")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No email template '" + name + "'");
        }
        assertThatThrownBy(() -> templates.render("../greeting", values("Ada")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Not an email template name");
    }

    @Test
    void templateWithoutSubjectLine_orWithAMalformedPart_isBroken() throws IOException {
        text("nosubject", "Hello {{name}}\n");
        html("nosubject", "@param String name\n<p>${name}</p>");
        text("typo", "Subject: Hi\n\nHello {{ name }}\n");
        html("typo", "@param String name\n<p>${name}</p>");
        text("uncompiled", "Subject: Hi {{name}}\n\nHello {{name}}\n");
        html("uncompiled", "@param String name\n<p>${nmae}</p>");
        text("counted", "Subject: Hi {{name}}\n\nHello {{name}}\n");
        html("counted", "@param String name\n@param int count\n<p>${name} ${count}</p>");

        assertThatThrownBy(() -> templates.render("nosubject", Map.of("name", "Ada")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Subject: ...");
        assertThatThrownBy(() -> templates.render("typo", Map.of("name", "Ada")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("malformed");
        assertThatThrownBy(() -> templates.render("uncompiled", Map.of("name", "Ada")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Email template 'uncompiled': notifications/uncompiled.jte is broken");
        assertThatThrownBy(() -> templates.render("counted", Map.of("name", "Ada", "count", "3")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("count", "must be a String");
    }

    @Test
    void shippedTemplates_renderWithTheValuesTheirCallersPass() {
        var shipped = new EmailTemplates(
                TemplateEngine.createPrecompiled(null, ContentType.Html, null, "org.masthead"), "classpath:email/");
        var common = Map.of("publicationName", "The <Gazette>", "displayName", "Ada & Co",
                "link", "https://news.example.test/x?token=t&y=1");
        var expiring = new HashMap<>(common);
        expiring.put("expiresIn", "48 hours");
        var staff = new HashMap<>(common);
        staff.put("role", "Editor");

        var verify = shipped.render("verify-email", expiring);
        var reset = shipped.render("reset-password", expiring);
        var welcome = shipped.render("welcome-staff", staff);
        for (var rendered : new EmailTemplates.Rendered[] { verify, reset, welcome }) {
            assertThat(rendered.subject()).contains("The <Gazette>").doesNotContain("{{");
            assertThat(rendered.text()).contains("Hello Ada & Co,", "https://news.example.test/x?token=t&y=1")
                    .doesNotContain("{{");
            assertThat(rendered.html()).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">")
                    .contains(">The &lt;Gazette&gt;</td>", "Hello Ada &amp; Co,")
                    .contains("href=\"https://news.example.test/x?token=t&amp;y=1\"")
                    .contains(">https://news.example.test/x?token=t&amp;y=1</a>")
                    .contains("You received this email because")
                    .contains("</body>\n</html>")
                    .doesNotContain("{{", "<Gazette>", "Ada & Co");
        }
        assertThat(verify.html()).contains("<title>Confirm your email address</title>", "expires in 48 hours");
        assertThat(reset.html()).contains("<title>Reset your password</title>", "expires in 48 hours");
        assertThat(welcome.html()).contains("<title>Welcome to the newsroom</title>", "as Editor.");
        var exists = shipped.render("account-exists", Map.of("publicationName", "The <Gazette>", "displayName", "Ada & Co",
                "signInLink", "https://news.example.test/signin", "resetLink", "https://news.example.test/forgot-password"));
        assertThat(exists.subject()).isEqualTo("Someone tried to create an account at The <Gazette> with your address");
        assertThat(exists.text()).contains("Hello Ada & Co,", "https://news.example.test/signin",
                "https://news.example.test/forgot-password");
        assertThat(exists.html()).contains("<title>You already have an account</title>", "Hello Ada &amp; Co,",
                "href=\"https://news.example.test/forgot-password\"").doesNotContain("{{");
        assertThatThrownBy(() -> shipped.render("email-layout", common))
                .as("the layout is not a message").isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No email template 'email-layout'");
    }
}
