namespace Comptoir.Web.Features.Records;

/// <summary>The create/edit form with its buttons; Conflict is set when someone else saved the record meanwhile.</summary>
public sealed record RecordFormView(RecordForm Form, string CancelUrl, bool Conflict = false)
{
    /// <summary>What the module's extensions show first in the form, above its top « Enregistrer » (a warning).</summary>
    public IReadOnlyList<PagePart> Warnings { get; init; } = [];
    /// <summary>What the module's extensions show between the top « Enregistrer » and the fields (an offer).</summary>
    public IReadOnlyList<PagePart> Parts { get; init; } = [];
    /// <summary>Attributes the module's script reads on the &lt;form&gt;.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();
}
