namespace Comptoir.Core.FieldTypes;

/// <summary>A parsed value, or the translated message that says why the input was refused.</summary>
public readonly record struct FieldResult(object? Value, string? Error)
{
    public bool IsValid => Error is null;
    public static FieldResult Ok(object? value) => new(value, null);
    public static FieldResult Fail(string message) => new(null, message);
}
