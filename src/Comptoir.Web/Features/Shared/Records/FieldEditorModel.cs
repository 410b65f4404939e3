using Comptoir.Core.Metadata;

namespace Comptoir.Web.Features.Shared.Records;

/// <summary>One field's editor inside a <see cref="RecordForm"/>.</summary>
public sealed record FieldEditorModel(RecordForm Form, FieldDefinition Field)
{
    public string Id => Form.IdPrefix + Field.Key;
    public string Text => Form.ValueOf(Field.Key);
    public IReadOnlyList<string> Errors => Form.ErrorsOf(Field.Key);
    public bool Invalid => Errors.Count > 0;

    /// <summary>aria-describedby: the help text, the live warning and the errors, whichever exist.</summary>
    public string DescribedBy => string.Join(' ', new[]
    {
        Field.HelpText is null ? null : Id + "-help",
        Field.Type is Core.FieldTypes.EmailFieldType or Core.FieldTypes.UrlFieldType ? Id + "-warning" : null,
        Invalid ? Id + "-error" : null,
    }.Where(s => s is not null));

    public string InputClass => Invalid ? "form-control is-invalid" : "form-control";
}
