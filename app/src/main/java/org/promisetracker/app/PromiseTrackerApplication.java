package org.promisetracker.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The single-process distribution: web, command side, query side and (unless
 * {@code spring.datasource.url} names a server) an embedded PostgreSQL in one JVM. The modules' own
 * main classes, for the split deployment, are left out of the scan.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(
        basePackages = "org.promisetracker",
        excludeFilters =
                @ComponentScan.Filter(
                        type = FilterType.REGEX,
                        pattern = "org\\.promisetracker\\.(command|query|web)\\.\\w+Application"))
public class PromiseTrackerApplication {

    public static void main(String[] args) {
        SpringApplication.run(PromiseTrackerApplication.class, args);
    }
}
