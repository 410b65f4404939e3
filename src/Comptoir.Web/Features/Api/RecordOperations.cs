using Comptoir.Core.Metadata;
using Microsoft.OpenApi;

namespace Comptoir.Web.Features.Api;

/// <summary>Fills a record endpoint's OpenAPI operation: bodies from the registry's schemas, list parameters, concurrency headers.</summary>
public static class RecordOperations
{
    private const string Json = "application/json";

    public static void Describe(OpenApiDocument document, OpenApiOperation operation, ModuleDefinition module, RecordApiMetadata record)
    {
        var schemas = document.Components!.Schemas!;
        var name = record.Schema;
        if (!schemas.ContainsKey(name))
        {
            schemas[name] = RecordSchemas.Record(module, RecordSchemas.Shape.Output);
            schemas[name + "Input"] = RecordSchemas.Record(module, RecordSchemas.Shape.Create);
            schemas[name + "Patch"] = RecordSchemas.Record(module, RecordSchemas.Shape.Patch);
            schemas[name + "List"] = RecordSchemas.List(new OpenApiSchemaReference(name, document));
        }
        var one = new OpenApiSchemaReference(name, document);
        operation.Parameters ??= [];
        operation.Responses ??= [];
        switch (record.Operation)
        {
            case RecordOperation.List:
                foreach (var parameter in ListParameters(module)) operation.Parameters.Add(parameter);
                operation.Responses["200"] = Body("A page of records, in keyset order.", new OpenApiSchemaReference(name + "List", document));
                break;
            case RecordOperation.Get:
                operation.Responses["200"] = Body("The record; ETag carries its version.", one, etag: true);
                break;
            case RecordOperation.Create:
                operation.Parameters.Add(Header(Idempotency.Header, "Any unique string: a retry with the same key and body returns the first response instead of creating again; the same key with another body is refused (422)."));
                operation.RequestBody = Request(new OpenApiSchemaReference(name + "Input", document));
                var created = Body("Created; Location names the new record.", one, etag: true);
                created.Headers!["Location"] = new OpenApiHeader { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
                operation.Responses["201"] = created;
                operation.Responses.Remove("200");
                break;
            case RecordOperation.Update:
                operation.Parameters.Add(Header("If-Match", "The ETag read (\"3\", W/ accepted): 412 if the record changed since."));
                operation.RequestBody = Request(new OpenApiSchemaReference(name + "Patch", document));
                operation.Responses["200"] = Body("The record as saved.", one, etag: true);
                break;
            case RecordOperation.Delete:
                operation.Parameters.Add(Header("If-Match", "The ETag read: 412 if the record changed since."));
                operation.Responses["204"] = new OpenApiResponse { Description = "Deleted. Its number is never given again." };
                operation.Responses.Remove("200");
                break;
        }
    }

    private static IEnumerable<OpenApiParameter> ListParameters(ModuleDefinition module)
    {
        yield return Query("q", "Search: name prefix (accents and case ignored), number, SIRET prefix or email.");
        yield return Query("sort", "Field key to sort by (default: the title field).",
            module.ActiveFields.Where(f => f.Sortable).Select(f => f.Key));
        yield return Query("order", "asc (default) or desc.", ["asc", "desc"]);
        yield return new OpenApiParameter
        {
            Name = "limit", In = ParameterLocation.Query, Description = $"Page size, 1 to {ListQuery.MaxLimit} (default {ListQuery.DefaultLimit}).",
            Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Maximum = ListQuery.MaxLimit.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
        yield return Query("cursor", "nextCursor (or previousCursor) of the page you come from.");
        foreach (var field in module.ActiveFields.Where(ListQuery.Filterable))
            yield return Query(field.Key, $"Filter: {Docs.DocText.Safe(string.IsNullOrEmpty(field.Label.En) ? field.Label.Fr : field.Label.En)} equals this value"
                + (field.PicklistValues.Count > 0 ? " (code or label)." : "."));
    }

    private static OpenApiParameter Query(string name, string description, IEnumerable<string>? values = null) => new()
    {
        Name = name, In = ParameterLocation.Query, Description = description,
        Schema = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Enum = values?.Select(v => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(v)).ToList(),
        },
    };

    private static OpenApiParameter Header(string name, string description) => new()
    {
        Name = name, In = ParameterLocation.Header, Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };

    private static OpenApiRequestBody Request(IOpenApiSchema schema) => new()
    {
        Required = true,
        Content = new Dictionary<string, OpenApiMediaType> { [Json] = new() { Schema = schema } },
    };

    private static OpenApiResponse Body(string description, IOpenApiSchema schema, bool etag = false) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { [Json] = new() { Schema = schema } },
        Headers = etag
            ? new Dictionary<string, IOpenApiHeader> { ["ETag"] = new OpenApiHeader { Description = "\"<version>\"", Schema = new OpenApiSchema { Type = JsonSchemaType.String } } }
            : new Dictionary<string, IOpenApiHeader>(),
    };
}
