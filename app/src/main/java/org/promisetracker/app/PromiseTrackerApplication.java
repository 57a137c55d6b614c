package org.promisetracker.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The distribution: web, command side, query side and (unless {@code spring.datasource.url} names a
 * server) an embedded PostgreSQL in one JVM, or only some of them ({@link NodeRoles},
 * {@code tracker.node.roles}). The modules' own main classes are left out of the scan.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(
        basePackages = "org.promisetracker",
        excludeFilters = {
            @ComponentScan.Filter(
                    type = FilterType.REGEX,
                    pattern = "org\\.promisetracker\\.(command|query|web)\\.\\w+Application"),
            @ComponentScan.Filter(type = FilterType.CUSTOM, classes = NodeRoles.class)
        })
public class PromiseTrackerApplication {

    public static void main(String[] args) {
        SpringApplication.run(PromiseTrackerApplication.class, args);
    }
}
