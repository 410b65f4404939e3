using System.Text;

namespace Comptoir.Core.Metadata.Layout;

/// <summary>
/// API keys of custom fields and codes of picklist values, made from the French label once and
/// never changed: « Code fidélité » → cf_code_fidelite. Only [a-z0-9_], so a key is safe in a SQL
/// index expression and a JSON path.
/// </summary>
public static class CustomFieldKey
{
    public const string Prefix = "cf_";
    private const int MaxSlug = 40;

    public static string Slug(string label)
    {
        var sb = new StringBuilder();
        foreach (var c in SearchKey.Fold(label))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '_') sb.Append('_');
        }
        var slug = sb.ToString().Trim('_');
        if (slug.Length > MaxSlug) slug = slug[..MaxSlug].TrimEnd('_');
        return slug.Length == 0 ? "champ" : slug;
    }

    /// <summary>A key no field has or ever had: cf_slug, then cf_slug_2, cf_slug_3…</summary>
    public static string NewKey(string label, IEnumerable<string> taken) => Unique(Prefix + Slug(label), taken);

    public static string Unique(string candidate, IEnumerable<string> taken)
    {
        var used = taken.ToHashSet(StringComparer.Ordinal);
        if (!used.Contains(candidate)) return candidate;
        for (var i = 2; ; i++)
            if (!used.Contains($"{candidate}_{i}")) return $"{candidate}_{i}";
    }

    public static bool IsValid(string key) =>
        key.StartsWith(Prefix, StringComparison.Ordinal) && key.Length <= Prefix.Length + MaxSlug + 4
        && key.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_');
}
