package org.promisetracker.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The command side on its own, for its module's tests; every deployment runs the distribution (app), choosing what each process runs with {@code tracker.node.roles}. */
@SpringBootApplication(scanBasePackages = {"org.promisetracker.platform", "org.promisetracker.command"})
public class CommandSideApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommandSideApplication.class, args);
    }
}
