package org.promisetracker.web.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Negotiates on the {@code Accept} header with any {@code charset} parameter dropped: JSON has
 * none (RFC 8259 says it is UTF-8), and a charset is asked for with {@code Accept-Charset}.
 * Kept, {@code application/json;charset=latin1} chose the handler (its type matches what the API
 * produces) and then no converter could write the answer: a 500 after the command had been
 * stored. Now it is answered as {@code application/json} is, in UTF-8.
 */
@Configuration(proxyBeanMethods = false)
class AcceptWithoutCharset implements WebMvcConfigurer {

    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
        configurer.strategies(List.of(new HeaderContentNegotiationStrategy() {
            @Override
            public List<MediaType> resolveMediaTypes(NativeWebRequest request)
                    throws HttpMediaTypeNotAcceptableException {
                return super.resolveMediaTypes(request).stream()
                        .map(AcceptWithoutCharset::withoutCharset)
                        .toList();
            }
        }));
    }

    static MediaType withoutCharset(MediaType type) {
        if (type.getParameter("charset") == null) {
            return type;
        }
        Map<String, String> parameters = new LinkedHashMap<>(type.getParameters());
        parameters.keySet().removeIf("charset"::equalsIgnoreCase);
        return new MediaType(type.getType(), type.getSubtype(), parameters);
    }
}
