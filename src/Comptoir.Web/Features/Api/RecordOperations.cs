using Comptoir.Web.Features.Docs;
using Comptoir.Web.Features.FieldTypes;
using Microsoft.OpenApi;

namespace Comptoir.Web.Features.Api;

/// <summary>Fills a record endpoint's OpenAPI operation: bodies from the registry's schemas, list parameters, concurrency headers.</summary>
public static class RecordOperations
{
    private const string Json = "application/json";

    public static void Describe(OpenApiDocument document, OpenApiOperation operation, ModuleDefinition module, RecordApiMetadata record, FieldTypeRegistry fieldTypes)
    {
        var schemas = document.Components!.Schemas!;
        var name = record.Schema;
        if (!schemas.ContainsKey(name))
        {
            schemas[name] = RecordSchemas.Record(module, RecordSchemas.Shape.Output, fieldTypes);
            schemas[name + "Input"] = RecordSchemas.Record(module, RecordSchemas.Shape.Create, fieldTypes);
            schemas[name + "Patch"] = RecordSchemas.Record(module, RecordSchemas.Shape.Patch, fieldTypes);
            schemas[name + "List"] = RecordSchemas.List(new OpenApiSchemaReference(name, document));
        }
        var one = new OpenApiSchemaReference(name, document);
        operation.Parameters ??= [];
        operation.Responses ??= [];
        switch (record.Operation)
        {
            case RecordOperation.List:
                foreach (var parameter in ListParameters(module)) operation.Parameters.Add(parameter);
                operation.Description = string.Join("\n\n", new[] { operation.Description, OpenApiText.T(
                    "Conditions : cond.<clé>.<opérateur>=valeur doivent toutes être vraies, or.<clé>.<opérateur>=valeur au moins une. Opérateurs selon le type du champ : contains, starts, eq, empty (texte) ; eq, lt, gt, between (a..b), empty (nombres, montants, dates ; dates aussi this-month, last-30-days) ; in (a,b), empty (listes) ; eq=true|false (cases à cocher) ; me, my-teams, eq=user:5|team:2 (Assigné à) ; eq=id, empty (références). Une condition refusée répond 400 sous le nom de son paramètre.") }
                    .Where(d => !string.IsNullOrEmpty(d)));
                operation.Responses["200"] = Body(OpenApiText.T("Une page d'enregistrements, dans l'ordre du tri (pagination par curseur)."), new OpenApiSchemaReference(name + "List", document));
                break;
            case RecordOperation.Get:
                operation.Responses["200"] = Body(OpenApiText.T("L'enregistrement ; l'en-tête ETag porte sa version."), one, etag: true);
                break;
            case RecordOperation.Create:
                operation.Parameters.Add(Header(Idempotency.Header, OpenApiText.T("Une chaîne unique : un nouvel essai avec la même clé et le même corps reçoit la première réponse au lieu de créer à nouveau ; la même clé avec un autre corps est refusée (422).")));
                operation.RequestBody = Request(new OpenApiSchemaReference(name + "Input", document));
                var created = Body(OpenApiText.T("Créé ; l'en-tête Location désigne le nouvel enregistrement."), one, etag: true);
                created.Headers!["Location"] = new OpenApiHeader { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
                operation.Responses["201"] = created;
                operation.Responses.Remove("200");
                break;
            case RecordOperation.Update:
                operation.Parameters.Add(Header("If-Match", OpenApiText.T("L'ETag lu (\"3\", W/ accepté) : 412 si l'enregistrement a changé depuis.")));
                operation.RequestBody = Request(new OpenApiSchemaReference(name + "Patch", document));
                operation.Responses["200"] = Body(OpenApiText.T("L'enregistrement tel qu'il a été enregistré."), one, etag: true);
                break;
            case RecordOperation.Delete:
                operation.Parameters.Add(Header("If-Match", OpenApiText.T("L'ETag lu : 412 si l'enregistrement a changé depuis.")));
                operation.Responses["204"] = new OpenApiResponse { Description = OpenApiText.T("Supprimé. Son numéro n'est jamais redonné.") };
                operation.Responses.Remove("200");
                break;
        }
    }

    private static IEnumerable<OpenApiParameter> ListParameters(ModuleDefinition module)
    {
        yield return Query("q", OpenApiText.T("Recherche : début du nom (accents et casse ignorés), numéro, début du SIRET ou email."));
        yield return Query("sort", OpenApiText.T("Clé du champ de tri (par défaut : le champ titre)."),
            module.ActiveFields.Where(f => f.Sortable).Select(f => f.Key));
        yield return Query("order", OpenApiText.T("asc (par défaut) ou desc."), ["asc", "desc"]);
        yield return new OpenApiParameter
        {
            Name = "limit", In = ParameterLocation.Query, Description = OpenApiText.T("Taille de la page, de 1 à {0} ({1} par défaut).", ListQuery.MaxLimit, ListQuery.DefaultLimit),
            Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Maximum = ListQuery.MaxLimit.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
        yield return Query("cursor", OpenApiText.T("nextCursor (ou previousCursor) de la page d'où vous venez."));
        yield return Query(ListQuery.Columns, OpenApiText.T("Les champs que porte chaque élément, séparés par des virgules (par défaut : tous)."));
        yield return Query(Views.ViewQuery.Parameter, OpenApiText.T("Une vue enregistrée (GET /api/v1/views?module=…) : ses paramètres, auxquels s'ajoutent ceux de l'adresse."));
        foreach (var field in module.ActiveFields.Where(ListQuery.Filterable))
            yield return Query(field.Key, field.PicklistValues.Count > 0
                ? OpenApiText.T("Filtre : « {0} » vaut cette valeur (code ou libellé).", DocText.Safe(field.Label.ToString()))
                : OpenApiText.T("Filtre : « {0} » vaut cette valeur.", DocText.Safe(field.Label.ToString())));
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
