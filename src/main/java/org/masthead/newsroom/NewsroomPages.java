package org.masthead.newsroom;

import org.masthead.newsroom.NewsroomPolicy.Action;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The newsroom's own pages, declared like any module's, each shown to whoever may use it. */
@Configuration(proxyBeanMethods = false)
class NewsroomPages {

    @Bean
    NewsroomPage articlesPage() {
        return new NewsroomPage("Articles", "/newsroom", 10, member -> member != null && member.role().writes());
    }

    @Bean
    NewsroomPage newArticlePage() {
        return new NewsroomPage("New article", "/newsroom/articles/new", 20, m -> NewsroomPolicy.may(m, Action.CREATE));
    }

    @Bean
    NewsroomPage mediaPage() {
        return new NewsroomPage("Media", "/newsroom/media", 30, m -> NewsroomPolicy.may(m, Action.UPLOAD_MEDIA));
    }

    @Bean
    NewsroomPage sectionsPage() {
        return new NewsroomPage("Sections", "/newsroom/sections", 40, m -> NewsroomPolicy.may(m, Action.MANAGE_TAXONOMY));
    }

    @Bean
    NewsroomPage authorsPage() {
        return new NewsroomPage("Authors", "/newsroom/authors", 50, m -> NewsroomPolicy.may(m, Action.MANAGE_TAXONOMY));
    }

    @Bean
    NewsroomPage tagsPage() {
        return new NewsroomPage("Tags", "/newsroom/tags", 60, m -> NewsroomPolicy.may(m, Action.MANAGE_TAXONOMY));
    }

    @Bean
    NewsroomPage peoplePage() {
        return new NewsroomPage("People", "/newsroom/people", 90, m -> NewsroomPolicy.may(m, Action.MANAGE_PEOPLE));
    }

    @Bean
    NewsroomPage settingsPage() {
        return new NewsroomPage("Settings", "/newsroom/settings", 100, m -> NewsroomPolicy.may(m, Action.MANAGE_SETTINGS));
    }
}
