package org.promisetracker.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The query side on its own, for its module's tests; every deployment runs the distribution (app), choosing what each process runs with {@code tracker.node.roles}. */
@SpringBootApplication(scanBasePackages = {"org.promisetracker.platform", "org.promisetracker.query"})
public class QuerySideApplication {

    public static void main(String[] args) {
        SpringApplication.run(QuerySideApplication.class, args);
    }
}
