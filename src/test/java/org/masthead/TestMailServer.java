package org.masthead;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/**
 * One real SMTP server (GreenMail) for the whole test run, started before the first application
 * context, so that every database test shares one application and reads its mail back here.
 * Tests tell their messages apart by recipient: each uses addresses of its own.
 */
public final class TestMailServer {

    private static final GreenMail SERVER = start();

    private TestMailServer() {
    }

    private static GreenMail start() {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    public static int port() {
        return SERVER.getSmtp().getPort();
    }

    /** Messages received so far for this recipient. */
    public static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(SERVER.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
            }
            catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    public static GreenMail server() {
        return SERVER;
    }

    /** Every text part of a message, decoded, one after the other (a link may be split across encoded lines otherwise). */
    public static String text(jakarta.mail.Part part) {
        try {
            Object content = part.getContent();
            if (content instanceof jakarta.mail.Multipart parts) {
                StringBuilder all = new StringBuilder();
                for (int i = 0; i < parts.getCount(); i++) {
                    all.append(text(parts.getBodyPart(i))).append('\n');
                }
                return all.toString();
            }
            return String.valueOf(content);
        }
        catch (jakarta.mail.MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
