package org.promisetracker.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The query side on its own, for the split deployment; the single-process app embeds it instead. */
@SpringBootApplication(scanBasePackages = {"org.promisetracker.platform", "org.promisetracker.query"})
public class QuerySideApplication {

    public static void main(String[] args) {
        SpringApplication.run(QuerySideApplication.class, args);
    }
}
