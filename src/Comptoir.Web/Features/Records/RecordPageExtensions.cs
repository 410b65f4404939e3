namespace Comptoir.Web.Features.Records;

/// <summary>
/// What a module adds to the record pages written once here (tabs, parts of the header and of the Résumé,
/// its own delete dialog…). Implemented in the module's folder and registered for its name with
/// <see cref="RecordPagesServices.AddRecordPageExtension{T}"/>; each member has a default, so an extension
/// says only what its module adds.
/// </summary>
public interface IRecordPageExtension
{
    /// <summary>Tabs after « Détails », before « Historique ».</summary>
    Task<IReadOnlyList<RecordTab>> TabsAsync(RecordContext record, CancellationToken ct) => Task.FromResult<IReadOnlyList<RecordTab>>([]);

    /// <summary>Partials for a place of the record's pages; none leaves the page's own.</summary>
    Task<IReadOnlyList<PagePart>> PartsAsync(RecordSlot slot, RecordContext record, CancellationToken ct) => Task.FromResult<IReadOnlyList<PagePart>>([]);

    /// <summary>Buttons beside « Ajouter » above the module's list.</summary>
    IReadOnlyList<PagePart> ListActions => [];

    /// <summary>Where « Supprimer » leads once the record is gone; null: the module's list.</summary>
    string? AfterDelete(IRecord record) => null;

    /// <summary>A picker's suggestion as the lookup sends it; null: the plain {id, name, meta}.</summary>
    object? Suggestion(PickerItem item, IRecord record) => null;
}

/// <summary>Where a module's partials go on a record's pages.</summary>
public enum RecordSlot
{
    /// <summary>Under the record's title, instead of the module's name.</summary>
    HeaderLine,
    /// <summary>In the Résumé's list of fields, after them.</summary>
    SummaryRows,
    /// <summary>Below the Résumé's card.</summary>
    SummaryPanels,
    /// <summary>The content of « Supprimer »'s dialog (a form), instead of the plain confirmation.</summary>
    DeleteDialog,
}

/// <summary>A partial view and its model, which an extension hands to a generic page to render.</summary>
public sealed record PagePart(string View, object? Model);

/// <summary>A tab of a record's page; Key tells the page which one it is.</summary>
public sealed record RecordTab(string Key, string Label, string Url);

/// <summary>The record a page shows, as the extensions see it: formatted for the reader, who reads it, and the request.</summary>
public sealed record RecordContext(RecordView View, UserContext User, HttpRequest Request)
{
    public IRecord Record => View.Record;
}

/// <summary>
/// What a module adds to its create and edit forms (an offer, a warning that holds the save, the script
/// that reads the form's data-* attributes). Registered like <see cref="IRecordPageExtension"/>.
/// </summary>
public interface IRecordFormExtension
{
    /// <summary>Attributes of the &lt;form&gt; element (data-* for the module's script; an empty value is a bare attribute).</summary>
    IReadOnlyDictionary<string, string> FormAttributes => new Dictionary<string, string>();

    /// <summary>Scripts the form's pages load (~/js/…).</summary>
    IReadOnlyList<string> Scripts => [];

    /// <summary>The form as opened (« Nouveau », « Modifier »): may fill it from the query and add parts.</summary>
    Task OpenAsync(RecordFormContext form, CancellationToken ct) => Task.CompletedTask;

    /// <summary>The form posted, before it is saved: may add parts; true holds the save (the form comes back, nothing saved).</summary>
    Task<bool> PostedAsync(RecordFormContext form, CancellationToken ct) => Task.FromResult(false);
}

/// <summary>A create or edit form on its way to the page, for the form extensions.</summary>
public sealed class RecordFormContext
{
    public required RecordForm Form { get; init; }
    public required UserContext User { get; init; }
    public required HttpRequest Request { get; init; }
    /// <summary>The record being edited; null on « Nouveau ».</summary>
    public long? RecordId { get; init; }
    /// <summary>Partials shown first in the form, above its top « Enregistrer »: what to read before saving (a warning that holds the save).</summary>
    public List<PagePart> Warnings { get; } = [];
    /// <summary>Partials shown between the form's top « Enregistrer » and its fields (an offer with a button of its own).</summary>
    public List<PagePart> Parts { get; } = [];
    /// <summary>A message the page shows with the form (its « flash »).</summary>
    public string? Message { get; set; }
}
