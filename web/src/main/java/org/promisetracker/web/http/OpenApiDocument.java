package org.promisetracker.web.http;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document each service publishes at {@code /v3/api-docs} (sign-in required, as for every endpoint but health). */
@Configuration(proxyBeanMethods = false)
public class OpenApiDocument {

    @Bean
    OpenAPI promiseTrackerApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Promise Tracker API")
                        .version("v1")
                        .description("Corporate parenting plans, their actions and benefits, as dated facts. "
                                + "Errors are RFC 9457 problems (application/problem+json)."))
                .components(new Components()
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
