package org.masthead.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.masthead.DatabaseTest;
import org.masthead.Http;
import org.masthead.Session;
import org.masthead.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A reader's picture is theirs alone: a small square kept apart from the newsroom's library, and limited. */
@DatabaseTest
class Portraits_ApartTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Value("${masthead.data-dir}")
    Path dataDir;

    private List<String> portraitsOf(long user) throws IOException {
        Path folder = dataDir.resolve("media").resolve("portraits");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(user + "-")).toList();
        }
    }

    private long libraryPictures() {
        return jdbc.sql("SELECT COUNT(*) FROM media").query(Long.class).single();
    }

    @Test
    void aReadersPicture_isASmallSquareOutsideTheLibrary_andReplacingItLeavesOneFile() throws Exception {
        Member reader = TestAccounts.with(accounts, Role.READER);
        Session session = new Session(port);
        assertThat(session.signIn(reader.email(), TestAccounts.PASSWORD)).isTrue();
        session.get("/account");
        long library = libraryPictures();

        HttpResponse<String> first = session.upload("/account/avatar", "avatar", "me.jpg", Session.jpeg(3000, 2000));
        assertThat(Session.location(first)).endsWith("/account?avatar");
        String url = accounts.avatarOf(reader.id());
        assertThat(url).startsWith("/media/portraits/" + reader.id() + "-");
        HttpResponse<String> served = new Http(port).get(url);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/"));
        assertThat(libraryPictures()).as("not a library picture").isEqualTo(library);

        session.get("/account");
        session.upload("/account/avatar", "avatar", "again.jpg", Session.jpeg(800, 1200));
        assertThat(accounts.avatarOf(reader.id())).isNotEqualTo(url);
        assertThat(portraitsOf(reader.id())).as("the replaced one is gone").hasSize(1)
                .containsExactly(accounts.avatarOf(reader.id()).substring("/media/portraits/".length()));
        BufferedImage square = ImageIO.read(dataDir.resolve("media/portraits").resolve(portraitsOf(reader.id()).get(0)).toFile());
        assertThat(square.getWidth()).isEqualTo(256);
        assertThat(square.getHeight()).isEqualTo(256);
    }

    @Test
    void aReader_changesTheirPictureOnlyAFewTimesInAWhile_andNeverWithAHugeFile() throws Exception {
        Member reader = TestAccounts.with(accounts, Role.READER);
        Session session = new Session(port);
        assertThat(session.signIn(reader.email(), TestAccounts.PASSWORD)).isTrue();
        session.get("/account");
        byte[] picture = Session.jpeg(400, 400);
        for (int i = 0; i < AvatarController.CHANGES; i++) {
            assertThat(session.upload("/account/avatar", "avatar", "me.jpg", picture).statusCode()).isEqualTo(302);
        }
        HttpResponse<String> refused = session.upload("/account/avatar", "avatar", "me.jpg", picture);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("You have changed your picture several times");
        assertThat(portraitsOf(reader.id())).hasSize(1);

        Member other = TestAccounts.with(accounts, Role.READER);
        Session second = new Session(port);
        assertThat(second.signIn(other.email(), TestAccounts.PASSWORD)).isTrue();
        second.get("/account");
        byte[] huge = new byte[9 * 1024 * 1024];
        System.arraycopy(picture, 0, huge, 0, picture.length);
        HttpResponse<String> tooBig = second.upload("/account/avatar", "avatar", "huge.jpg", huge);
        assertThat(tooBig.statusCode()).isEqualTo(413);
        assertThat(portraitsOf(other.id())).isEmpty();
        assertThat(accounts.avatarOf(other.id())).isNull();
    }
}
