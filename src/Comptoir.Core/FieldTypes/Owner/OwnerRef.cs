namespace Comptoir.Core.FieldTypes;

public enum OwnerKind { User, Team }

/// <summary>« Assigné à »: a user or a team. Written "user:5" in forms, {"type":"user","id":5} in the API.</summary>
public sealed record OwnerRef(OwnerKind Kind, int Id)
{
    public string TypeName => Kind == OwnerKind.User ? "user" : "team";
    public override string ToString() => $"{TypeName}:{Id.ToString(CultureInfo.InvariantCulture)}";

    public static OwnerRef? TryParse(string? text)
    {
        if (text is null) return null;
        var parts = text.Split(':', 2);
        if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
            return null;
        return TryCreate(parts[0], id);
    }

    public static OwnerRef? TryCreate(string? type, int id) => type switch
    {
        "user" => new OwnerRef(OwnerKind.User, id),
        "team" => new OwnerRef(OwnerKind.Team, id),
        _ => null,
    };
}
