package dev.pantau;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.util.Set;

/** The shipped JSON Schema of pantau.article/1, for tests. */
public final class ContractSchema {
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(ContractSchema.class.getResourceAsStream("/dev/pantau/schema/pantau.article-1.schema.json"));

    private ContractSchema() {
    }

    public static Set<ValidationMessage> validate(JsonNode n) {
        return SCHEMA.validate(n);
    }
}
