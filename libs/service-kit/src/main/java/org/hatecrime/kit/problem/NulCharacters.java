package org.hatecrime.kit.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.hatecrime.kit.domain.DomainException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses the NUL character (U+0000) wherever a request carries text: PostgreSQL cannot hold it in
 * text, so a value with one would fail in the database as a 500 instead of a 400. A query or path
 * parameter holding one is a 400 naming the parameter; a JSON string holding one is a 400 naming
 * the field, like any value that cannot be read. Found by fuzzing the published operations.
 */
@Singleton
public class NulCharacters implements ObjectMapperCustomizer {

    static final String MESSAGE = "must not contain the NUL character (U+0000)";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("text-without-nul").addDeserializer(String.class, new TextWithoutNul()));
    }

    /** Query and path parameters, once the operation is known: the first holding a NUL is named. */
    @ServerRequestFilter
    public void refuseInParameters(UriInfo uri) {
        refuseIn(uri.getPathParameters());
        refuseIn(uri.getQueryParameters());
    }

    private static void refuseIn(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            boolean nul = parameter.getKey().indexOf('\0') >= 0
                    || parameter.getValue().stream().anyMatch(value -> value != null && value.indexOf('\0') >= 0);
            if (nul) {
                throw new DomainException.InvalidValue(parameter.getKey().replace('\0', '?'), MESSAGE);
            }
        }
    }

    /** Jackson's own reading of a string, refusing one with a NUL. */
    static final class TextWithoutNul extends StdScalarDeserializer<String> {

        TextWithoutNul() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && text.indexOf('\0') >= 0) {
                throw JsonMappingException.from(parser, MESSAGE);
            }
            return text;
        }
    }
}
