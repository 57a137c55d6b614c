package org.promisetracker.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The command side on its own, for the split deployment; the single-process app embeds it instead. */
@SpringBootApplication(scanBasePackages = {"org.promisetracker.platform", "org.promisetracker.command"})
public class CommandSideApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommandSideApplication.class, args);
    }
}
