using System.Text.Json;
using System.Text.Json.Serialization;

namespace Comptoir.Data.RecycleBin;

/// <summary>Records of <see cref="Module"/> that went to the bin along with an entry's record (a delete option's).</summary>
public sealed record DeletedWith(string Module, List<long> Ids);

/// <summary>A reference the deletion cleared: the record <see cref="Id"/> of <see cref="Module"/> had <see cref="Field"/> = <see cref="To"/>.</summary>
public sealed record CutLink(string Module, string Field, long Id, long To);

/// <summary>A reference a merge moved: the record <see cref="Id"/> of <see cref="Module"/> had <see cref="Field"/> = <see cref="From"/> (the merged record), now <see cref="To"/> (the one kept).</summary>
public sealed record MovedLink(string Module, string Field, long Id, long From, long To);

/// <summary>The record a merged one went into (« fusionné dans CPT-000012 »).</summary>
public sealed record MergedInto(long Id, string Number);

/// <summary>
/// The bin entry's <c>Related</c> document: the records deleted along with the entry's record, and the
/// references to it (or to them) that the deletion cleared, so that a restore puts every link back. The
/// links are whatever Reference fields of the registered modules pointed at what was deleted (see RecycleBinMoves).
/// A record a merge sent to the bin also names the record kept and the references moved to it (Data/Merge).
/// </summary>
public sealed partial class RelatedRecords
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public List<DeletedWith> Deleted { get; init; } = [];
    public List<CutLink> Links { get; init; } = [];
    public List<MovedLink> Moved { get; init; } = [];
    public MergedInto? MergedInto { get; init; }

    /// <summary>How many records of the module went with the entry's record.</summary>
    public int DeletedCount(string module) => Deleted.Where(d => d.Module == module).Sum(d => d.Ids.Count);

    /// <summary>How many references of the module's field the deletion cleared.</summary>
    public int LinkCount(string module, string field) => Links.Count(l => l.Module == module && l.Field == field);

    public IEnumerable<long> DeletedIds(string module) => Deleted.Where(d => d.Module == module).SelectMany(d => d.Ids);

    public string ToJson() => JsonSerializer.Serialize(new Document { Deleted = Deleted, Links = Links, Moved = Moved.Count > 0 ? Moved : null, MergedInto = MergedInto }, Json);

    /// <summary>An unreadable document reads as nothing related: the record itself can still come back.</summary>
    public static RelatedRecords Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return new();
        try
        {
            var document = JsonSerializer.Deserialize<Document>(json, Json);
            if (document is null) return new();
            var related = new RelatedRecords
            {
                Deleted = document.Deleted ?? [], Links = document.Links ?? [], Moved = document.Moved ?? [], MergedInto = document.MergedInto,
            };
            document.AddLegacy(related);
            return related;
        }
        catch (JsonException)
        {
            return new();
        }
    }

    /// <summary>The stored shape: today's two lists, and the named lists of entries written before them (<see cref="Legacy"/>).</summary>
    private sealed partial class Document
    {
        public List<DeletedWith>? Deleted { get; init; }
        public List<CutLink>? Links { get; init; }
        public List<MovedLink>? Moved { get; init; }
        public MergedInto? MergedInto { get; init; }
    }
}
