namespace Comptoir.Core.FieldTypes;

public sealed class TextAreaFieldType : TextFieldType
{
    public override string Name => "textarea";
    public override bool Sortable => false;
    public override int MaxLengthLimit => 10_000;
    public override int DefaultMaxLength => 2000;
    // A long text is no way to tell two records apart.
    public override bool ComparesDuplicates => false;
    public override string? DuplicateKey(FieldDefinition field, object? value) => null;
}
