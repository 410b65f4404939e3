using Comptoir.Web.Features.FieldTypes;

namespace Comptoir.Web.Features.Shared.Records;

/// <summary>One field's editor inside a <see cref="RecordForm"/>.</summary>
public sealed record FieldEditorModel(RecordForm Form, FieldDefinition Field)
{
    public string Id => Form.IdPrefix + Field.Key;
    public string Text => Form.ValueOf(Field.Key);
    public IReadOnlyList<string> Errors => Form.ErrorsOf(Field.Key);
    public bool Invalid => Errors.Count > 0;

    /// <summary>The field type's Web part; _FieldEditor sets it from the registry before rendering.</summary>
    public FieldTypeView View { get; init; } = null!;

    /// <summary>
    /// What site.js says as an email or a website is typed, when it does not look like one. Before a save it has
    /// an element of its own (-warning); after a refused one it speaks in the error's (-error), never beside it.
    /// </summary>
    public string? Warning => View?.Warning?.Invoke();

    /// <summary>aria-describedby: the help text, then the error or else the live warning, whichever exist.</summary>
    public string DescribedBy => string.Join(' ', new[]
    {
        Field.HelpText is null ? null : Id + "-help",
        Invalid ? Id + "-error" : Warning is null ? null : Id + "-warning",
    }.Where(s => s is not null));

    /// <summary>What an error summary's link focuses: a picker's search box rather than its hidden id.</summary>
    public string FocusId => Id + View?.LabelTarget;

    public string InputClass => Invalid ? "form-control is-invalid" : "form-control";
}
