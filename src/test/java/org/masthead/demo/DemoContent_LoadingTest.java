package org.masthead.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.masthead.demo.DemoContent.DemoArticle;
import org.masthead.demo.DemoContent.DemoPublicationText;

/** The demo text is edited by hand in resource files, so these checks catch a slip before a start-up does. */
class DemoContent_LoadingTest {

    private final DemoPublicationText publication = DemoContent.publication();
    private final List<DemoArticle> articles = DemoContent.articles();

    @Test
    void publication_hasItsNameSectionsAuthorsAndSupportText() {
        assertThat(publication.name()).isNotBlank();
        assertThat(publication.tagline()).isNotBlank();
        assertThat(publication.supportText()).isNotBlank();
        assertThat(publication.sections()).hasSize(4);
        assertThat(publication.authors()).hasSize(3);
    }

    @Test
    void thirtyArticles_eachWithItsOwnSlug() {
        assertThat(articles).hasSize(30);
        assertThat(articles).extracting(DemoArticle::slug).doesNotHaveDuplicates();
    }

    @Test
    void everyArticle_namesASectionAndAuthorsThatExist() {
        Set<String> sections = publication.sections().stream().map(DemoContent.DemoSection::slug).collect(Collectors.toSet());
        Set<String> authors = publication.authors().stream().map(DemoContent.DemoAuthor::slug).collect(Collectors.toSet());
        assertThat(articles).allSatisfy(article -> {
            assertThat(sections).as(article.slug()).contains(article.sectionSlug());
            assertThat(article.authorSlugs()).as(article.slug()).isNotEmpty();
            assertThat(authors).as(article.slug()).containsAll(article.authorSlugs());
        });
    }

    @Test
    void everyArticle_hasAStandfirstAndABody() {
        assertThat(articles).allSatisfy(article -> {
            assertThat(article.standfirst()).as(article.slug()).isNotBlank();
            assertThat(article.bodyMarkdown()).as(article.slug()).isNotBlank();
        });
    }
}
