package org.promisetracker.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The web module on its own, for its tests; every deployment runs the distribution (app), choosing
 * what each process runs with {@code tracker.node.roles} (a web node: {@code web}).
 */
@SpringBootApplication(scanBasePackages = {"org.promisetracker.platform", "org.promisetracker.web"})
public class WebApplication {

    public static void main(String[] args) {
        SpringApplication.run(WebApplication.class, args);
    }
}
