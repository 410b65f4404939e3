using Comptoir.Core.Accounts;
using Comptoir.Core.Contacts;
using Comptoir.Data.Contacts;
using Comptoir.Web.Features.Records;

namespace Comptoir.Web.Features.Accounts;

/// <summary>The account's « Contacts » tab: the people of the account the user may see, by name (?dir=desc reverses).</summary>
public sealed class ContactsModel(IServiceProvider services, CurrentUser current, RecordNames names, IStringLocalizer<RecordsText> t,
    ContactStore contacts, AccountContactCount counts) : RecordTabPage(services, current, names, t)
{
    /// <summary>An account's people fit on one page; past this, the tab says so and links to the searchable list.</summary>
    public const int MaxShown = 200;

    protected override string RequestedModule => AccountsModule.Name;
    protected override string Tab => "contacts";

    [BindProperty(SupportsGet = true, Name = "dir")] public string? Dir { get; set; }

    public bool Descending => string.Equals(Dir, "desc", StringComparison.OrdinalIgnoreCase);
    public IReadOnlyList<Contact> Contacts { get; private set; } = [];
    public int Count { get; private set; }
    public ModuleDefinition ContactModule => contacts.Module;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var user = await UserAsync(ct);
        Contacts = await contacts.OfAccountAsync(user, id, Descending, MaxShown, ct);
        Count = Contacts.Count < MaxShown ? Contacts.Count : await contacts.CountOfAccountAsync(user, id, ct);
        counts.Know(id, Count);
        return await ShowAsync(ct);
    }

    public string Label(string key) => ContactModule.FindField(key)?.Label.ToString() ?? key;

    public string Phone(string e164) => ContactModule.FindField("phone") is { } field ? field.Type.Format(field, e164, Core.FieldTypes.FormatContext.Current) : e164;
}
