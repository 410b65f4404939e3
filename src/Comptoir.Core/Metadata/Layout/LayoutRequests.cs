namespace Comptoir.Core.Metadata.Layout;

/// <summary>A custom field to add, as the layout page or POST …/fields describes it.</summary>
public sealed record NewFieldRequest
{
    public string? Type { get; init; }
    public string? LabelFr { get; init; }
    public string? LabelEn { get; init; }
    public string? Block { get; init; }
    public bool Mandatory { get; init; }
    public bool QuickCreate { get; init; }
    public bool Summary { get; init; }
    public bool ListColumn { get; init; }
    public int? MaxLength { get; init; }
    public int? Decimals { get; init; }
    public string? DefaultValue { get; init; }
    public string? HelpFr { get; init; }
    public string? HelpEn { get; init; }
    public IReadOnlyList<LocalizedText> Values { get; init; } = [];
    public string? ReferenceModule { get; init; }
}

/// <summary>What PATCH …/fields/{key} or the page changes; null leaves a property as it is.</summary>
public sealed record FieldChangeRequest
{
    public string? LabelFr { get; init; }
    public string? LabelEn { get; init; }
    public string? HelpFr { get; init; }
    public string? HelpEn { get; init; }
    public string? Block { get; init; }
    /// <summary>Index within the (target) block, from 0.</summary>
    public int? Position { get; init; }
    public bool? Mandatory { get; init; }
    public bool? Active { get; init; }
    public bool? QuickCreate { get; init; }
    public bool? Summary { get; init; }
    public bool? ListColumn { get; init; }
    public int? ListPosition { get; init; }
    public int? MaxLength { get; init; }
    public int? Decimals { get; init; }
    /// <summary>"" clears the default.</summary>
    public string? DefaultValue { get; init; }
}

public sealed record BlockChangeRequest
{
    public string? LabelFr { get; init; }
    public string? LabelEn { get; init; }
    public int? Position { get; init; }
    public bool? Collapsed { get; init; }
}

public sealed record PicklistValueChangeRequest
{
    public string? LabelFr { get; init; }
    public string? LabelEn { get; init; }
    public int? Position { get; init; }
    public bool? Retired { get; init; }
}

public enum LayoutStatus { Done, Invalid, NotFound, Refused }

/// <summary>The outcome of one layout operation: the change to record, field errors, or why it was refused.</summary>
public sealed class LayoutResult
{
    public LayoutStatus Status { get; private init; }
    public LayoutChange? Change { get; private init; }
    /// <summary>The key of the field, block or picklist value created or changed.</summary>
    public string? Key { get; private init; }
    public Dictionary<string, List<string>> Errors { get; } = new(StringComparer.Ordinal);
    public string? Refusal { get; private init; }

    public static LayoutResult Done(string key, LayoutChange change) => new() { Status = LayoutStatus.Done, Key = key, Change = change };
    public static LayoutResult NotFound() => new() { Status = LayoutStatus.NotFound };
    public static LayoutResult Refused(string reason) => new() { Status = LayoutStatus.Refused, Refusal = reason };

    public static LayoutResult Invalid(Dictionary<string, List<string>> errors)
    {
        var result = new LayoutResult { Status = LayoutStatus.Invalid };
        foreach (var (k, v) in errors) result.Errors[k] = v;
        return result;
    }
}

/// <summary>One entry of the layout history: what was done to which field, block or value, property by property.</summary>
public sealed record LayoutChange(string Action, string Target, LocalizedText Subject, IReadOnlyList<ChangeDetail> Details);

/// <summary>A property changed: old → new, as stored ("true", a label…); the page translates property names.</summary>
public sealed record ChangeDetail(string Property, string? Old, string? New);
