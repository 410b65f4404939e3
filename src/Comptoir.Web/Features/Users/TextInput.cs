namespace Comptoir.Web.Features.Users;

/// <summary>One labelled input with its errors, for the directory's forms (users, teams, profile).</summary>
public sealed record TextInput(string Name, string Label, string? Value, IReadOnlyList<string> Errors)
{
    public string Id => "f-" + Name;
    public string Type { get; init; } = "text";
    public bool Required { get; init; }
    public int? MaxLength { get; init; }
    public string? Autocomplete { get; init; }
    public string? Help { get; init; }
}
