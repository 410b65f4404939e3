using Comptoir.Data.Teams;

namespace Comptoir.Web.Features.Imports;

/// <summary>A cell as a field type's parse reads it, or why it names nothing (see <see cref="FieldTypes.FieldTypeView.ImportText"/>).</summary>
public sealed record ImportedText(string? Text, string? Error)
{
    public static ImportedText Ok(string text) => new(text, null);
    public static ImportedText Fail(string error) => new(null, error);
}

/// <summary>
/// What a field type reads to turn an import's cell into the value its form would post: the users and teams (read
/// once per batch), and the stores of the modules records refer to; each answer is kept for the batch, since a file's
/// rows name the same owners and accounts again and again.
/// </summary>
public sealed class ImportLookups(UserDirectory users, TeamDirectory teams, RecordStores stores)
{
    private List<UserSummary>? _users;
    private List<TeamSummary>? _teams;
    private readonly Dictionary<(string Module, string Text), ImportedText> _records = [];

    public RecordStores Stores => stores;

    public async Task<IReadOnlyList<UserSummary>> UsersAsync(CancellationToken ct) =>
        _users ??= (await users.ListAllAsync(ct)).Where(u => u.IsActive).ToList();

    public async Task<IReadOnlyList<TeamSummary>> TeamsAsync(CancellationToken ct) => _teams ??= await teams.ListAllAsync(ct);

    /// <summary>A record's answer, computed once per batch for the same module and text.</summary>
    public async Task<ImportedText> RecordAsync(string module, string text, Func<Task<ImportedText>> find)
    {
        if (!_records.TryGetValue((module, text), out var found)) _records[(module, text)] = found = await find();
        return found;
    }
}
