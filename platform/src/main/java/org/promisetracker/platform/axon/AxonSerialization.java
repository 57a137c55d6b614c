package org.promisetracker.platform.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * One Jackson 2 serializer for events, messages and everything else Axon stores. Events are
 * records: XStream cannot read those back, and default typing stays off, so the stored JSON is
 * exactly the record's fields. The mapper is private to Axon; HTTP uses Spring Boot's Jackson 3.
 */
@Configuration(proxyBeanMethods = false)
public class AxonSerialization {

    static ObjectMapper objectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                // a newer revision may add fields an older reader does not know yet
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** The serializer as configured here, for tests and tools that read the store outside Spring. */
    public static JacksonSerializer serializer() {
        return JacksonSerializer.builder().objectMapper(objectMapper()).build();
    }

    @Bean
    @Primary
    public Serializer serializer(JacksonSerializer axonJacksonSerializer) {
        return axonJacksonSerializer;
    }

    @Bean
    public JacksonSerializer axonJacksonSerializer() {
        return serializer();
    }

    @Bean
    @Qualifier("eventSerializer") public Serializer eventSerializer(JacksonSerializer axonJacksonSerializer) {
        return axonJacksonSerializer;
    }

    @Bean
    @Qualifier("messageSerializer") public Serializer messageSerializer(JacksonSerializer axonJacksonSerializer) {
        return axonJacksonSerializer;
    }
}
