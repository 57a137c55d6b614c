package org.promisetracker.platform.time;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Today" for effective-date rules is the date in the service's zone (default Europe/London), not
 * the server's: a status recorded at 00:30 BST on 1 April is effective 1 April.
 */
@Configuration(proxyBeanMethods = false)
public class BusinessClock {

    @Bean
    @ConditionalOnMissingBean
    public Clock clock(@Value("${tracker.zone:Europe/London}") ZoneId zone) {
        return Clock.system(zone);
    }
}
