using System.Text.Json;

namespace Comptoir.Data.RecycleBin;

/// <summary>What a record going to the bin might be told on the account's delete confirmation.</summary>
public enum ContactsOnDelete { Keep, Delete }

/// <summary>A reference the deletion cleared: record <see cref="Id"/> pointed at <see cref="To"/>.</summary>
public sealed record Link(long Id, long To);

/// <summary>
/// The bin entry's <c>Related</c> document: the records deleted along with the entry's record, and the
/// references to it (or to them) that the deletion cleared, so that a restore puts every link back.
/// </summary>
public sealed class RelatedRecords
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Contacts sent to the bin with their account (« Supprimer aussi les contacts »).</summary>
    public List<long> DeletedContacts { get; init; } = [];
    /// <summary>Contacts kept, unlinked from the deleted account.</summary>
    public List<Link> UnlinkedContacts { get; init; } = [];
    /// <summary>Accounts whose parent (the deleted account) was cleared.</summary>
    public List<Link> Subsidiaries { get; init; } = [];
    /// <summary>Contacts whose superior (a deleted contact) was cleared.</summary>
    public List<Link> Reports { get; init; } = [];
    /// <summary>Accounts whose « Comptabilité » (the deleted ledger account) was cleared.</summary>
    public List<Link> UnlinkedAccounts { get; init; } = [];

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>An unreadable document reads as nothing related: the record itself can still come back.</summary>
    public static RelatedRecords Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return new();
        try
        {
            return JsonSerializer.Deserialize<RelatedRecords>(json, Json) ?? new();
        }
        catch (JsonException)
        {
            return new();
        }
    }
}
