using Comptoir.Data.Imports;

namespace Comptoir.Web.Features.Imports;

/// <summary>An import's options as its rows need them: the field each column goes into, by position, the defaults, the duplicates step.</summary>
public sealed record ImportPlan(IReadOnlyList<string> Columns, IReadOnlyList<string?> FieldOf, IReadOnlyDictionary<string, string> Defaults, bool DryRun,
    ImportDuplicates? Duplicates = null)
{
    public static ImportPlan Of(ImportRun run)
    {
        var options = JsonNode.Parse(run.Options)!.AsObject();
        var columns = JsonNode.Parse(run.Columns)!.AsArray().Select(c => (string)c!).ToList();
        var mapping = options["mapping"]?.AsObject() ?? [];
        var fieldOf = columns.Select(c => (string?)mapping[c]).ToList();
        var defaults = (options["defaults"]?.AsObject() ?? []).ToDictionary(d => d.Key, d => (string)d.Value!, StringComparer.Ordinal);
        return new ImportPlan(columns, fieldOf, defaults, (bool?)options["dryRun"] ?? false, ImportDuplicates.FromJson(options["duplicates"]));
    }

    /// <summary>The column a field's value came from, for the report; null when it was the default value.</summary>
    public string? ColumnOf(string field)
    {
        for (var i = 0; i < FieldOf.Count; i++)
            if (FieldOf[i] == field) return Columns[i];
        return null;
    }
}
