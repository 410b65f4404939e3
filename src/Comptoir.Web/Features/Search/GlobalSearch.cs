using Comptoir.Core.Search;
using Comptoir.Data.Modules;
using Comptoir.Data.Search;
using Comptoir.Web.Features.Records;

namespace Comptoir.Web.Features.Search;

/// <summary>One record found: its number, its name, and the line that says why it was found (« Téléphone : 01 42 68 53 00 »).</summary>
public sealed record SearchHit(long Id, string Number, string Title, string Context, string Url);

/// <summary>The hits of one module, under its label.</summary>
public sealed record SearchGroup(string Module, string Label, IReadOnlyList<SearchHit> Hits);

/// <summary>
/// The top bar's search over every module that opts in (<see cref="ModuleDefinition.GlobalSearch"/>): each module's
/// own list search (the search index, its visibility rules), a few hits each, grouped by module.
/// </summary>
public static class GlobalSearch
{
    public const int DefaultLimit = 10, MaxLimit = 50, MaxQueryLength = 200;

    public static async Task<IReadOnlyList<SearchGroup>> RunAsync(RecordStores stores, ModuleCatalog catalog, UserContext user, string text, int limit, CancellationToken ct)
    {
        var query = SearchQuery.Parse(text);
        var groups = new List<SearchGroup>();
        if (query.IsEmpty) return groups;
        foreach (var registration in catalog.Modules.Where(m => m.Definition.GlobalSearch))
        {
            if (stores.For(registration.Name) is not { } store) continue;
            var module = store.Module;
            var page = await store.ListRecordsAsync(user, new ListRequest(text, Sort: null, Descending: false, Cursor: null, limit), ct);
            if (page.Items.Count == 0) continue;
            var hits = page.Items.Select(r => new SearchHit(r.Id, r.Number, RecordTitles.Name(module, r), Context(module, r, query), $"/{module.Name}/{r.Id}")).ToList();
            groups.Add(new SearchGroup(module.Name, module.Label.ToString(), hits));
        }
        return groups;
    }

    /// <summary>
    /// The first searched field other than the name that the matching reading of the query found (« @dupont.fr »
    /// read whole, not as the words « dupont » and « fr »), with its label; else what a picker shows beside the name.
    /// </summary>
    private static string Context(ModuleDefinition module, IRecord record, SearchQuery query)
    {
        var terms = SearchTerms.Of(module, record);
        var prefixes = query.Readings.FirstOrDefault(r => r.All(w => terms.Any(t => t.StartsWith(w, StringComparison.Ordinal)))) ?? [];
        string?[] named = [module.TitleField, module.TitleDetailField];
        var field = SearchTerms.Matching(module, record, prefixes).FirstOrDefault(f => !named.Contains(f.Key) && f.Storage.Column != nameof(IRecord.Number));
        return field is null
            ? RecordTitles.Meta(module, record)
            : SearchText.T("{0} : {1}", field.Label, field.Type.Format(field, FieldAccess.Get(record, field), FormatContext.Current));
    }
}
