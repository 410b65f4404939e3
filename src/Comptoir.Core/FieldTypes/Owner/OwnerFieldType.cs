using System.Text.Json.Nodes;

namespace Comptoir.Core.FieldTypes;

public sealed class OwnerFieldType : FieldType
{
    public override string Name => "owner";
    public override (string Type, string? Format) JsonSchema => ("object", "owner");
    public override bool DefaultsToCaller => true;
    public override bool NamesRecords => true;
    public override bool FiltersAsColumn => false;
    public override bool TakesDefaultValue => false;
    /// <summary>Moi, mes équipes, or a user or team (user:5, team:2).</summary>
    public override IReadOnlyList<Records.Filtering.FilterOperator> FilterOperators =>
        [Records.Filtering.FilterOperator.Me, Records.Filtering.FilterOperator.MyTeams, Records.Filtering.FilterOperator.Is];

    // An owned record keeps its owner as a pair of columns (user, team), not in one property.
    public override bool TryRead(object record, out object? value)
    {
        value = (record as IOwnedRecord)?.GetOwner();
        return record is IOwnedRecord;
    }

    public override bool TryWrite(object record, object? value)
    {
        if (record is not IOwnedRecord owned) return false;
        owned.SetOwner((OwnerRef?)value);
        return true;
    }

    public override FieldResult Parse(FieldDefinition field, string text) =>
        OwnerRef.TryParse(text) is { } owner ? FieldResult.Ok(owner) : Invalid();

    public override FieldResult ParseJson(FieldDefinition field, JsonElement json)
    {
        if (json.ValueKind == JsonValueKind.String) return Parse(field, json.GetString()!.Trim());
        if (json.ValueKind == JsonValueKind.Object
            && json.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
            && json.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number && id.TryGetInt32(out var n) && n > 0
            && OwnerRef.TryCreate(type.GetString(), n) is { } owner)
            return FieldResult.Ok(owner);
        return Invalid();
    }

    public override async Task<FieldResult> CheckAsync(FieldDefinition field, object value, IReferenceChecker checker, CancellationToken ct) =>
        await checker.OwnerNameAsync((OwnerRef)value, ct) is null
            ? FieldResult.Fail(Texts.T("Cet utilisateur ou cette équipe n'existe pas ou n'est plus actif."))
            : FieldResult.Ok(value);

    public override string Format(FieldDefinition field, object? value, FormatContext context) =>
        value is OwnerRef o ? context.NameOf(o.Kind == OwnerKind.User ? "users" : "teams", o.Id) ?? o.ToString() : "";

    public override string FormText(FieldDefinition field, object? value) => value?.ToString() ?? "";

    public override JsonNode? ToJson(object? value) =>
        value is OwnerRef o ? new JsonObject { ["type"] = o.TypeName, ["id"] = o.Id } : null;

    public override object? FromStoredJson(JsonElement json) => ParseJson(null!, json).Value;

    private static FieldResult Invalid() =>
        FieldResult.Fail(Texts.T("Choisissez un utilisateur ou une équipe."));
}
