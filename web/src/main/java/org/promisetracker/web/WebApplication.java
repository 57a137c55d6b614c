package org.promisetracker.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A web node on its own, for the split deployment: the API and the pages, sending every command and
 * query through Axon Server to the command and query nodes. The single-process app embeds it instead.
 */
@SpringBootApplication(scanBasePackages = {"org.promisetracker.platform", "org.promisetracker.web"})
public class WebApplication {

    public static void main(String[] args) {
        SpringApplication.run(WebApplication.class, args);
    }
}
